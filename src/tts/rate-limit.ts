/**
 * A provider's concurrency and requests-per-minute limits, held in Redis so that they hold
 * across every worker process on every machine.
 *
 * Keys (under `<prefix>:tts:<provider>`):
 * - `:slots` — sorted set of leases, scored by expiry time. A crashed worker's lease simply
 *   expires; a live one is renewed while its request runs.
 * - `:rpm` — sorted set of request start times over the last minute (sliding window).
 * Both are checked and taken in one Lua script, with Redis's clock, so machines with skewed
 * clocks agree.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ProviderError } from './provider.js';
import { sleepFor } from './retry.js';

const WINDOW_MS = 60_000;

const ACQUIRE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local concurrency, leaseMs, rpm, windowMs = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= concurrency then return -1 end
if rpm > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - windowMs)
  if redis.call('ZCARD', KEYS[2]) >= rpm then
    local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
    return math.max(1, tonumber(oldest[2]) + windowMs - now)
  end
  redis.call('ZADD', KEYS[2], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[2], windowMs)
end
redis.call('ZADD', KEYS[1], now + leaseMs, ARGV[1])
redis.call('PEXPIRE', KEYS[1], leaseMs)
return 0
`;

const RENEW_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1
`;

export interface ProviderLimiterOptions {
  redis: Redis;
  provider: string;
  /** Key prefix shared by all processes of one deployment (e.g. the queue prefix). */
  prefix: string;
  concurrency: number;
  requestsPerMinute?: number;
  /** How long a lease lives without renewal: a crashed worker's slot frees after this. */
  leaseMs?: number;
  /** How often a waiting caller looks for a free slot. */
  pollMs?: number;
  /** Give up (retryably) after waiting this long for a slot. */
  maxWaitMs?: number;
}

/** A held slot; release it when the request is done, whatever its outcome. */
export interface Lease {
  release(): Promise<void>;
}

export interface ProviderLimiter {
  acquire(signal?: AbortSignal): Promise<Lease>;
}

/**
 * Creates the shared limiter of one provider.
 * @example const lease = await createProviderLimiter({ redis, provider: 'zalo', prefix: 'tts', concurrency: 4 }).acquire();
 */
export function createProviderLimiter(options: ProviderLimiterOptions): ProviderLimiter {
  const base = `${options.prefix}:tts:${options.provider}`;
  const slotsKey = `${base}:slots`;
  const rpmKey = `${base}:rpm`;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 50;
  const maxWaitMs = options.maxWaitMs ?? 10 * 60_000;
  const { redis } = options;

  async function tryAcquire(id: string): Promise<number> {
    const result = await redis.eval(ACQUIRE_SCRIPT, 2, slotsKey, rpmKey, id, options.concurrency, leaseMs,
      options.requestsPerMinute ?? 0, WINDOW_MS);
    return Number(result);
  }

  function holdLease(id: string): Lease {
    // Renew well before expiry, so a slow but live request keeps its slot.
    const timer = setInterval(() => {
      redis.eval(RENEW_SCRIPT, 1, slotsKey, id, leaseMs).catch(() => undefined);
    }, Math.max(10, Math.floor(leaseMs / 3)));
    timer.unref();
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        clearInterval(timer);
        await redis.zrem(slotsKey, id);
      },
    };
  }

  return {
    async acquire(signal) {
      const id = randomUUID();
      const giveUpAt = Date.now() + maxWaitMs;
      for (;;) {
        const waitMs = await tryAcquire(id);
        if (waitMs === 0) return holdLease(id);
        if (Date.now() >= giveUpAt) {
          throw new ProviderError(`${options.provider}: no free request slot after ${Math.round(maxWaitMs / 1000)} s`,
            'retryable', { provider: options.provider });
        }
        // -1: all slots busy, poll again soon (with jitter so waiters do not move in step);
        // >0: the per-minute budget frees up in that many ms.
        const pause = waitMs < 0 ? pollMs * (0.5 + Math.random()) : waitMs;
        await sleepFor(Math.min(pause, Math.max(1, giveUpAt - Date.now())), signal).catch(() => {
          throw new ProviderError(`${options.provider}: cancelled while waiting for a request slot`, 'permanent',
            { provider: options.provider });
        });
      }
    },
  };
}
