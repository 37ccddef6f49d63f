import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../fixtures/player/article.js';
import { startTestService, type TestService } from '../helpers/service.js';

const HOST = 'http://127.0.0.1:9';

describe('pages: /player.js, /embed/:id, / and the demo endpoints', () => {
  let t: TestService;

  beforeAll(async () => {
    t = await startTestService({ env: { PLAYER_ORIGINS: HOST }, worker: false });
  });
  afterAll(() => t?.close());

  it('serves the player bundle small, gzipped, with an ETag and CORS for the allowed origin', async () => {
    const res = await getRaw(`${t.baseUrl}/player.js`, { Origin: HOST, 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['access-control-allow-origin']).toBe(HOST);
    expect(res.headers['content-encoding']).toBe('gzip');
    const gzipped = res.body;
    const code = gunzipSync(gzipped).toString('utf8');
    expect(code).toContain('tts-player');
    console.log(`player.js: ${code.length} bytes, ${gzipped.length} bytes gzipped`);
    // 9.8 KB before word highlighting, "Nghe tiếp", resume, the mini-player and listening events.
    expect(gzipped.length).toBeLessThanOrEqual(16 * 1024);
    await request(t.baseUrl).get('/player.js').set('If-None-Match', String(res.headers.etag)).expect(304);
  });

  it('does not grant CORS to an origin outside PLAYER_ORIGINS', async () => {
    const res = await request(t.baseUrl).get('/player.js').set('Origin', 'http://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves an embed page that only the allowed origins may frame', async () => {
    const res = await request(t.baseUrl).get('/embed/bai-1?voice=south-female').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain(`frame-ancestors 'self' ${HOST}`);
    // Only the player script from this origin runs; nothing inline that was not put there.
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(res.text).toContain('<tts-player article-id="bai-1" voice="south-female">');
    expect(res.text).toContain('<script src="/player.js" async>');
    const odd = await request(t.baseUrl).get('/embed/bai-1?voice=%22%3E%3Cscript%3E').expect(200);
    expect(odd.text).not.toContain('<script>');
    const bad = await request(t.baseUrl).get('/embed/..%2Fetc').expect(400);
    expect(bad.body.error).toMatchObject({ code: 'bad_request', field: 'id' });
  });

  it('serves the demo page in Vietnamese', async () => {
    const res = await request(t.baseUrl).get('/').expect(200);
    expect(res.text).toContain('<html lang="vi">');
    for (const label of ['Nữ miền Bắc', 'Nam miền Bắc', 'Nữ miền Nam', 'Nam miền Nam', 'Văn bản hoặc HTML']) expect(res.text).toContain(label);
  });

  it('creates demo articles idempotently, keyed by their content', async () => {
    const article = makeArticle(3, 'Thử');
    const first = await request(t.baseUrl).post('/v1/demo/articles').send(article).expect(201);
    expect(first.body.id).toMatch(/^demo-[a-f0-9]{16}$/);
    const again = await request(t.baseUrl).post('/v1/demo/articles').send(article).expect(200);
    expect(again.body.id).toBe(first.body.id);
    const html = await request(t.baseUrl).post('/v1/demo/articles').send({ html: '<article><p>Hôm nay trời đẹp.</p></article>' }).expect(201);
    expect(html.body.id).not.toBe(first.body.id);
  });

  it('previews each sentence as written and as spoken', async () => {
    const res = await request(t.baseUrl).post('/v1/demo/preview').send({ text: 'Ngày 15/01/2024, giá vàng tăng 2%.' }).expect(200);
    expect(res.body.sentences).toHaveLength(1);
    expect(res.body.sentences[0]).toMatchObject({ i: 0, text: 'Ngày 15/01/2024, giá vàng tăng 2%.', paragraph: 0 });
    expect(res.body.sentences[0].spoken).not.toMatch(/\d/);
  });

  it.each([
    ['/v1/demo/articles', { text: 'a', html: '<p>a</p>' }, 400, 'text'],
    ['/v1/demo/articles', { text: 'a', voices: ['north-male'] }, 400, 'body'],
    ['/v1/demo/articles', { title: 5, text: 'a' }, 400, 'title'],
    ['/v1/demo/articles', { text: '   ' }, 422, 'text'],
    ['/v1/demo/preview', {}, 400, 'text'],
    ['/v1/demo/preview', { html: '<script>x()</script>' }, 422, 'text'],
  ])('POST %s %j → %s naming %s', async (path, body, status, field) => {
    const res = await request(t.baseUrl).post(path).send(body).expect(status);
    expect(res.body.error.field).toBe(field);
  });

  it('shows the listening stats of demo articles to the demo page, and of no other article', async () => {
    const created = await request(t.baseUrl).post('/v1/demo/articles').send({ text: 'Hôm nay trời nắng đẹp. Người dân đi chơi.' });
    const id = created.body.id as string;
    await request(t.baseUrl).post('/v1/events').set('Content-Type', 'text/plain').send(JSON.stringify({ events: [{ type: 'play', articleId: id, voice: 'south-male', speed: 1.5 }] })).expect(202);
    const stats = await request(t.baseUrl).get(`/v1/demo/articles/${id}/stats`).expect(200);
    expect(stats.body.voices['south-male']).toMatchObject({ plays: 1, speeds: { '1.5': 1 } });
    await request(t.baseUrl).get('/v1/demo/articles/demo-0000000000000000/stats').expect(404);
    await request(t.baseUrl).put('/v1/articles/bai-that').set('Authorization', t.auth).send({ text: 'Bài thật.' }).expect(201);
    const stored = await request(t.baseUrl).get('/v1/demo/articles/bai-that/stats').expect(403);
    expect(stored.body.error.code).toBe('forbidden');
  });

  it('answers 415 to a body that is not JSON', async () => {
    const res = await request(t.baseUrl).post('/v1/demo/articles').set('Content-Type', 'text/plain').send('Xin chào').expect(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });
});

describe('demo endpoints when DEMO_ENABLED=false', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ env: { DEMO_ENABLED: 'false' }, worker: false });
  });
  afterAll(() => t?.close());

  it('are not there, and the page says the demo is off', async () => {
    await request(t.baseUrl).post('/v1/demo/articles').send({ text: 'Xin chào.' }).expect(404);
    const page = await request(t.baseUrl).get('/').expect(200);
    expect(page.text).toContain('DEMO_ENABLED');
    expect(page.text).not.toContain('demo-form');
  });
});

/** A GET whose body is left compressed (supertest and fetch both decompress). */
function getRaw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
