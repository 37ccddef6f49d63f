/**
 * Provider settings from the environment: which engine serves which voice, endpoints,
 * credentials, voice overrides, timeouts and retry policy. A provider that serves any voice
 * must have its credential, or startup fails with a `ConfigError` naming the variable.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { VOICE_IDS, isVoiceId, offeredVoiceIds, type VoiceId } from '../voices.js';
import type { FptConfig } from './fpt.js';
import type { GoogleConfig } from './google.js';
import type { ProviderLimits } from './provider.js';
import type { RetryPolicy } from './retry.js';
import { parseSherpaVoices, type SherpaConfig } from './sherpa-config.js';
import type { ViettelConfig } from './viettel.js';
import type { ZaloConfig } from './zalo.js';

export const PROVIDER_NAMES = ['espeak', 'google', 'zalo', 'viettel', 'fpt', 'sherpa'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export interface TtsConfig {
  defaultProvider: ProviderName;
  /** The engine serving each voice ID. */
  routes: Record<VoiceId, ProviderName>;
  retry: RetryPolicy;
  /** Settings of the providers that serve at least one voice; the others are absent. */
  google?: GoogleConfig;
  zalo?: ZaloConfig;
  viettel?: ViettelConfig;
  fpt?: FptConfig;
  sherpa?: SherpaConfig;
}

const positiveInt = z.coerce.number().int().positive();
const optionalUrl = z.url().optional();

const Env = z.object({
  TTS_PROVIDER: z.enum(PROVIDER_NAMES).default('espeak'),
  TTS_VOICE_PROVIDERS: z.string().optional(),
  TTS_REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  TTS_RETRY_ATTEMPTS: positiveInt.default(5),
  TTS_RETRY_BASE_DELAY_MS: positiveInt.default(1_000),
  TTS_RETRY_MAX_DELAY_MS: positiveInt.default(30_000),
  TTS_RETRY_MAX_TOTAL_MS: positiveInt.default(120_000),
  GOOGLE_TTS_API_KEY: z.string().min(1).optional(),
  GOOGLE_APPLICATION_CREDENTIALS: z.string().min(1).optional(),
  GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
  GOOGLE_TTS_ENDPOINT: optionalUrl,
  GOOGLE_TTS_WORD_TIMINGS: z.enum(['true', 'false', '1', '0']).optional(),
  ZALO_TTS_URL: optionalUrl,
  ZALO_API_KEY: z.string().min(1).optional(),
  VIETTEL_TTS_URL: optionalUrl,
  VIETTEL_TOKEN: z.string().min(1).optional(),
  FPT_TTS_URL: optionalUrl,
  FPT_API_KEY: z.string().min(1).optional(),
  FPT_POLL_INTERVAL_MS: positiveInt.optional(),
  FPT_POLL_TIMEOUT_MS: positiveInt.optional(),
  SHERPA_VOICES: z.string().optional(),
});
type ParsedEnv = z.infer<typeof Env>;

/**
 * Parses and checks every provider setting.
 * @example
 *   loadTtsConfig({ TTS_VOICE_PROVIDERS: 'south-female=zalo,south-male=zalo', ZALO_API_KEY: 'k' }).routes
 *   //=> { 'north-female': 'espeak', 'north-male': 'espeak', 'south-female': 'zalo', 'south-male': 'zalo' }
 * @throws ConfigError naming the variable that is wrong or missing.
 */
export function loadTtsConfig(env: NodeJS.ProcessEnv = process.env): TtsConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid TTS configuration: ${problems}`);
  }
  const e = parsed.data;
  const routes = parseRoutes(e.TTS_PROVIDER, e.TTS_VOICE_PROVIDERS);
  const used = new Set(Object.values(routes));
  const timeoutMs = e.TTS_REQUEST_TIMEOUT_MS;
  const config: TtsConfig = {
    defaultProvider: e.TTS_PROVIDER,
    routes,
    retry: {
      maxAttempts: e.TTS_RETRY_ATTEMPTS,
      baseDelayMs: e.TTS_RETRY_BASE_DELAY_MS,
      maxDelayMs: e.TTS_RETRY_MAX_DELAY_MS,
      maxTotalMs: e.TTS_RETRY_MAX_TOTAL_MS,
    },
  };
  if (used.has('google')) config.google = googleConfig(e, env, timeoutMs);
  if (used.has('zalo')) {
    config.zalo = { apiKey: required(e.ZALO_API_KEY, 'ZALO_API_KEY', 'zalo'), url: e.ZALO_TTS_URL, timeoutMs,
      voices: voiceOverrides(env, 'ZALO'), limits: limitOverrides(env, 'ZALO') };
  }
  if (used.has('viettel')) {
    config.viettel = { token: required(e.VIETTEL_TOKEN, 'VIETTEL_TOKEN', 'viettel'), url: e.VIETTEL_TTS_URL, timeoutMs,
      voices: voiceOverrides(env, 'VIETTEL'), limits: limitOverrides(env, 'VIETTEL') };
  }
  if (used.has('fpt')) {
    config.fpt = { apiKey: required(e.FPT_API_KEY, 'FPT_API_KEY', 'fpt'), url: e.FPT_TTS_URL, timeoutMs,
      pollIntervalMs: e.FPT_POLL_INTERVAL_MS, pollTimeoutMs: e.FPT_POLL_TIMEOUT_MS,
      voices: voiceOverrides(env, 'FPT'), limits: limitOverrides(env, 'FPT') };
  }
  // Only the voices the deployment offers need a model of their own.
  if (used.has('sherpa')) config.sherpa = parseSherpaVoices(e.SHERPA_VOICES, offeredVoiceIds(env.VOICES).filter((id) => routes[id] === 'sherpa'));
  return config;
}

/** `north-female=google,south-male=zalo`: listed voices go there, the rest to the default. */
function parseRoutes(defaultProvider: ProviderName, spec: string | undefined): Record<VoiceId, ProviderName> {
  const routes = Object.fromEntries(VOICE_IDS.map((id) => [id, defaultProvider])) as Record<VoiceId, ProviderName>;
  for (const pair of (spec ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [voice, provider] = pair.split('=').map((part) => part.trim());
    if (!isVoiceId(voice)) {
      throw new ConfigError(`TTS_VOICE_PROVIDERS: "${voice}" is not a voice ID (expected one of ${VOICE_IDS.join(', ')})`);
    }
    if (!(PROVIDER_NAMES as readonly string[]).includes(provider ?? '')) {
      throw new ConfigError(`TTS_VOICE_PROVIDERS: "${provider ?? ''}" for ${voice} is not a provider (expected one of ${PROVIDER_NAMES.join(', ')})`);
    }
    routes[voice] = provider as ProviderName;
  }
  return routes;
}

function googleConfig(e: ParsedEnv, env: NodeJS.ProcessEnv, timeoutMs: number): GoogleConfig {
  if (!e.GOOGLE_TTS_API_KEY && !e.GOOGLE_APPLICATION_CREDENTIALS) {
    throw new ConfigError('google serves a voice but neither GOOGLE_TTS_API_KEY nor GOOGLE_APPLICATION_CREDENTIALS is set');
  }
  return {
    apiKey: e.GOOGLE_TTS_API_KEY,
    keyFilename: e.GOOGLE_APPLICATION_CREDENTIALS,
    projectId: e.GOOGLE_CLOUD_PROJECT,
    endpoint: e.GOOGLE_TTS_ENDPOINT,
    wordTimings: e.GOOGLE_TTS_WORD_TIMINGS === undefined ? undefined : ['true', '1'].includes(e.GOOGLE_TTS_WORD_TIMINGS),
    timeoutMs,
    voices: voiceOverrides(env, 'GOOGLE'),
    limits: limitOverrides(env, 'GOOGLE'),
  };
}

function required(value: string | undefined, variable: string, provider: string): string {
  if (!value) throw new ConfigError(`${provider} serves a voice but ${variable} is not set`);
  return value;
}

/** `ZALO_VOICE_SOUTH_MALE=3` → `{ 'south-male': '3' }`. */
function voiceOverrides(env: NodeJS.ProcessEnv, prefix: string): Partial<Record<VoiceId, string>> {
  const overrides: Partial<Record<VoiceId, string>> = {};
  for (const id of VOICE_IDS) {
    const value = env[`${prefix}_VOICE_${id.replace('-', '_').toUpperCase()}`]?.trim();
    if (value) overrides[id] = value;
  }
  return overrides;
}

/** `ZALO_TTS_CONCURRENCY`, `ZALO_TTS_RPM`: a plan with other quotas than the defaults. */
function limitOverrides(env: NodeJS.ProcessEnv, prefix: string): Partial<ProviderLimits> {
  const limits: Partial<ProviderLimits> = {};
  const concurrency = readPositiveInt(env, `${prefix}_TTS_CONCURRENCY`);
  const requestsPerMinute = readPositiveInt(env, `${prefix}_TTS_RPM`);
  if (concurrency) limits.concurrency = concurrency;
  if (requestsPerMinute) limits.requestsPerMinute = requestsPerMinute;
  return limits;
}

function readPositiveInt(env: NodeJS.ProcessEnv, variable: string): number | undefined {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${variable} must be a positive integer, got "${raw}"`);
  return value;
}
