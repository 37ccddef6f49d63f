import { Redis } from 'ioredis';

/**
 * Removes every Redis key under a prefix: a deployment's, or a test's or benchmark's own.
 * @example await deleteKeysUnder('redis://127.0.0.1:6379', 'test-3f2a') // queue, limits, batches gone
 */
export async function deleteKeysUnder(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
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
