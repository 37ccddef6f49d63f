import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

// Nothing listens on this port: the API must degrade clearly, not hang or crash.
const DEAD_REDIS = 'redis://127.0.0.1:1';

describe('when Redis is down', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false, env: { REDIS_URL: DEAD_REDIS } });
  });
  afterAll(() => t.close());

  it('still stores articles (they live on disk), answers 503 for audio, and reports not ready', async () => {
    await request(t.baseUrl)
      .put('/v1/articles/bao-dong')
      .set('Authorization', t.auth)
      .send({ text: 'Chiều 3-9, mưa lớn gây ngập sâu nhiều tuyến phố ở TP.HCM.' })
      .expect(201);
    const started = Date.now();
    const audio = await request(t.baseUrl).get('/v1/articles/bao-dong/audio?voice=south-female');
    expect(audio.status).toBe(503);
    expect(audio.body.error.code).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(15_000);
    const ready = await request(t.baseUrl).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.redis).toMatch(/unreachable/);
    await request(t.baseUrl).get('/healthz').expect(200);
  }, 30_000);
});
