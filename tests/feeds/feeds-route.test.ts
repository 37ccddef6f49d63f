/** `GET /v1/feeds/:voice.xml` against the real service: real worker, real MP3s, parsed by rss-parser. */
import Parser from 'rss-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const IMAGE = 'https://audio.baogialai.example.vn/cover.png';
const parser = new Parser({ customFields: { feed: ['language'] } });

describe('podcast feeds', () => {
  let t: TestService;
  const put = (id: string, body: object) => request(t.baseUrl).put(`/v1/articles/${id}`).set('Authorization', t.auth).send(body).expect(201);
  const feed = (path: string) => request(t.baseUrl).get(path).buffer(true).parse((res, cb) => {
    let data = '';
    res.on('data', (c: Buffer) => (data += c));
    res.on('end', () => cb(null, data));
  });

  beforeAll(async () => {
    t = await startTestService({ env: { FEED_TITLE: 'Báo Gia Lai đọc to', FEED_IMAGE_URL: IMAGE, FEED_AUTHOR: 'Báo Gia Lai', PUBLIC_URL: 'https://audio.baogialai.example.vn' } });
    await put('ca-phe', { title: 'Giá cà phê tăng mạnh', text: 'Sáng 1-12, giá cà phê tại Đắk Lắk tăng 2.000 đồng/kg.', category: 'Kinh tế', tags: ['cà phê'], publishedAt: '2026-12-01T07:00:00+07:00' });
    await put('mua-lon', { title: 'Mưa lớn ở Pleiku', text: 'Chiều 30-11, Pleiku có mưa lớn kéo dài hai giờ.', category: 'Thời sự', tags: ['thời tiết'], publishedAt: '2026-11-30T16:00:00+07:00' });
    await put('chua-co-audio', { title: 'Chưa đọc', text: 'Bài này chưa có âm thanh.', category: 'Kinh tế', publishedAt: '2026-12-02T07:00:00+07:00' });
    await put('giong-khac', { title: 'Chỉ giọng Nam', text: 'Bài này chỉ có giọng nam miền Nam.', category: 'Kinh tế', publishedAt: '2026-12-03T07:00:00+07:00' });
    await Promise.all([
      waitForAudio(t.baseUrl, 'ca-phe', 'north-female'),
      waitForAudio(t.baseUrl, 'mua-lon', 'north-female'),
      waitForAudio(t.baseUrl, 'giong-khac', 'south-male'),
    ]);
  }, 90_000);
  afterAll(() => t.close());

  it('lists only audio ready in the voice, newest first, with exact enclosure lengths and durations', async () => {
    const res = await feed('/v1/feeds/north-female.xml').expect(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const parsed = await parser.parseString(res.body);
    expect(parsed).toMatchObject({ title: 'Báo Gia Lai đọc to · Nữ miền Bắc', language: 'vi' });
    expect(parsed.itunes).toMatchObject({ image: IMAGE, explicit: 'false', categories: ['News'], author: 'Báo Gia Lai' });
    expect(parsed.items.map((i) => i.title)).toEqual(['Giá cà phê tăng mạnh', 'Mưa lớn ở Pleiku']);
    for (const item of parsed.items) {
      const id = item.guid!.split(':')[0];
      const manifest = (await request(t.baseUrl).get(`/v1/articles/${id}/audio?voice=north-female`).expect(200)).body;
      const mp3 = await request(t.baseUrl).get(manifest.audioUrl).buffer(true).expect(200);
      expect(item.enclosure).toEqual({ url: `https://audio.baogialai.example.vn${manifest.audioUrl}`, length: String(mp3.body.length), type: 'audio/mpeg' });
      expect(item.itunes.duration).toBe(String(Math.round(manifest.durationMs / 1000)));
      expect(item.guid).toBe(`${id}:${manifest.key}`);
    }
    expect(parsed.items[0].isoDate).toBe('2026-12-01T00:00:00.000Z');
    expect(parsed.items[0].categories).toEqual(['Kinh tế', 'cà phê']);
  });

  it('filters by category and by tag, whatever their case', async () => {
    const byCategory = await parser.parseString((await feed(`/v1/feeds/north-female.xml?category=${encodeURIComponent('thời sự')}`).expect(200)).body);
    expect(byCategory.items.map((i) => i.title)).toEqual(['Mưa lớn ở Pleiku']);
    expect(byCategory.title).toBe('Báo Gia Lai đọc to · Nữ miền Bắc · thời sự');
    const byTag = await parser.parseString((await feed(`/v1/feeds/north-female.xml?tag=${encodeURIComponent('Cà phê')}`).expect(200)).body);
    expect(byTag.items.map((i) => i.title)).toEqual(['Giá cà phê tăng mạnh']);
    const other = await parser.parseString((await feed('/v1/feeds/south-male.xml?category=Kinh%20t%E1%BA%BF').expect(200)).body);
    expect(other.items.map((i) => i.title)).toEqual(['Chỉ giọng Nam']);
  });

  it('answers 304 to a matching If-None-Match and a new ETag once the feed changes', async () => {
    const first = await feed('/v1/feeds/north-female.xml?category=Kinh%20t%E1%BA%BF').expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"f-[0-9a-f]{32}"$/);
    const again = await request(t.baseUrl).get('/v1/feeds/north-female.xml?category=Kinh%20t%E1%BA%BF').set('If-None-Match', etag).expect(304);
    expect(again.text).toBe('');
    await waitForAudio(t.baseUrl, 'chua-co-audio', 'north-female');
    const changed = await feed('/v1/feeds/north-female.xml?category=Kinh%20t%E1%BA%BF').set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((await parser.parseString(changed.body)).items.map((i) => i.title)).toEqual(['Chưa đọc', 'Giá cà phê tăng mạnh']);
  }, 60_000);

  it('rejects unknown voices and odd queries with a 400, other paths with a 404', async () => {
    expect((await request(t.baseUrl).get('/v1/feeds/central-male.xml').expect(400)).body.error.field).toBe('voice');
    expect((await request(t.baseUrl).get('/v1/feeds/north-female.xml?tag=a&tag=b').expect(400)).body.error.field).toBe('tag');
    await request(t.baseUrl).get('/v1/feeds/north-female.json').expect(404);
  });
});
