import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

describe('demo endpoints', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('limit what one address can ask for, with a JSON 429 and no article stored', async () => {
    const text = (n: number) => ({ text: `Bản tin số ${n}: trời Hà Nội hôm nay nắng nhẹ.` });
    for (let n = 1; n <= 3; n++) await request(t.baseUrl).post('/v1/demo/preview').send(text(n)).expect(200);
    const limited = await request(t.baseUrl).post('/v1/demo/articles').send(text(4));
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await t.services.articles.list({ idPrefix: 'demo-', publishedOnly: false, limit: 10 })).toEqual([]);
    // Editor and player routes are not limited by it.
    await request(t.baseUrl).get('/v1/voices').expect(200);
  });

  it('are off in production unless enabled', async () => {
    const prod = await startTestService({ worker: false, env: { NODE_ENV: 'production' } });
    try {
      await request(prod.baseUrl).post('/v1/demo/preview').send({ text: 'Xin chào.' }).expect(404);
    } finally {
      await prod.close();
    }
  });
});

describe('demo articles (created without a key) are bounded', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false, env: { DEMO_MAX_CHARS: '300', DEMO_MAX_ARTICLES: '2', DEMO_ARTICLE_TTL_HOURS: '0.0005' } });
  });
  afterAll(() => t.close());

  const demoIds = async () => (await t.services.articles.list({ idPrefix: 'demo-', publishedOnly: false, limit: 10 })).map((row) => row.id);

  it('in size: a longer text (or HTML four times longer) is refused with 413 and nothing stored', async () => {
    const long = await request(t.baseUrl).post('/v1/demo/articles').send({ text: 'Tin ngắn. '.repeat(31) });
    expect(long.status).toBe(413);
    expect(long.body.error).toMatchObject({ code: 'too_large', field: 'text' });
    const html = await request(t.baseUrl).post('/v1/demo/articles').send({ html: `<p>${'Tin ngắn. '.repeat(121)}</p>` });
    expect(html.status).toBe(413);
    await request(t.baseUrl).post('/v1/demo/preview').send({ text: 'Tin ngắn. '.repeat(31) }).expect(413);
    expect(await demoIds()).toEqual([]);
  });

  it('in number (the oldest go) and in lifetime (expired ones are removed by the worker\'s sweep)', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await request(t.baseUrl).post('/v1/demo/articles').send({ text: `Bản tin thứ ${n}: giá lúa tăng nhẹ ở đồng bằng sông Cửu Long.` }).expect(201);
      ids.push(res.body.id);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await demoIds()).sort()).toEqual(ids.slice(1).sort());
    await request(t.baseUrl).get(`/v1/articles/${ids[0]}`).set('Authorization', t.auth).expect(404);

    // Past their lifetime (1.8 s here), a worker's house-keeping removes them.
    await new Promise((r) => setTimeout(r, 2000));
    const worker = t.startWorker();
    try {
      for (let waited = 0; (await demoIds()).length > 0 && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(await demoIds()).toEqual([]);
      await request(t.baseUrl).get(`/v1/articles/${ids[2]}/audio`).expect(404);
    } finally {
      await worker.close();
    }
  });
});
