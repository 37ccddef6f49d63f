/** Against the real Redis at 127.0.0.1:6379, each test file under its own random prefix. */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderLimiter } from '../../src/tts/rate-limit.js';
import { createTestRedis, type TestRedis } from './support/redis.js';

let testRedis: TestRedis;
beforeAll(() => {
  testRedis = createTestRedis();
});
afterAll(() => testRedis.cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createProviderLimiter', () => {
  it('never lets more requests run at once than the concurrency, across connections', async () => {
    // Two connections stand in for two worker processes.
    const other = new Redis('redis://127.0.0.1:6379');
    const options = { provider: 'conc', prefix: testRedis.prefix, concurrency: 2, pollMs: 5 };
    const limiters = [createProviderLimiter({ ...options, redis: testRedis.redis }), createProviderLimiter({ ...options, redis: other })];
    let running = 0;
    let peak = 0;
    await Promise.all(Array.from({ length: 8 }, async (_, i) => {
      const lease = await limiters[i % 2].acquire();
      running += 1;
      peak = Math.max(peak, running);
      await sleep(20);
      running -= 1;
      await lease.release();
    }));
    await other.quit();
    expect(peak).toBe(2);
    expect(await testRedis.redis.zcard(`${testRedis.prefix}:tts:conc:slots`)).toBe(0);
  });

  it('frees the slot of a crashed worker when its lease expires', async () => {
    const limiter = createProviderLimiter({ redis: testRedis.redis, provider: 'crash', prefix: testRedis.prefix, concurrency: 1, leaseMs: 200, pollMs: 10 });
    // A "crashed" holder: a lease taken straight in Redis that nobody renews or releases.
    await testRedis.redis.zadd(`${testRedis.prefix}:tts:crash:slots`, Date.now() + 150, 'dead-worker');
    const started = Date.now();
    const lease = await limiter.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await lease.release();
  });

  it('keeps renewing the lease of a slow live request', async () => {
    const options = { redis: testRedis.redis, provider: 'slow', prefix: testRedis.prefix, concurrency: 1, leaseMs: 150, pollMs: 10, maxWaitMs: 450 };
    const held = await createProviderLimiter(options).acquire();
    const error = await createProviderLimiter(options).acquire().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no free request slot/);
    await held.release();
  });

  it('holds the requests-per-minute budget', async () => {
    const limiter = createProviderLimiter({ redis: testRedis.redis, provider: 'rpm', prefix: testRedis.prefix, concurrency: 10, requestsPerMinute: 3, maxWaitMs: 200 });
    for (let i = 0; i < 3; i += 1) await (await limiter.acquire()).release();
    const error = await limiter.acquire().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no free request slot/);
    expect(await testRedis.redis.zcard(`${testRedis.prefix}:tts:rpm:rpm`)).toBe(3);
  });

  it('stops waiting when the job is cancelled', async () => {
    const options = { redis: testRedis.redis, provider: 'cancel', prefix: testRedis.prefix, concurrency: 1, pollMs: 10 };
    const held = await createProviderLimiter(options).acquire();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await createProviderLimiter(options).acquire(controller.signal).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/cancelled/);
    await held.release();
  });
});
