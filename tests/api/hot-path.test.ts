import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import type { Manifest } from '../../src/manifest.js';

const HOST = 'https://bao.example.vn';

describe('cache hits answered before Express (hot path)', () => {
  let t: TestService;
  let manifest: Manifest;
  beforeAll(async () => {
    t = await startTestService({ env: { PLAYER_ORIGINS: HOST } });
    await request(t.baseUrl).put('/v1/articles/nong').set('Authorization', t.auth).send({ text: 'Hà Nội nắng nóng 39 độ C. Người dân hạn chế ra đường.' }).expect(201);
    manifest = await waitForAudio(t.baseUrl, 'nong', 'north-male');
  }, 60_000);
  afterAll(() => t.close());

  it('gives the same manifest as the full route, with ETag revalidation', async () => {
    const hot = await request(t.baseUrl).get('/v1/articles/nong/audio?voice=north-male').expect(200);
    // `retry` is never answered from memory: this one goes through Express.
    const full = await request(t.baseUrl).get('/v1/articles/nong/audio?voice=north-male&retry=1').expect(200);
    expect(hot.text).toBe(full.text);
    expect(hot.headers.etag).toBe(full.headers.etag);
    expect(hot.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(hot.body).toMatchObject({ articleId: 'nong', key: manifest.key });
    await request(t.baseUrl).get('/v1/articles/nong/audio?voice=north-male').set('If-None-Match', hot.headers.etag).expect(304);
  });

  it('applies PLAYER_ORIGINS to manifests and MP3s served from memory', async () => {
    await request(t.baseUrl).get(manifest.audioUrl).expect(200); // now hot in memory
    for (const url of ['/v1/articles/nong/audio?voice=north-male', manifest.audioUrl]) {
      const allowed = await request(t.baseUrl).get(url).set('Origin', HOST).expect(200);
      expect(allowed.headers['access-control-allow-origin']).toBe(HOST);
      expect(allowed.headers['access-control-expose-headers']).toContain('Content-Range');
      const other = await request(t.baseUrl).get(url).set('Origin', 'https://evil.example').expect(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('serves ranges of a hot MP3 exactly like the full route', async () => {
    const whole = await request(t.baseUrl).get(manifest.audioUrl).buffer(true).expect(200);
    const range = await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=1000-66535').buffer(true).expect(206);
    expect(Buffer.compare(range.body, (whole.body as Buffer).subarray(1000, 66536))).toBe(0);
    await request(t.baseUrl).head(manifest.audioUrl).expect(200);
  });

  it('leaves misses and bad input to the full route', async () => {
    await request(t.baseUrl).get('/v1/articles/khong-co/audio?voice=north-male').expect(404);
    await request(t.baseUrl).get('/v1/articles/nong/audio?voice=mien-trung').expect(400);
    await request(t.baseUrl).get(`/v1/audio/${'b'.repeat(64)}.mp3`).expect(404);
  });
});
