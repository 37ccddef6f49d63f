/**
 * Daily bulletins through the real API and worker (Redis, espeak-ng, ffmpeg): one MP3 reading
 * several articles, with a chapter per article in its manifest, published in a feed of its
 * own (parsed with rss-parser), and the `tts-reader bulletin` command.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import Parser from 'rss-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletinCommand } from '../../src/cli-commands/bulletin.js';
import type { Manifest, ManifestChapter } from '../../src/manifest.js';
import { decodeMp3 } from '../helpers/audio.js';
import { EDITOR_KEY, startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const ONE_FRAME_MS = (1152 / 22050) * 1000;
const ARTICLES = JSON.parse(await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'editors', 'bulletin-articles.json'), 'utf8')) as {
  id: string;
  title: string;
  category: string;
  publishedAt: string;
  text: string;
}[];
const parser = new Parser<Record<string, unknown>, { description: string; itunes: { duration: string } }>({ customFields: { item: ['description'] } });

describe('daily bulletins', () => {
  let t: TestService;
  let scratch: string;
  const api = () => request(t.baseUrl);
  const post = (body: object) => api().post('/v1/bulletins').set('Authorization', t.auth).send(body);

  beforeAll(async () => {
    t = await startTestService({ env: { PUBLIC_URL: 'https://audio.baogialai.example.vn', FEED_TITLE: 'Báo Gia Lai đọc to' } });
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bulletin-'));
    for (const { id, ...body } of ARTICLES) await api().put(`/v1/articles/${id}`).set('Authorization', t.auth).send(body).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  describe('of the latest three articles', () => {
    let answer: Record<string, unknown> & { id: string; chapters: { articleId: string; title: string }[] };
    let manifest: Manifest & { chapters: ManifestChapter[] };

    beforeAll(async () => {
      const res = await post({ date: '2026-12-01', voice: 'north-female', latest: 3 }).expect(201);
      answer = res.body;
      manifest = (await waitForAudio(t.baseUrl, answer.id, 'north-female', 90_000)) as typeof manifest;
    }, 120_000);

    it('picks the newest published on or before the day, newest first', () => {
      expect(answer).toMatchObject({
        id: 'bulletin-2026-12-01',
        title: 'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026',
        voice: 'north-female',
        audioUrl: '/v1/articles/bulletin-2026-12-01/audio?voice=north-female',
        feedUrl: '/v1/feeds/bulletins/north-female.xml',
      });
      // "bai-hen-gio" is published on the 2nd: not in the bulletin of the 1st.
      expect(answer.chapters.map((c) => c.articleId)).toEqual(['khai-giang-dai-hoc', 'mua-lon-pleiku', 'ca-phe-tang-gia']);
    });

    it('is one MP3 whose manifest has a chapter per article, in order, each reading its article', async () => {
      expect(manifest.title).toBe('Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026');
      expect(manifest.chapters.map((c) => [c.articleId, c.title])).toEqual(answer.chapters.map((c) => [c.articleId, c.title]));
      // The intro comes before the first chapter and the outro after the last.
      expect(manifest.chapters[0].startMs).toBeGreaterThan(0);
      expect(manifest.chapters.at(-1)!.endMs).toBeLessThan(manifest.durationMs);
      for (const [i, chapter] of manifest.chapters.entries()) {
        expect(chapter.endMs).toBeGreaterThan(chapter.startMs);
        if (i > 0) expect(chapter.startMs).toBe(manifest.chapters[i - 1].endMs);
        const inside = manifest.segments.filter((s) => s.startMs >= chapter.startMs && s.endMs <= chapter.endMs);
        expect(inside[0].startMs).toBe(chapter.startMs);
        expect(inside.at(-1)!.endMs).toBe(chapter.endMs);
        const article = ARTICLES.find((a) => a.id === chapter.articleId)!;
        expect(inside.map((s) => s.text).join(' ')).toContain(article.title);
      }
      const spoken = manifest.segments.map((s) => s.spoken);
      expect(spoken[0]).toBe('Bản tin sáng thứ Ba, ngày mùng một tháng mười hai năm hai nghìn không trăm hai mươi sáu');
      expect(spoken.at(-1)).toBe('Cảm ơn quý vị và các bạn đã lắng nghe.');

      const file = path.join(scratch, 'bulletin.mp3');
      await fs.writeFile(file, Buffer.from(await (await fetch(`${t.baseUrl}${manifest.audioUrl}`)).arrayBuffer()));
      const decodedMs = ((await decodeMp3(file, 22050)).length / 2 / 22050) * 1000;
      expect(Math.abs(decodedMs - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    });

    it('is published in its own feed (RSS 2.0 + iTunes), not in the articles\' feed or playlists', async () => {
      const res = await fetch(`${t.baseUrl}/v1/feeds/bulletins/north-female.xml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      const feed = await parser.parseString(await res.text());
      expect(feed.title).toBe('Báo Gia Lai đọc to · Bản tin · Nữ miền Bắc');
      expect(feed.feedUrl).toBe('https://audio.baogialai.example.vn/v1/feeds/bulletins/north-female.xml');
      expect(feed.itunes).toMatchObject({ explicit: 'false', categories: ['News'] });
      expect(feed.items).toHaveLength(1);
      const [episode] = feed.items;
      const mp3 = await fetch(`${t.baseUrl}${manifest.audioUrl}`).then((r) => r.arrayBuffer());
      expect(episode).toMatchObject({ title: manifest.title, guid: `bulletin-2026-12-01:${manifest.key}` });
      expect(episode.enclosure).toEqual({ url: `https://audio.baogialai.example.vn${manifest.audioUrl}`, length: String(mp3.byteLength), type: 'audio/mpeg' });
      expect(episode.itunes.duration).toBe(String(Math.round(manifest.durationMs / 1000)));
      expect(new Date(episode.isoDate!).toISOString()).toBe('2026-11-30T23:00:00.000Z');
      // Chapters as podcast apps read them from the description: "mm:ss title", a line each.
      const clock = (ms: number) => `${String(Math.floor(ms / 60_000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
      expect(episode.description).toBe(manifest.chapters.map((c) => `${clock(c.startMs)} ${c.title}`).join('\n'));

      const articlesFeed = await parser.parseString(await fetch(`${t.baseUrl}/v1/feeds/north-female.xml`).then((r) => r.text()));
      expect(articlesFeed.items.some((i) => i.guid?.startsWith('bulletin-'))).toBe(false);
      const playlist = (await api().get('/v1/playlists/latest?voice=north-female&limit=20').expect(200)).body.items;
      expect(playlist.some((i: { articleId: string }) => i.articleId.startsWith('bulletin-'))).toBe(false);
    });
  });

  it('reads the named articles in the order given, and `tts-reader bulletin` prints its chapters', async () => {
    const stdout = new PassThrough();
    const out: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    await bulletinCommand(
      ['--date', '2026-11-30', '--voice', 'south-female', '--articles', 'mua-lon-pleiku,ca-phe-tang-gia', '--category', 'Thời sự', '--api', t.baseUrl, '--key', EDITOR_KEY],
      { stdin: Readable.from([]), stdout },
    );
    const printed = Buffer.concat(out).toString('utf8').split('\n');
    expect(printed[0]).toMatch(/^Bản tin Thời sự sáng thứ Hai, ngày 30 tháng 11 năm 2026 \(\d\d:\d\d\)$/);
    expect(printed[1]).toMatch(/^ {2}\d\d:\d\d {2}Mưa lớn gây ngập nhiều tuyến phố ở Pleiku {2}\(mua-lon-pleiku\)$/);
    expect(printed[2]).toMatch(/^ {2}\d\d:\d\d {2}Giá cà phê Tây Nguyên tăng mạnh đầu vụ {2}\(ca-phe-tang-gia\)$/);
    const manifest = (await api().get('/v1/articles/bulletin-2026-11-30-thoi-su/audio?voice=south-female').expect(200)).body;
    expect(printed[3]).toBe(`mp3: ${t.baseUrl}${manifest.audioUrl}`);
    expect(manifest.chapters.map((c: ManifestChapter) => c.articleId)).toEqual(['mua-lon-pleiku', 'ca-phe-tang-gia']);
  }, 120_000);

  it('refuses bad requests, storing nothing', async () => {
    const cases: [object, number, string][] = [
      [{ date: '2026-12-01', voice: 'north-female' }, 400, 'articles'],
      [{ date: '2026-12-01', voice: 'north-female', latest: 2, articles: ['ca-phe-tang-gia'] }, 400, 'articles'],
      [{ date: '2026-02-30', voice: 'north-female', latest: 2 }, 400, 'date'],
      [{ date: '1-12-2026', voice: 'north-female', latest: 2 }, 400, 'date'],
      [{ date: '2026-12-01', voice: 'central-male', latest: 2 }, 400, 'voice'],
      [{ date: '2026-12-01', voice: 'north-female', latest: 0 }, 400, 'latest'],
      [{ date: '2026-12-01', voice: 'north-female', articles: ['khong-co'] }, 404, 'articles'],
      [{ date: '2026-12-01', voice: 'north-female', articles: ['bulletin-2026-12-01'] }, 400, 'articles'],
      [{ date: '2026-12-01', voice: 'north-female', latest: 2, category: 'Thể thao' }, 400, 'latest'],
      [{ date: '2026-12-01', voice: 'north-female', latest: 2, extra: 1 }, 400, 'body'],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
    await request(t.baseUrl).post('/v1/bulletins').send({ date: '2026-12-01', voice: 'north-female', latest: 2 }).expect(401);
    // A retracted article does not come back through a bulletin.
    await api().put('/v1/articles/bai-hen-gio').set('Authorization', t.auth).send({ ...ARTICLES[3], id: undefined, published: false }).expect(200);
    const retracted = await post({ date: '2026-12-02', voice: 'north-female', articles: ['bai-hen-gio'] });
    expect(retracted.status).toBe(400);
    expect(retracted.body.error.message).toBe('article bai-hen-gio is not published');
    // Bulletins are built, not written.
    const put = await api().put('/v1/articles/bulletin-2026-12-05').set('Authorization', t.auth).send({ text: 'Bản tin tự viết.' });
    expect(put.status).toBe(400);
    expect(put.body.error.field).toBe('id');
    await api().get('/v1/articles/bulletin-2026-12-05').set('Authorization', t.auth).expect(404);
    await api().get('/v1/articles/bulletin-2026-12-02').set('Authorization', t.auth).expect(404);
  });
});
