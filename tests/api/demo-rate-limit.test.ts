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
