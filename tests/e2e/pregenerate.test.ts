import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

describe('pre-generation for editors', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
    for (const [id, text] of [
      ['tin-1', 'Sáng 3-9, TP.HCM khai trương tuyến xe buýt điện số 1.'],
      ['tin-2', 'Giá cà phê hôm nay tăng 2.000 đồng/kg.'],
    ]) {
      await request(t.baseUrl).put(`/v1/articles/${id}`).set('Authorization', t.auth).send({ text }).expect(201);
    }
  });
  afterAll(() => t.close());

  it('queues articles × voices as one batch and reports it until every audio is ready', async () => {
    const started = await request(t.baseUrl)
      .post('/v1/pregenerate')
      .set('Authorization', t.auth)
      .send({ articles: ['tin-1', 'tin-2'], voices: ['north-female', 'south-male'] })
      .expect(202);
    expect(started.body).toMatchObject({ total: 4, statusUrl: `/v1/batches/${started.body.batchId}` });
    let summary: Record<string, unknown> | undefined;
    for (let i = 0; i < 300; i++) {
      summary = (await request(t.baseUrl).get(started.body.statusUrl).set('Authorization', t.auth).expect(200)).body;
      if (summary?.done) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(summary).toMatchObject({ total: 4, ready: 4, failed: 0, pending: 0, progress: 1, done: true });
    // Listeners now get the audio at once.
    for (const id of ['tin-1', 'tin-2']) await request(t.baseUrl).get(`/v1/articles/${id}/audio?voice=south-male`).expect(200);
  }, 60_000);

  it('pre-generates all four voices when an article is stored with pregenerate', async () => {
    const put = await request(t.baseUrl)
      .put('/v1/articles/tin-3')
      .set('Authorization', t.auth)
      .send({ text: 'Chiều nay, Hà Nội có mưa rào.', pregenerate: true })
      .expect(201);
    expect(put.body.queued.map((q: { voice: string }) => q.voice)).toEqual(['north-female', 'north-male', 'south-female', 'south-male']);
  });

  it('rejects unknown articles, voices and missing keys, queueing nothing', async () => {
    await request(t.baseUrl).put('/v1/articles/tin-1').set('Authorization', t.auth).send({ text: 'Bản tin đã sửa: trời nắng.' }).expect(200);
    // Jobs of earlier tests may still move between states: count all of them, whatever state.
    const jobCount = async () =>
      Object.values(await t.services.queue.queue.getJobCounts('waiting', 'prioritized', 'active', 'completed', 'failed')).reduce((a, b) => a + b, 0);
    const before = await jobCount();
    await request(t.baseUrl).post('/v1/pregenerate').send({ articles: ['tin-1'] }).expect(401);
    const unknown = await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: ['tin-1', 'khong-co'] });
    expect(unknown.status).toBe(404);
    const voice = await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: ['tin-1'], voices: ['west-male'] });
    expect(voice.status).toBe(400);
    expect(voice.body.error.field).toBe('voices.0');
    // A known voice this deployment does not offer (VOICES): refused too, naming the offered ones.
    const notOffered = await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: ['tin-1'], voices: ['central-male'] });
    expect(notOffered.status).toBe(400);
    expect(notOffered.body.validVoices).toEqual(['north-female', 'north-male', 'south-female', 'south-male']);
    await request(t.baseUrl).get('/v1/batches/khong-co').set('Authorization', t.auth).expect(404);
    expect(await jobCount()).toBe(before);
  });
});
