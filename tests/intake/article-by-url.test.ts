/**
 * `PUT /v1/articles/:id {url}` against the real service (real Redis and worker), with a
 * local HTTP server standing in for the news site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPage, redirectTo, startLocalHttpServer, type LocalHttpServer } from '../helpers/local-http.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

const layout = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/intake/layouts', `${name}.html`), 'utf8');
const truth = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/intake/layouts', `${name}.truth.json`), 'utf8'));

let site: LocalHttpServer;
beforeAll(async () => {
  site = await startLocalHttpServer({
    '/thoi-su/thu-phi-noi-do.html': htmlPage(layout('vnexpress-giao-thong')),
    '/kinh-te/ho-tieu.html': htmlPage(layout('baogialai-nong-nghiep')),
    '/chuyen-sang-noi-bo': redirectTo('http://localhost/admin'),
    '/cu': redirectTo('/kinh-te/ho-tieu.html', 301),
    '/anh.jpg': (_req, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10)),
    '/trang-trong': htmlPage('<html><body><nav>Trang chủ</nav></body></html>'),
    '/cp1258': htmlPage(encodeWindows1258('<html><head><meta charset="windows-1258"><title>Tin Đắk Lắk</title></head><body><h1>Mưa lớn ở Đắk Lắk</h1><p>Người dân xã Ea Tul phấn khởi vì cà phê được mùa, giá bán tăng cao.</p></body></html>'), 'text/html'),
  });
});
afterAll(() => site.close());

describe('article by URL: the escape hatch for a local news site (FETCH_PRIVATE_HOSTS=127.0.0.1)', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ env: { FETCH_PRIVATE_HOSTS: '127.0.0.1', FETCH_TIMEOUT_MS: '2000' } });
  });
  afterAll(() => t.close());
  const put = (id: string, body: object) => request(t.baseUrl).put(`/v1/articles/${id}`).set('Authorization', t.auth).send(body);

  it('fetches the page, reads the article (lead included, furniture out) and generates its audio', async () => {
    const url = `${site.origin}/thoi-su/thu-phi-noi-do.html`;
    const res = await put('thu-phi', { url, category: 'Thời sự', tags: ['giao thông'], publishedAt: '2026-12-01T08:15:00+07:00' }).expect(201);
    expect(res.body.source).toEqual({ url, finalUrl: url, extractor: 'readability' });
    const stored = (await request(t.baseUrl).get('/v1/articles/thu-phi').set('Authorization', t.auth).expect(200)).body;
    const expected = truth('vnexpress-giao-thong');
    expect(stored.cleanText.split('\n\n').slice(0, 3)).toEqual([expected.title, expected.body[0], expected.body[1]]);
    for (const junk of ['Podcasts', 'Ý kiến (128)', 'Toàn bộ bản quyền thuộc VnExpress']) expect(stored.cleanText).not.toContain(junk);
    expect(stored).toMatchObject({ title: expected.title, url, category: 'Thời sự', tags: ['giao thông'], publishedAt: '2026-12-01T08:15:00+07:00' });
    const manifest = await waitForAudio(t.baseUrl, 'thu-phi', 'north-female');
    expect(manifest.segments[0].text).toBe(expected.title);
  }, 60_000);

  it('follows a redirect on the same site and keeps an editor title in place of the headline', async () => {
    const res = await put('ho-tieu', { url: `${site.origin}/cu`, title: 'Hồ tiêu Chư Sê được mùa' }).expect(201);
    expect(res.body.source.finalUrl).toBe(`${site.origin}/kinh-te/ho-tieu.html`);
    const stored = (await request(t.baseUrl).get('/v1/articles/ho-tieu').set('Authorization', t.auth)).body;
    const [title, lead] = stored.cleanText.split('\n\n');
    expect([title, lead]).toEqual(['Hồ tiêu Chư Sê được mùa', truth('baogialai-nong-nghiep').body[0]]);
    expect(stored.cleanText).not.toContain('Nông dân Chư Sê trúng mùa hồ tiêu');
  });

  it('decodes a windows-1258 page into composed Vietnamese', async () => {
    await put('cp1258', { url: `${site.origin}/cp1258` }).expect(201);
    const stored = (await request(t.baseUrl).get('/v1/articles/cp1258').set('Authorization', t.auth)).body;
    expect(stored.cleanText).toBe('Mưa lớn ở Đắk Lắk\n\nNgười dân xã Ea Tul phấn khởi vì cà phê được mùa, giá bán tăng cao.');
  });

  it('refuses a redirect to a private address with a 400 on the url field, and keeps the stored article', async () => {
    await put('giu-nguyen', { text: 'Bản tin cũ vẫn còn nguyên.' }).expect(201);
    const res = await put('giu-nguyen', { url: `${site.origin}/chuyen-sang-noi-bo` }).expect(400);
    expect(res.body.error).toEqual({ code: 'url_address_refused', field: 'url', message: 'url: host localhost resolves to a loopback address (127.0.0.1)' });
    const stored = (await request(t.baseUrl).get('/v1/articles/giu-nguyen').set('Authorization', t.auth)).body;
    expect(stored.cleanText).toBe('Bản tin cũ vẫn còn nguyên.');
    expect(stored.url).toBeUndefined();
  });

  it('answers 4xx for pages it cannot use, storing nothing', async () => {
    const cases: [string, number, string][] = [
      [`${site.origin}/khong-co-bai-nay`, 422, 'url_bad_status'],
      [`${site.origin}/anh.jpg`, 415, 'url_wrong_type'],
      [`${site.origin}/trang-trong`, 422, 'nothing_to_read'],
      ['ftp://127.0.0.1/bai.html', 400, 'bad_request'],
    ];
    for (const [url, status, code] of cases) {
      const res = await put('khong-luu', { url });
      expect([res.status, res.body.error.code, res.body.error.field], url).toEqual([status, code, 'url']);
    }
    expect((await put('khong-luu', { url: `${site.origin}/khong-co-bai-nay` })).body.upstreamStatus).toBe(404);
    await request(t.baseUrl).get('/v1/articles/khong-luu').set('Authorization', t.auth).expect(404);
  });

  it('takes exactly one of text, html or url', async () => {
    const res = await put('hai-nguon', { url: `${site.origin}/kinh-te/ho-tieu.html`, text: 'Và cả văn bản.' }).expect(400);
    expect(res.body.error.message).toContain('exactly one of "text", "html" or "url"');
  });
});

describe('article by URL: default rules', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false });
  });
  afterAll(() => t.close());

  it('refuses loopback by default: 400 on the url field, no request reaches the site, nothing stored', async () => {
    const before = site.connections();
    const res = await request(t.baseUrl).put('/v1/articles/noi-bo').set('Authorization', t.auth).send({ url: `${site.origin}/kinh-te/ho-tieu.html` }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'url_address_refused', field: 'url' });
    expect(site.connections()).toBe(before);
    await request(t.baseUrl).get('/v1/articles/noi-bo').set('Authorization', t.auth).expect(404);
  });
});

describe('article by URL: host allowlist', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false, env: { FETCH_ALLOWED_HOSTS: 'vnexpress.net,baogialai.com.vn', FETCH_PRIVATE_HOSTS: '127.0.0.1' } });
  });
  afterAll(() => t.close());

  it('refuses hosts outside FETCH_ALLOWED_HOSTS, even reachable ones', async () => {
    const res = await request(t.baseUrl).put('/v1/articles/ngoai-danh-sach').set('Authorization', t.auth).send({ url: `${site.origin}/kinh-te/ho-tieu.html` }).expect(400);
    expect(res.body.error).toEqual({ code: 'url_host_not_allowed', field: 'url', message: 'url: host 127.0.0.1 is not in the allowed hosts' });
  });
});
