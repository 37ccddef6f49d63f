import { hostname } from 'node:os';
import type { Redis } from 'ioredis';

/** A worker reports itself alive this often… */
const BEAT_MS = 5_000;
/** …and counts as gone when silent for this long. */
const ALIVE_WINDOW_MS = 15_000;

const key = (prefix: string) => `${prefix}:workers`;

/**
 * Tells the API that a worker consumes the queue: a sorted set of worker IDs scored by
 * their last beat (Redis's clock, so skewed hosts agree). Works on managed Redis where
 * CLIENT LIST is disabled.
 */
export function startHeartbeat(redis: Redis, prefix: string): { id: string; stop(): Promise<void> } {
  const id = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const beat = () =>
    redis
      .eval(
        `local t = redis.call('TIME'); local now = t[1] * 1000 + math.floor(t[2] / 1000)
         redis.call('ZADD', KEYS[1], now, ARGV[1]); redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]) * 4)
         redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 4); return 1`,
        1,
        key(prefix),
        id,
        ALIVE_WINDOW_MS,
      )
      .catch(() => undefined);
  void beat();
  const timer = setInterval(beat, BEAT_MS);
  timer.unref();
  return {
    id,
    async stop() {
      clearInterval(timer);
      await redis.zrem(key(prefix), id).catch(() => undefined);
    },
  };
}

/** Workers that beat within the window. */
export async function liveWorkerCount(redis: Redis, prefix: string): Promise<number> {
  const count = await redis.eval(
    `local t = redis.call('TIME'); local now = t[1] * 1000 + math.floor(t[2] / 1000)
     return redis.call('ZCOUNT', KEYS[1], now - tonumber(ARGV[1]), '+inf')`,
    1,
    key(prefix),
    ALIVE_WINDOW_MS,
  );
  return Number(count);
}
