/**
 * The composition root: builds every object the API and the workers use, from the
 * validated configuration. Everything that talks to an outside system (Redis, PostgreSQL,
 * the disk or a bucket, TTS engines) is created here and nowhere else.
 */
import path from 'node:path';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { redisConnectionOptions, type AppConfig } from './config.js';
import { RedisAudioReferences } from './queue/audio-references.js';
import { AudioUsage } from './queue/audio-usage.js';
import { RedisBatchStore } from './queue/batch-store.redis.js';
import { BullmqSynthesisQueue } from './queue/bullmq-synthesis-queue.js';
import { RedisInvalidationBus } from './queue/invalidation-bus.js';
import { createUrlIntake } from './intake/url-intake.js';
import { ArticleService } from './services/article-service.js';
import { FeedService } from './services/feed-service.js';
import { createWebhookNotifier } from './webhooks/webhook-notifier.js';
import { AudioService } from './services/audio-service.js';
import { BatchService } from './services/batch-service.js';
import { BulletinService } from './services/bulletin-service.js';
import { GenerationEstimator } from './services/generation-estimate.js';
import { ListeningStats } from './services/listening-stats.js';
import { createMetrics } from './services/metrics.js';
import { Playlists } from './services/playlists.js';
import { FileArticleStore } from './storage/article-store.file.js';
import { PostgresArticleStore } from './storage/article-store.postgres.js';
import { AudioStore } from './storage/audio-store.js';
import { PostgresBatchStore } from './storage/batch-store.postgres.js';
import { CachedArticleStore, CachedLexiconStore } from './storage/cached-stores.js';
import { FileLexiconStore } from './storage/lexicon-store.file.js';
import { PostgresLexiconStore } from './storage/lexicon-store.postgres.js';
import { LocalObjectStore } from './storage/object-store.local.js';
import type { ObjectStore } from './storage/object-store.js';
import { VerifiedAudioLinks } from './storage/verified-audio-links.js';
import { parseS3Url, S3ObjectStore } from './storage/object-store.s3.js';
import { Database } from './storage/postgres/database.js';
import { LocalWorkStore } from './storage/work-store.local.js';
import { ObjectWorkStore } from './storage/work-store.object.js';
import type { WorkStore } from './storage/work-store.js';
import { ArticleKeys } from './synthesis/article-keys.js';
import { ChunkAudioCache } from './synthesis/chunk-cache.js';
import { createProviderSet } from './tts/registry.js';

export async function createContainer(config: AppConfig, options: { logger?: Logger } = {}) {
  const logger = options.logger ?? pino({ level: config.logLevel, base: undefined });
  const connection = redisConnectionOptions(config.redisUrl);
  // Request-serving clients fail a command after a couple of quick reconnection attempts (the
  // API answers 503) instead of waiting for Redis forever; BullMQ workers keep waiting.
  const redis = new Redis({ ...connection, maxRetriesPerRequest: 2, connectTimeout: 3000, retryStrategy: (attempt) => Math.min(50 * attempt, 2000) });
  redis.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
  const bus = await RedisInvalidationBus.connect(redis, config.queuePrefix);
  const database = config.databaseUrl ? await Database.open({ url: config.databaseUrl, schema: config.databaseSchema }) : undefined;

  const objects = createObjectStore(config);
  const audio = new AudioStore(objects);
  // Only API processes start it (startContainer({ serves: true })); a worker never links anything.
  const verifiedLinks = config.verifiedAudioDir && objects.kind === 'local' ? new VerifiedAudioLinks(config.verifiedAudioDir, bus) : undefined;
  const work: WorkStore = objects.kind === 's3' ? new ObjectWorkStore(objects) : new LocalWorkStore(config.workDir);
  const articles = new CachedArticleStore(database ? new PostgresArticleStore(database) : new FileArticleStore(path.join(config.cacheDir, 'articles')), bus);
  const lexicon = new CachedLexiconStore(database ? new PostgresLexiconStore(database) : new FileLexiconStore(config.cacheDir), bus);
  const batchStore = database ? new PostgresBatchStore(database) : new RedisBatchStore(redis, config.queuePrefix);
  const providers = createProviderSet(config.rawEnv);
  const keys = new ArticleKeys(articles, lexicon, providers);
  const queue = new BullmqSynthesisQueue(connection, redis, config.queuePrefix);
  const usage = new AudioUsage(redis, config.queuePrefix);
  const voices = config.voices;

  const references = new RedisAudioReferences(redis, config.queuePrefix, config.audioRetentionMs);
  const audioService = new AudioService({ articles, audio, work, keys, queue, bus, usage, references, retentionMs: config.audioRetentionMs, audioPublicUrl: config.audioPublicUrl });
  const articleService = new ArticleService({ articles, audio: audioService, voices, maxArticleChars: config.maxArticleChars });
  const webhooks = createWebhookNotifier({
    connection,
    prefix: config.queuePrefix,
    config: config.webhooks,
    publicUrl: config.publicUrl,
    batchSummary: (id) => batchStore.summary(id),
  });
  const estimator = new GenerationEstimator({ keys, manifests: audioService.manifests, chunks: new ChunkAudioCache(objects), prices: providers.config.prices });
  const batchService = new BatchService({ articles, audio: audioService, batches: batchStore, estimator, articleService, onFinished: (ids) => webhooks.batchesFinished(ids) });
  const bulletins = new BulletinService({ articles, articleService });
  const feeds = new FeedService({ articles, keys, manifests: audioService.manifests, audioUrlOf: (key) => audioService.audioUrlOf(key), config: config.feeds });
  const intake = createUrlIntake(config.fetch);
  const metrics = createMetrics({ queue, redis, providers, prefix: config.queuePrefix });
  const listening = new ListeningStats({ redis, prefix: config.queuePrefix, articleExists: async (id) => (await articles.get(id)) !== undefined });
  const playlists = new Playlists({
    articles,
    durationOf: async (row, voice) => {
      const record = await articles.get(row.id);
      return record ? (await audioService.manifests.get((await keys.keyForRecord(record, voice)).key))?.durationMs : undefined;
    },
  });
  // A listing kept for a few seconds must not outlive a retraction or a new article.
  bus.subscribe((message) => {
    if (message.kind === 'article' || message.kind === 'all') playlists.forget();
  });

  return {
    config,
    logger,
    connection,
    redis,
    bus,
    database,
    objects,
    audio,
    verifiedLinks,
    work,
    articles,
    lexicon,
    batchStore,
    providers,
    keys,
    queue,
    usage,
    voices,
    audioService,
    articleService,
    batchService,
    bulletins,
    metrics,
    listening,
    playlists,
    feeds,
    intake,
    webhooks,
    async close() {
      await webhooks.close();
      await intake.close();
      await queue.close();
      await verifiedLinks?.stop();
      await bus.close();
      redis.disconnect();
      await providers.close();
      await objects.close?.();
      await database?.close();
    },
  };
}

export type Container = Awaited<ReturnType<typeof createContainer>>;

function createObjectStore(config: AppConfig): ObjectStore {
  if (config.audioStore.kind === 'local') return new LocalObjectStore(config.cacheDir);
  const { bucket, prefix } = parseS3Url(config.audioStore.url);
  return new S3ObjectStore({ bucket, prefix, endpoint: config.audioStore.endpoint, region: config.audioStore.region, forcePathStyle: config.audioStore.forcePathStyle });
}
