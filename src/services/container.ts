import path from 'node:path';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { redisConnectionOptions, type AppConfig } from '../config.js';
import { FileArticleStore } from '../cache/article-store.js';
import { FileAudioStore } from '../cache/audio-store.js';
import { LexiconStore } from '../cache/lexicon-store.js';
import { BatchStore } from '../queue/batch-store.js';
import { ensureRedisReady } from '../queue/redis-availability.js';
import { createSynthesisQueue } from '../queue/synthesis-queue.js';
import { createAudioServer } from '../api/serve-audio.js';
import { createProviderSet } from '../tts/registry.js';
import { createUrlIntake } from '../intake/url-intake.js';
import { ArticleKeys } from './article-keys.js';
import { AudioService } from './audio-service.js';
import { createMetrics } from './metrics.js';

/**
 * Builds the objects the API and the worker share, from the validated configuration.
 * Everything that talks to an outside system (Redis, disk, TTS engines) is created here.
 */
export function createServices(config: AppConfig, options: { logger?: Logger } = {}) {
  const logger = options.logger ?? pino({ level: config.logLevel, base: undefined });
  const connection = redisConnectionOptions(config.redisUrl);
  // Request-serving clients fail a command after a couple of reconnection attempts (the API
  // answers 503) instead of waiting for Redis forever; workers keep `null` (wait and resume).
  const failFast = { ...connection, maxRetriesPerRequest: 2 };
  const redis = new Redis(failFast);
  redis.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
  const providers = createProviderSet(config.rawEnv);
  const articles = new FileArticleStore(path.join(config.cacheDir, 'articles'));
  const audio = new FileAudioStore(config.cacheDir, config.cacheMaxBytes);
  const lexicon = new LexiconStore(config.cacheDir);
  const keys = new ArticleKeys(articles, lexicon, providers);
  const queue = createSynthesisQueue(failFast, config.queuePrefix);
  queue.on('error', (error) => logger.warn({ err: error.message }, 'queue error'));
  const service = new AudioService({
    articles,
    audio,
    keys,
    queue,
    maxArticleChars: config.maxArticleChars,
    ensureQueueReachable: () => ensureRedisReady(redis),
  });
  const batches = new BatchStore(redis, config.queuePrefix);
  // One in-memory cache of hot MP3s per process, shared by the hot path and the Express route.
  const audioServer = createAudioServer(audio, { memoryCacheBytes: config.memoryCacheBytes, accelRedirectPrefix: config.accelRedirectPrefix });
  const metrics = createMetrics({ queue, redis, providers, prefix: config.queuePrefix });
  const intake = createUrlIntake(config.fetch);

  return {
    config,
    logger,
    connection,
    redis,
    providers,
    articles,
    audio,
    audioServer,
    lexicon,
    keys,
    queue,
    service,
    batches,
    metrics,
    intake,
    async close() {
      await queue.close().catch(() => undefined);
      await intake.close();
      redis.disconnect();
      await providers.close();
    },
  };
}

export type Services = ReturnType<typeof createServices>;
