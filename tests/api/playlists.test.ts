import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const HOST = 'http://bao-thu-nghiem.example';
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 7, 30)).toISOString();

/** Articles of a news site: two sections, one scheduled for tomorrow, one without a date. */
const ARTICLES = [
  { id: 'ca-phe', title: 'Giá cà phê tăng mạnh', category: 'kinh-te', tags: ['nông nghiệp', 'Đắk Lắk'], publishedAt: day(28), text: 'Giá cà phê tăng mạnh. Nông dân phấn khởi.' },
  { id: 'lua-gao', title: 'Xuất khẩu gạo kỷ lục', category: 'kinh-te', publishedAt: day(29), text: 'Xuất khẩu gạo đạt kỷ lục. Giá gạo ổn định.' },
  { id: 'bong-da', title: 'Đội tuyển thắng trận mở màn', category: 'the-thao', publishedAt: day(30), text: 'Đội tuyển thắng hai không. Khán giả vui mừng.' },
  { id: 'hen-gio', title: 'Bài hẹn giờ đăng', category: 'kinh-te', publishedAt: new Date(Date.now() + 86_400_000).toISOString(), text: 'Bài này chưa đăng.' },
  { id: 'khong-ngay', title: 'Bài không ghi ngày', text: 'Bài viết không có ngày đăng.' },
];

describe('GET /v1/playlists/latest', () => {
  let t: TestService;
  const api = () => request(t.baseUrl);
  beforeAll(async () => {
    t = await startTestService({ env: { PLAYER_ORIGINS: HOST } });
    for (const { id, ...body } of ARTICLES) await api().put(`/v1/articles/${id}`).set('Authorization', t.auth).send(body).expect(201);
  });
  afterAll(() => t?.close());

  it('lists the newest published articles first, leaving out the one being read and scheduled ones', async () => {
    const res = await api().get('/v1/playlists/latest?voice=south-female&exclude=lua-gao').set('Origin', HOST).expect(200);
    expect(res.headers['access-control-allow-origin']).toBe(HOST);
    // "khong-ngay" has no publishedAt: it counts from when it was stored (now), so it is the newest.
    expect(res.body.items.map((i: { articleId: string }) => i.articleId)).toEqual(['khong-ngay', 'bong-da', 'ca-phe']);
    expect(res.body.items[2]).toEqual({ articleId: 'ca-phe', title: 'Giá cà phê tăng mạnh', category: 'kinh-te', publishedAt: day(28) });
  });

  it('stays within a category, honours the limit, and gives the duration of ready audio', async () => {
    const manifest = await waitForAudio(t.baseUrl, 'ca-phe', 'north-male');
    const res = await api().get('/v1/playlists/latest?voice=north-male&category=kinh-te&limit=5').expect(200);
    expect(res.body.items).toEqual([
      { articleId: 'lua-gao', title: 'Xuất khẩu gạo kỷ lục', category: 'kinh-te', publishedAt: day(29) },
      { articleId: 'ca-phe', title: 'Giá cà phê tăng mạnh', category: 'kinh-te', publishedAt: day(28), durationMs: manifest.durationMs },
    ]);
    const one = await api().get('/v1/playlists/latest?limit=1').expect(200);
    expect(one.body.items).toHaveLength(1);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=51', 'limit'],
    ['exclude=..%2Fetc', 'exclude'],
    ['voice=east-female', 'voice'],
    [`category=${'x'.repeat(101)}`, 'category'],
    ['category=a&category=b', 'category'],
    ['sort=oldest', 'body'],
  ])('rejects ?%s naming %s', async (query, field) => {
    const res = await api().get(`/v1/playlists/latest?${query}`).expect(400);
    expect(res.body.error).toMatchObject({ code: 'bad_request', field });
  });

  it('stores category, tags and publishedAt with the article, and rejects bad ones without storing anything', async () => {
    const stored = await api().get('/v1/articles/ca-phe').set('Authorization', t.auth).expect(200);
    expect(stored.body).toMatchObject({ category: 'kinh-te', tags: ['nông nghiệp', 'Đắk Lắk'], publishedAt: day(28) });
    for (const [body, field] of [
      [{ text: 'Tin.', publishedAt: '28/11/2026' }, 'publishedAt'],
      [{ text: 'Tin.', category: 5 }, 'category'],
      [{ text: 'Tin.', tags: 'a,b' }, 'tags'],
      [{ text: 'Tin.', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'tags'],
    ] as const) {
      const res = await api().put('/v1/articles/bai-loi').set('Authorization', t.auth).send(body).expect(400);
      expect(res.body.error.field).toBe(field);
    }
    await api().get('/v1/articles/bai-loi').set('Authorization', t.auth).expect(404);
  });
});
