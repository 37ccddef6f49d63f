import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { DEFAULT_VOICE_IDS, VOICE_IDS, type VoiceId } from './voices.js';
import type { FeedConfig } from './feeds/feed-config.js';
import type { FetchConfig } from './intake/fetch-config.js';
import { parseHostList } from './net/address-policy.js';
import type { SiteRules } from './text/types.js';
import type { WebhookConfig } from './webhooks/webhook-config.js';

export { ConfigError };

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  CACHE_DIR: z.string().min(1).default('./audio-cache'),
  /** Upper bound of the audio cache on disk; least recently used audio is evicted past it. */
  CACHE_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 ** 3),
  /** Hot MP3s kept in memory so cache hits do not touch the disk. */
  MEMORY_CACHE_BYTES: z.coerce.number().int().min(0).default(256 * 1024 ** 2),
  EDITOR_API_KEYS: z.string().optional(),
  TTS_PROVIDER: z.string().default('espeak'),
  /** The voices offered, comma-separated (default: the four northern and southern ones; add central-female,central-male for Huế). */
  VOICES: z
    .string()
    .transform((raw) => [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(VOICE_IDS)).min(1, 'name at least one voice'))
    .optional(),
  /** Redis key prefix. For Redis Cluster wrap it in braces ({tts}) so every key of a deployment shares one slot. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^(?:[A-Za-z0-9:_-]{1,64}|\{[A-Za-z0-9:_-]{1,62}\})$/, 'letters, digits, ":", "_" or "-" only (optionally in braces)')
    .default('tts'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Origins allowed to embed the player and call the public API from the browser. */
  PLAYER_ORIGINS: z.string().default('*'),
  /** When set, MP3 bytes are handed to nginx through X-Accel-Redirect under this internal prefix. */
  ACCEL_REDIRECT_PREFIX: z.string().optional(),
  /** When set (local store only), the API keeps links to the MP3s it verified here, for nginx to send directly. */
  VERIFIED_AUDIO_DIR: z.string().min(1).optional(),
  /** Where finished audio lives: "local" (CACHE_DIR) or s3://bucket/prefix. */
  AUDIO_STORE: z
    .string()
    .regex(/^(?:local|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?:\/[A-Za-z0-9._/-]*)?)$/, 'use "local" or s3://bucket/prefix')
    .default('local'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false', '1', '0']).optional(),
  /** When set, manifests point `audioUrl` at this base (a CDN or the bucket) instead of the API. */
  AUDIO_PUBLIC_URL: z.string().url().optional(),
  /** PostgreSQL for articles, lexicon and batches; without it they live in CACHE_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(?:ql)?:\/\//, 'a postgres:// URL').optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier').default('tts_reader'),
  /** Scratch space of this host for encoder output (default: CACHE_DIR/work). */
  WORK_DIR: z.string().min(1).optional(),
  /** A running job's lock; a worker killed without warning loses its jobs within about this plus two stall checks. */
  JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(8000),
  STALLED_CHECK_MS: z.coerce.number().int().min(500).max(600_000).default(3000),
  /** Worker crashes a job survives (each retried like a failed attempt) before it fails. */
  MAX_STALLS: z.coerce.number().int().min(0).max(100).default(3),
  /** On SIGTERM a worker finishes running jobs for at most this long, then hands them back. Keep it under the orchestrator's grace period. */
  DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(20_000),
  /** Which proxies may set X-Forwarded-For (Express "trust proxy"): "loopback" by default; e.g. "10.0.0.0/8" or "1". */
  TRUST_PROXY: z.string().default('loopback'),
  /** Generations one client address may start per minute through the public audio route. */
  AUDIO_START_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Bounds of demo articles: how many are kept, how long, how long each may be. */
  DEMO_MAX_ARTICLES: z.coerce.number().int().positive().default(200),
  DEMO_ARTICLE_TTL_HOURS: z.coerce.number().positive().default(24),
  DEMO_MAX_CHARS: z.coerce.number().int().positive().default(20_000),
  /** Audio no article uses any more (replaced by a correction, or of a deleted article) is removed this long after. */
  AUDIO_RETENTION_HOURS: z.coerce.number().min(0).max(24 * 365).default(24),
  /** How often workers enforce CACHE_MAX_BYTES (they also do after publishing audio, at most once a minute). */
  EVICTION_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_ARTICLE_CHARS: z.coerce.number().int().positive().default(200_000),
  /** The demo page may create articles without a key; on by default outside production. */
  DEMO_ENABLED: z.enum(['true', 'false', '1', '0']).optional(),
  /** Requests per minute one client address may make to the demo endpoints. */
  DEMO_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** Listening-event batches per minute one client address may send (a player sends a few). */
  EVENTS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Articles by URL: when set, only these hosts (and subdomains), comma-separated. */
  FETCH_ALLOWED_HOSTS: z.string().optional(),
  /** Hosts allowed to resolve to private/loopback addresses (on-premise CMS, tests). Off by default. */
  FETCH_PRIVATE_HOSTS: z.string().optional(),
  FETCH_MAX_BYTES: z.coerce.number().int().positive().default(5 * 1024 ** 2),
  FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  /** Per-host extraction rules, JSON: {"host": {"content": ".body", "title": "h1", "drop": [".ads"]}}. */
  INTAKE_SITE_RULES: z.string().optional(),
  /** Receives signed POSTs for audio.ready, audio.failed, batch.finished. */
  WEBHOOK_URL: z.string().url().optional(),
  WEBHOOK_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** First retry delay; each further retry waits twice as long. */
  WEBHOOK_RETRY_DELAY_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  FEED_TITLE: z.string().default('Tin tức đọc to'),
  FEED_DESCRIPTION: z.string().default('Các bài báo, đọc thành tiếng.'),
  FEED_AUTHOR: z.string().optional(),
  FEED_IMAGE_URL: z.string().url().optional(),
  /** The site the feed belongs to (the channel <link>); PUBLIC_URL when unset. */
  FEED_LINK: z.string().url().optional(),
  /** An Apple Podcasts category, e.g. "News" or "News/Daily News". */
  FEED_CATEGORY: z.string().default('News'),
  FEED_MAX_ITEMS: z.coerce.number().int().min(1).max(1000).default(100),
});

const SiteRulesByHost = z.record(
  z.string().min(1),
  z.object({ content: z.string().optional(), title: z.string().optional(), drop: z.array(z.string()).optional() }).strict(),
);

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl?: string;
  redisUrl: string;
  cacheDir: string;
  cacheMaxBytes: number;
  memoryCacheBytes: number;
  editorApiKeys: string[];
  /** True when no key was configured and one was generated for this development run. */
  generatedEditorKey: boolean;
  ttsProvider: string;
  /** The voice IDs this deployment offers (VOICES), the first being the default. */
  voices: readonly VoiceId[];
  queuePrefix: string;
  workerConcurrency: number;
  playerOrigins: string[] | '*';
  accelRedirectPrefix?: string;
  verifiedAudioDir?: string;
  audioStore: { kind: 'local' } | { kind: 's3'; url: string; endpoint?: string; region: string; forcePathStyle: boolean };
  audioPublicUrl?: string;
  databaseUrl?: string;
  databaseSchema: string;
  workDir: string;
  jobLockMs: number;
  stalledCheckMs: number;
  maxStalls: number;
  drainTimeoutMs: number;
  trustProxy: string;
  audioStartLimitPerMinute: number;
  demoMaxArticles: number;
  demoArticleTtlMs: number;
  demoMaxChars: number;
  evictionIntervalMs: number;
  /** Grace period of audio no article uses any more (AUDIO_RETENTION_HOURS). */
  audioRetentionMs: number;
  logLevel: string;
  maxArticleChars: number;
  demoEnabled: boolean;
  demoRateLimitPerMinute: number;
  eventsRateLimitPerMinute: number;
  /** Articles by URL: SSRF policy, limits, per-host extraction rules. */
  fetch: FetchConfig;
  webhooks: WebhookConfig;
  feeds: FeedConfig;
  /** The raw environment, for provider settings parsed by `src/tts`. */
  rawEnv: NodeJS.ProcessEnv;
}




/**
 * Reads and validates the configuration. Throws `ConfigError` naming every bad variable.
 * @example loadConfig({ PORT: '9000' }).port //=> 9000
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  let keys = (e.EDITOR_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  let generatedEditorKey = false;
  if (keys.length === 0) {
    if (e.NODE_ENV === 'production') {
      throw new ConfigError('EDITOR_API_KEYS must be set in production (comma-separated list of keys)');
    }
    keys = [`dev-${randomBytes(12).toString('hex')}`];
    generatedEditorKey = true;
  }
  if (e.VERIFIED_AUDIO_DIR && e.AUDIO_STORE !== 'local') throw new ConfigError('VERIFIED_AUDIO_DIR needs AUDIO_STORE=local (it links to files on this host; put a CDN in front of object storage instead)');
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) throw new ConfigError('WEBHOOK_SECRET must be set when WEBHOOK_URL is (receivers verify the signature with it)');
  const privateHosts = parseHostList(e.FETCH_PRIVATE_HOSTS);
  const origins = e.PLAYER_ORIGINS.trim();
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    redisUrl: e.REDIS_URL,
    cacheDir: path.resolve(e.CACHE_DIR),
    cacheMaxBytes: e.CACHE_MAX_BYTES,
    memoryCacheBytes: e.MEMORY_CACHE_BYTES,
    editorApiKeys: keys,
    generatedEditorKey,
    ttsProvider: e.TTS_PROVIDER,
    voices: e.VOICES ?? DEFAULT_VOICE_IDS,
    queuePrefix: e.QUEUE_PREFIX,
    workerConcurrency: e.WORKER_CONCURRENCY,
    playerOrigins: origins === '*' ? '*' : origins.split(',').map((o) => o.trim()).filter(Boolean),
    accelRedirectPrefix: e.ACCEL_REDIRECT_PREFIX,
    verifiedAudioDir: e.VERIFIED_AUDIO_DIR && path.resolve(e.VERIFIED_AUDIO_DIR),
    audioStore:
      e.AUDIO_STORE === 'local'
        ? { kind: 'local' }
        : { kind: 's3', url: e.AUDIO_STORE, endpoint: e.S3_ENDPOINT, region: e.S3_REGION, forcePathStyle: isTrue(e.S3_FORCE_PATH_STYLE) },
    audioPublicUrl: e.AUDIO_PUBLIC_URL?.replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    workDir: path.resolve(e.WORK_DIR ?? path.join(e.CACHE_DIR, 'work')),
    jobLockMs: e.JOB_LOCK_MS,
    stalledCheckMs: e.STALLED_CHECK_MS,
    maxStalls: e.MAX_STALLS,
    drainTimeoutMs: e.DRAIN_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY,
    audioStartLimitPerMinute: e.AUDIO_START_LIMIT_PER_MINUTE,
    demoMaxArticles: e.DEMO_MAX_ARTICLES,
    demoArticleTtlMs: Math.round(e.DEMO_ARTICLE_TTL_HOURS * 3600_000),
    demoMaxChars: e.DEMO_MAX_CHARS,
    evictionIntervalMs: e.EVICTION_INTERVAL_MS,
    audioRetentionMs: Math.round(e.AUDIO_RETENTION_HOURS * 3600_000),
    logLevel: e.LOG_LEVEL,
    maxArticleChars: e.MAX_ARTICLE_CHARS,
    demoRateLimitPerMinute: e.DEMO_RATE_LIMIT_PER_MINUTE,
    eventsRateLimitPerMinute: e.EVENTS_RATE_LIMIT_PER_MINUTE,
    demoEnabled: e.DEMO_ENABLED ? isTrue(e.DEMO_ENABLED) : e.NODE_ENV !== 'production',
    fetch: {
      policy: { allowedHosts: parseHostList(e.FETCH_ALLOWED_HOSTS), privateHosts },
      maxBytes: e.FETCH_MAX_BYTES,
      timeoutMs: e.FETCH_TIMEOUT_MS,
      maxRedirects: e.FETCH_MAX_REDIRECTS,
      siteRules: parseSiteRules(e.INTAKE_SITE_RULES),
    },
    webhooks: {
      url: e.WEBHOOK_URL,
      secret: e.WEBHOOK_SECRET,
      policy: { allowedHosts: parseHostList(e.WEBHOOK_ALLOWED_HOSTS), privateHosts },
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryDelayMs: e.WEBHOOK_RETRY_DELAY_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    feeds: {
      title: e.FEED_TITLE,
      description: e.FEED_DESCRIPTION,
      author: e.FEED_AUTHOR,
      imageUrl: e.FEED_IMAGE_URL,
      link: e.FEED_LINK ?? e.PUBLIC_URL,
      category: e.FEED_CATEGORY,
      maxItems: e.FEED_MAX_ITEMS,
    },
    rawEnv: env,
  };
}

const isTrue = (value: string | undefined) => value === 'true' || value === '1';
function parseSiteRules(raw: string | undefined): Record<string, SiteRules> {
  if (!raw?.trim()) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError('INTAKE_SITE_RULES: not valid JSON');
  }
  const parsed = SiteRulesByHost.safeParse(json);
  if (!parsed.success) throw new ConfigError(`INTAKE_SITE_RULES: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  return Object.fromEntries(Object.entries(parsed.data).map(([host, rules]) => [host.toLowerCase(), rules]));
}

/**
 * Reconnection delay after a lost Redis connection: quick and bounded. BullMQ's own default
 * grows as e^attempts up to 20 s, so after an outage of a few seconds its queues and workers
 * stayed disconnected (requests waiting on them) for up to 20 s after Redis was back.
 * @example reconnectDelayMs(1) //=> 200
 */
export const reconnectDelayMs = (attempt: number): number => Math.min(200 * attempt, 1000);

/** BullMQ/ioredis connection options from a redis:// URL (BullMQ wants options, not a client). */
export function redisConnectionOptions(redisUrl: string) {
  const u = new URL(redisUrl);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: reconnectDelayMs,
  };
}
