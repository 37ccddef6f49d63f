/**
 * The ArticleStore contract for every implementation: files in a local directory, and
 * PostgreSQL (a schema of its own per run).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileArticleStore } from '../../src/storage/article-store.file.js';
import { PostgresArticleStore } from '../../src/storage/article-store.postgres.js';
import type { ArticleRecord, ArticleStore } from '../../src/storage/article-store.js';
import { openTestDatabase } from '../helpers/postgres.js';

let scratch: string;
const cleanups: (() => Promise<void>)[] = [];
beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-articles-'));
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await fs.rm(scratch, { recursive: true, force: true });
});

const implementations: [string, () => Promise<ArticleStore>][] = [
  ['files', async () => new FileArticleStore(await fs.mkdtemp(path.join(scratch, 'a-')))],
  [
    'PostgreSQL',
    async () => {
      const db = await openTestDatabase();
      cleanups.push(() => db.drop());
      return new PostgresArticleStore(db);
    },
  ],
];

let clock = Date.parse('2026-11-20T06:00:00Z');
function article(id: string, text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  const at = new Date((clock += 60_000)).toISOString();
  return { id, title: `Tin ${id}`, text, cleanText: text, revision: createHash('sha256').update(text).digest('hex'), cleanChars: text.length, published: true, voices: [], createdAt: at, updatedAt: at, ...extra };
}

describe.each(implementations)('ArticleStore: %s', (_name, create) => {
  let store: ArticleStore;
  beforeAll(async () => {
    store = await create();
  });

  it('stores, replaces and deletes an article, with every field', async () => {
    const first = article('ha-noi-mua', 'Hà Nội mưa to, nhiều tuyến phố ngập sâu.', { category: 'thoi-su', tags: ['thời tiết', 'Hà Nội'], publishedAt: '2026-11-20T05:30:00.000Z' });
    await store.put(first);
    expect(await store.get('ha-noi-mua')).toEqual(first);
    const corrected = { ...first, text: 'Hà Nội mưa rất to.', cleanText: 'Hà Nội mưa rất to.', revision: 'c'.repeat(64), voices: ['north-female' as const], updatedAt: new Date().toISOString() };
    await store.put(corrected);
    expect(await store.get('ha-noi-mua')).toEqual(corrected);
    expect(await store.delete('ha-noi-mua')).toBe(true);
    expect(await store.get('ha-noi-mua')).toBeUndefined();
    expect(await store.delete('ha-noi-mua')).toBe(false);
  });

  it('keeps the chapters of a bulletin', async () => {
    const chapters = [
      { articleId: 'gia-ca-phe', title: 'Giá cà phê tăng mạnh', paragraph: 2 },
      { articleId: 'mua-lon', title: 'Mưa lớn ở Pleiku', paragraph: 3 },
    ];
    const bulletin = article('bulletin-2026-12-01', 'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026', { chapters });
    await store.put(bulletin);
    expect((await store.get('bulletin-2026-12-01'))?.chapters).toEqual(chapters);
    await store.put({ ...bulletin, chapters: undefined });
    expect((await store.get('bulletin-2026-12-01'))?.chapters).toBeUndefined();
  });

  it('keeps an HTML input and its source URL', async () => {
    const fromUrl = article('tu-url', 'Đắk Lắk thu hoạch cà phê.', { text: undefined, html: '<article><p>Đắk Lắk thu hoạch cà phê.</p></article>', url: 'https://baodaklak.vn/bai-1.html' });
    delete fromUrl.text;
    await store.put(fromUrl);
    expect(await store.get('tu-url')).toEqual(fromUrl);
  });

  it('lists newest first, by category, tag, ID prefix, leaving out unpublished ones unless asked', async () => {
    await store.put(article('bong-da-1', 'Việt Nam thắng Lào 4-0.', { category: 'the-thao', tags: ['bóng đá'], publishedAt: '2026-11-21T10:00:00.000Z' }));
    await store.put(article('bong-da-2', 'U23 hòa 1-1.', { category: 'the-thao', tags: ['bóng đá', 'U23'], publishedAt: '2026-11-21T12:00:00.000Z' }));
    await store.put(article('kinh-te-1', 'Giá vàng tăng.', { category: 'kinh-te', publishedAt: '2026-11-21T11:00:00.000Z' }));
    await store.put(article('go-xuong', 'Bài đã gỡ.', { category: 'the-thao', published: false, publishedAt: '2026-11-21T13:00:00.000Z' }));
    await store.put(article('demo-abc', 'Bài thử.', { expiresAt: '2026-01-01T00:00:00.000Z' }));
    const sport = await store.list({ category: 'the-thao', limit: 10 });
    expect(sport.map((a) => a.id)).toEqual(['bong-da-2', 'bong-da-1']);
    expect((await store.list({ category: 'the-thao', limit: 10, publishedOnly: false })).map((a) => a.id)).toEqual(['go-xuong', 'bong-da-2', 'bong-da-1']);
    expect((await store.list({ tag: 'U23', limit: 10 })).map((a) => a.id)).toEqual(['bong-da-2']);
    expect((await store.list({ idPrefix: 'demo-', limit: 10, publishedOnly: false })).map((a) => a.id)).toEqual(['demo-abc']);
    const newest = await store.list({ limit: 2 });
    expect(newest.map((a) => a.id)).toEqual(['bong-da-2', 'kinh-te-1']);
    expect(newest[0]).toMatchObject({ title: 'Tin bong-da-2', category: 'the-thao', tags: ['bóng đá', 'U23'], published: true });
  });

  it('reads many at once, names the missing, and removes expired ones', async () => {
    expect((await store.getMany(['bong-da-1', 'khong-co', 'kinh-te-1'])).map((a) => a.id).sort()).toEqual(['bong-da-1', 'kinh-te-1']);
    expect(await store.missing(['bong-da-1', 'khong-co', 'cung-khong'])).toEqual(['khong-co', 'cung-khong']);
    expect(await store.deleteExpired(new Date('2026-06-01T00:00:00Z'))).toEqual(['demo-abc']);
    expect(await store.get('demo-abc')).toBeUndefined();
  });

  it('keeps generation asked for while the queue was down (the outbox), merging voices', async () => {
    await store.addPending('bong-da-1', ['north-female']);
    await store.addPending('bong-da-1', ['south-male', 'north-female']);
    await store.addPending('kinh-te-1', ['north-male']);
    const pending = await store.listPending(10);
    expect(pending.map((p) => p.articleId)).toEqual(['bong-da-1', 'kinh-te-1']);
    expect(pending[0].voices.sort()).toEqual(['north-female', 'south-male']);
    await store.removePending('bong-da-1');
    expect((await store.listPending(10)).map((p) => p.articleId)).toEqual(['kinh-te-1']);
  });
});
