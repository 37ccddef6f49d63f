/**
 * Caches in process memory stay correct across processes: two API processes, each with its
 * own cached stores over the same data and its own Redis subscriber.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisInvalidationBus } from '../../src/queue/invalidation-bus.js';
import { FileArticleStore } from '../../src/storage/article-store.file.js';
import type { ArticleRecord } from '../../src/storage/article-store.js';
import { CachedArticleStore, CachedLexiconStore } from '../../src/storage/cached-stores.js';
import { FileLexiconStore } from '../../src/storage/lexicon-store.file.js';
import { REDIS_URL } from '../helpers/service.js';

let dir: string;
let redis: Redis[] = [];
let buses: RedisInvalidationBus[] = [];
const prefix = `test-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-cached-'));
  redis = [new Redis(REDIS_URL), new Redis(REDIS_URL)];
  buses = await Promise.all(redis.map((r) => RedisInvalidationBus.connect(r, prefix)));
});
afterAll(async () => {
  await Promise.all(buses.map((b) => b.close()));
  for (const r of redis) r.disconnect();
  await fs.rm(dir, { recursive: true, force: true });
});

const record = (text: string): ArticleRecord => ({
  id: 'bai-chung', text, cleanText: text, revision: text.length.toString(16).padStart(64, '0'), cleanChars: text.length, createdAt: 'c', updatedAt: new Date().toISOString(),
});

/** The bus delivers in a moment; poll briefly rather than sleep a fixed time. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 10));
    value = await read();
  }
  return value;
}

describe('cached stores across processes', () => {
  it('an article updated through one process is not served stale by the other', async () => {
    const a = new CachedArticleStore(new FileArticleStore(path.join(dir, 'articles')), buses[0]);
    const b = new CachedArticleStore(new FileArticleStore(path.join(dir, 'articles')), buses[1]);
    expect(buses.every((bus) => bus.live)).toBe(true);
    await a.put(record('Bản tin sáng: Hà Nội mưa.'));
    expect((await b.get('bai-chung'))?.cleanText).toBe('Bản tin sáng: Hà Nội mưa.'); // now cached in b
    await a.put(record('Bản tin trưa: Hà Nội đã tạnh mưa, trời hửng nắng.'));
    const seen = await eventually(() => b.get('bai-chung'), (r) => r?.cleanText !== 'Bản tin sáng: Hà Nội mưa.');
    expect(seen?.cleanText).toBe('Bản tin trưa: Hà Nội đã tạnh mưa, trời hửng nắng.');
    await a.delete('bai-chung');
    expect(await eventually(() => b.get('bai-chung'), (r) => r === undefined)).toBeUndefined();
  });

  it('a lexicon changed through one process is seen by the other', async () => {
    const a = new CachedLexiconStore(new FileLexiconStore(dir), buses[0]);
    const b = new CachedLexiconStore(new FileLexiconStore(dir), buses[1]);
    await a.put({ Pleiku: 'Plây Cu' });
    expect((await b.get()).entries).toEqual({ Pleiku: 'Plây Cu' });
    await a.put({ Pleiku: 'Plây Ku' });
    expect((await eventually(() => b.get(), (l) => l.entries.Pleiku === 'Plây Ku')).entries).toEqual({ Pleiku: 'Plây Ku' });
  });
});
