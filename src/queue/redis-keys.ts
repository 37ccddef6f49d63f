import { Redis } from 'ioredis';

/**
 * Removes every Redis key under a prefix: a deployment's, or a test's or benchmark's own.
 * Fails at once (one connection attempt, no retries) when Redis cannot be reached, so a
 * clean-up never hangs on a server that was stopped.
 * @example await deleteKeysUnder('redis://127.0.0.1:6379', 'test-3f2a') // queue, limits, batches gone
 */
export async function deleteKeysUnder(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined); // reported by the rejected command instead
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
