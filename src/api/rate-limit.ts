import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { HttpError } from './errors.js';

export interface RateLimiterOptions {
  /** Names the limit in Redis keys, e.g. "events". */
  name: string;
  windowMs: number;
  /** Requests one client address may make per window. */
  limit: number;
  /** Shared counters, so every API instance enforces one limit; without it, per process. */
  redis?: Redis;
  /** The deployment's key prefix (QUEUE_PREFIX). */
  prefix: string;
  /** The 429's message. */
  message: string;
}

/**
 * A per-client-address rate limit answering the API's JSON 429. With `redis`, the counts
 * live in Redis under `<prefix>:ratelimit:<name>:`, so all API instances share one limit.
 * A Redis failure fails the request (503 from the error middleware) rather than letting
 * it through unlimited.
 * @example app.use('/v1/events', createRateLimiter({ name: 'events', windowMs: 60_000, limit: 120, redis, prefix: 'tts', message: 'too many events' }))
 */
export function createRateLimiter(options: RateLimiterOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: options.redis ? new ReloadingRedisStore(options.redis, `${options.prefix}:ratelimit:${options.name}:`) : undefined,
    handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited', options.message)),
  });
}

/**
 * rate-limit-redis loads its Lua scripts when the limiter is created and keeps that
 * promise forever: Redis down at start-up would fail every later request. This store
 * loads them at the first request instead, and again after a failure, so the limit works
 * as soon as Redis is back.
 */
class ReloadingRedisStore extends RedisStore {
  private loaded = false;

  constructor(redis: Redis, prefix: string) {
    super({ prefix, sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply> });
  }

  override async init(options: { windowMs: number }): Promise<void> {
    this.windowMs = options.windowMs;
  }

  override async increment(key: string) {
    if (!this.loaded) {
      this.incrementScriptSha = this.loadIncrementScript();
      this.loaded = true;
    }
    try {
      return await super.increment(key);
    } catch (error) {
      this.loaded = false;
      throw error;
    }
  }
}
