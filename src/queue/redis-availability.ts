import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { DependencyUnavailableError } from '../errors.js';

/** Redis could not be reached: the API answers 503 rather than waiting without end. */
export class RedisUnavailableError extends Error {
  constructor(detail: string) {
    super(`Redis is unavailable (${detail})`);
    this.name = 'RedisUnavailableError';
  }
}

/** While the first connection is being made, requests wait this long for it. */
const FIRST_CONNECT_WAIT_MS = 3000;

/**
 * Resolves when the client is connected; rejects at once while it is reconnecting after a
 * failure. BullMQ queues wait for their connection without a bound, so request handlers
 * ask this first to fail fast.
 */
export async function ensureRedisReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  if (redis.status === 'wait' || redis.status === 'connecting' || redis.status === 'connect') {
    const ready = once(redis, 'ready').then(() => true);
    const timeout = new Promise<false>((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS, false).unref());
    if (await Promise.race([ready, timeout])) return;
  }
  throw new RedisUnavailableError(redis.status);
}

/** True for the errors ioredis raises when it cannot reach Redis. */
export function isRedisConnectionError(error: unknown): boolean {
  const e = error as { name?: string; message?: string; code?: string };
  return (
    error instanceof RedisUnavailableError ||
    e?.name === 'MaxRetriesPerRequestError' ||
    /ECONNREFUSED|Connection is closed|ETIMEDOUT|ECONNRESET|EHOSTUNREACH/.test(`${e?.code ?? ''} ${e?.message ?? ''}`)
  );
}

/**
 * Runs a Redis call from a request handler: fails fast while Redis is unreachable, and
 * reports that as `DependencyUnavailableError` (503 with Retry-After), never as a 500.
 */
export async function onRedis<T>(redis: Redis, run: () => Promise<T>): Promise<T> {
  try {
    await ensureRedisReady(redis);
    return await run();
  } catch (error) {
    if (isRedisConnectionError(error)) throw new DependencyUnavailableError('queue', 'Redis is unavailable; try again shortly', 5, { cause: error });
    throw error;
  }
}
