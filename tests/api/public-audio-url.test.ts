import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

describe('AUDIO_PUBLIC_URL', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ env: { AUDIO_PUBLIC_URL: 'https://cdn.baogialai.example/tts/' } });
  });
  afterAll(() => t.close());

  it('points manifests, job status and feeds at the public address, so MP3 bytes need not pass through the API', async () => {
    await request(t.baseUrl).put('/v1/articles/cdn-1').set('Authorization', t.auth).send({ text: 'Chiều 30-11, Pleiku có mưa rào. Nhiệt độ từ 19 đến 24 độ C.' }).expect(201);
    await request(t.baseUrl).get('/v1/articles/cdn-1/audio?voice=south-female').expect(202);
    const manifest = await waitForAudio(t.baseUrl, 'cdn-1', 'south-female');
    expect(manifest.audioUrl).toBe(`https://cdn.baogialai.example/tts/audio/${manifest.key}.mp3`);
    const job = await request(t.baseUrl).get(`/v1/jobs/${manifest.key}`).expect(200);
    expect(job.body.audioUrl).toBe(manifest.audioUrl);
    const feed = await request(t.baseUrl).get('/v1/feeds/south-female.xml').expect(200);
    expect(feed.text).toContain(`url="${manifest.audioUrl}"`);
    // The API still serves the bytes itself for anyone asking it directly.
    await request(t.baseUrl).get(`/v1/audio/${manifest.key}.mp3`).expect(200);
  });
});
