import type { Request, RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors.js';

export interface RateLimit {
  /** Takes one point for this client; throws `RateLimitedError` when it has none left. */
  consume(req: Request): Promise<void>;
  /** The same as Express middleware (answers 429 with Retry-After through the error middleware). */
  middleware: RequestHandler;
}

/**
 * A per-client-address limit shared by every API instance (counters in Redis), so running
 * two instances does not double it. While Redis is down, each instance limits on its own
 * in memory rather than letting everything through or refusing everyone.
 * @example const starts = createRateLimit({ redis, prefix: 'tts', name: 'audio-start', perMinute: 20, message: '…' })
 */
export function createRateLimit(options: { redis: Redis; prefix: string; name: string; perMinute: number; message: string }): RateLimit {
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: `${options.prefix}:rl:${options.name}`,
    points: options.perMinute,
    duration: 60,
    insuranceLimiter: new RateLimiterMemory({ points: options.perMinute, duration: 60 }),
  });
  async function consume(req: Request): Promise<void> {
    try {
      await limiter.consume(req.ip ?? 'unknown');
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitedError(options.message, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  }
  return {
    consume,
    middleware: (req, _res, next) => {
      consume(req).then(() => next(), next);
    },
  };
}
