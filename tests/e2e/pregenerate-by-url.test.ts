/**
 * Pre-generation items given by URL (`{url, id?}`), through the real API and worker; a local
 * HTTP server stands in for the news site. Pages are fetched (SSRF-checked) and read before
 * anything is stored; a dry run reads them without registering them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPage, startLocalHttpServer, type LocalHttpServer } from '../helpers/local-http.js';
import { startTestService, type TestService } from '../helpers/service.js';

describe('pre-generation of pages by URL', () => {
  let t: TestService;
  let site: LocalHttpServer;
  const api = () => request(t.baseUrl);
  const pregenerate = (body: object, query = '') => api().post(`/v1/pregenerate${query}`).set('Authorization', t.auth).send(body);
  const jobCount = async () => Object.values(await t.services.queue.counts()).reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    const page = await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'editors', 'pages', 'ho-tieu-chu-se.html'));
    site = await startLocalHttpServer({
      '/kinh-te/ho-tieu-chu-se.html': htmlPage(page),
      '/trang-trong.html': htmlPage('<html><body><nav>Trang chủ</nav></body></html>'),
    });
    t = await startTestService({ env: { FETCH_PRIVATE_HOSTS: '127.0.0.1' } });
    await api().put('/v1/articles/da-co').set('Authorization', t.auth).send({ text: 'Sáng 1-12, tỉnh tổ chức hội nghị xúc tiến đầu tư.' }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  it('fetches, registers and reads the pages with the stored articles, in one batch', async () => {
    const url = `${site.origin}/kinh-te/ho-tieu-chu-se.html`;
    const res = await pregenerate({ articles: ['da-co', { id: 'ho-tieu', url }, { url: `${url}?utm_source=zalo` }], voices: ['north-female'] }).expect(202);
    expect(res.body.total).toBe(3);
    expect(res.body.pages).toEqual([
      { id: 'ho-tieu', url },
      { id: expect.stringMatching(/^page-[a-f0-9]{16}$/), url: `${url}?utm_source=zalo` },
    ]);
    const stored = (await api().get('/v1/articles/ho-tieu').set('Authorization', t.auth).expect(200)).body;
    expect(stored.url).toBe(url);
    expect(stored.title).toBe('Nông dân Chư Sê trúng mùa hồ tiêu');
    expect(stored.cleanText).toContain('Giá hồ tiêu hiện dao động từ 145.000 đến 150.000 đồng/kg.');
    expect(stored.cleanText).not.toMatch(/Tin liên quan|Trang chủ|0:00|Nữ miền Bắc|\(GLO\)/);
    for (let i = 0; i < 300; i++) {
      const summary = (await api().get(res.body.statusUrl).set('Authorization', t.auth)).body;
      if (summary.done) {
        expect(summary).toMatchObject({ total: 3, ready: 3, failed: 0 });
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await api().get('/v1/articles/ho-tieu/audio?voice=north-female').expect(200);
  }, 60_000);

  it('reads pages for a dry run without registering them', async () => {
    const url = `${site.origin}/kinh-te/ho-tieu-chu-se.html`;
    const fetchesBefore = site.received.length;
    const res = await pregenerate({ articles: [{ id: 'chi-uoc-tinh', url }], voices: ['north-male', 'south-female'] }, '?dryRun=1').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, articles: 1, items: 2, readyItems: 0, pages: [{ id: 'chi-uoc-tinh', url }] });
    expect(res.body.providers[0].requests).toBeGreaterThan(4);
    expect(site.received.length).toBe(fetchesBefore + 1);
    await api().get('/v1/articles/chi-uoc-tinh').set('Authorization', t.auth).expect(404);
  });

  it('stores and queues nothing when one page cannot be read, naming the item', async () => {
    const jobsBefore = await jobCount();
    const good = { id: 'trang-tot', url: `${site.origin}/kinh-te/ho-tieu-chu-se.html` };
    for (const [bad, status, code] of [
      [{ id: 'trang-trong', url: `${site.origin}/trang-trong.html` }, 422, 'nothing_to_read'],
      [{ id: 'khong-co', url: `${site.origin}/khong-co.html` }, 422, 'url_bad_status'],
      [{ id: 'noi-bo', url: 'http://[::1]/noi-bo.html' }, 400, 'url_address_refused'],
      [{ id: 'ftp', url: 'ftp://example.vn/bai.html' }, 400, 'bad_request'],
    ] as const) {
      const res = await pregenerate({ articles: ['da-co', good, bad], voices: ['north-female'] });
      expect(res.status, bad.url).toBe(status);
      expect(res.body.error.code, bad.url).toBe(code);
      expect(res.body.error.field, bad.url).toBe('articles.2.url');
    }
    await api().get('/v1/articles/trang-tot').set('Authorization', t.auth).expect(404);
    expect(await jobCount()).toBe(jobsBefore);
  });
});
