/**
 * The BatchStore contract for every implementation (Redis, PostgreSQL): counters that
 * workers move as jobs end, so a summary costs the same for any batch size.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisBatchStore } from '../../src/queue/batch-store.redis.js';
import { PostgresBatchStore } from '../../src/storage/batch-store.postgres.js';
import type { BatchItem, BatchStore } from '../../src/storage/batch-store.js';
import { openTestDatabase } from '../helpers/postgres.js';
import { createTestRedis } from '../tts/support/redis.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const implementations: [string, () => Promise<BatchStore>][] = [
  [
    'Redis',
    async () => {
      const redis = createTestRedis();
      cleanups.push(() => redis.cleanup());
      return new RedisBatchStore(redis.redis, redis.prefix);
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const db = await openTestDatabase();
      cleanups.push(() => db.drop());
      return new PostgresBatchStore(db);
    },
  ],
];

const key = () => randomUUID().replace(/-/g, '').repeat(2);
const item = (articleId: string, voice: BatchItem['voice'], k: string, state: BatchItem['state'] = 'queued'): BatchItem => ({ articleId, voice, key: k, state });

describe.each(implementations)('BatchStore: %s', (_name, create) => {
  it('counts ready, failed and pending items as their jobs settle, and says when the batch is done', async () => {
    const store = await create();
    const [k1, k2, k3] = [key(), key(), key()];
    const id = randomUUID();
    await store.create(id, 5, { callbackUrl: 'https://cms.example.vn/hook' });
    await store.addItems(id, [item('a', 'north-female', k1), item('a', 'south-male', k2), item('b', 'north-female', k3), item('c', 'north-female', key(), 'ready')]);
    // Two articles with the same text share one key, hence one job.
    await store.addItems(id, [item('d', 'north-female', k1)]);
    expect(await store.summary(id)).toMatchObject({ total: 5, ready: 1, failed: 0, pending: 4, done: false, callbackUrl: 'https://cms.example.vn/hook' });
    expect(await store.settle(k1, { state: 'ready' })).toEqual([]);
    expect(await store.summary(id)).toMatchObject({ ready: 3, pending: 2 });
    await store.settle(k2, { state: 'failed', error: 'zalo: HTTP 401: invalid api key' });
    // A second settlement of the same key moves nothing.
    await store.settle(k1, { state: 'ready' });
    expect(await store.settle(k3, { state: 'ready' })).toEqual([id]);
    const summary = await store.summary(id);
    expect(summary).toMatchObject({ total: 5, ready: 4, failed: 1, pending: 0, done: true, progress: 1 });
    expect(summary?.failures).toEqual([{ articleId: 'a', voice: 'south-male', error: 'zalo: HTTP 401: invalid api key' }]);
    expect(await store.summary(randomUUID())).toBeUndefined();
  });

  it('does not miss a job that completed while its batch was being created', async () => {
    const store = await create();
    const k = key();
    await store.settle(k, { state: 'ready' }); // the job ended a moment before the batch registered it
    const id = randomUUID();
    await store.create(id, 1);
    await store.addItems(id, [item('e', 'north-male', k)]);
    expect(await store.summary(id)).toMatchObject({ ready: 1, pending: 0, done: true });
  });

  it('one settlement moves every batch waiting for the key', async () => {
    const store = await create();
    const k = key();
    const [x, y] = [randomUUID(), randomUUID()];
    for (const id of [x, y]) {
      await store.create(id, 1);
      await store.addItems(id, [item('f', 'south-female', k)]);
    }
    expect((await store.settle(k, { state: 'ready' })).sort()).toEqual([x, y].sort());
  });
});
