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

  it('answers a hot MP3 with exactly the headers of the full route (helmet, CORS, caching)', async () => {
    const headersOf = (res: request.Response) => {
      const { date: _date, ...rest } = res.headers;
      return rest;
    };
    // A fresh service: its first answer about the MP3 comes through Express, the next from memory.
    const fresh = await startTestService({ env: { PLAYER_ORIGINS: HOST }, cacheDir: t.cacheDir, worker: false });
    try {
      const full = await request(fresh.baseUrl).get(manifest.audioUrl).set('Origin', HOST).set('Range', 'bytes=10-20').expect(206);
      const hot = await request(fresh.baseUrl).get(manifest.audioUrl).set('Origin', HOST).set('Range', 'bytes=10-20').expect(206);
      expect(headersOf(hot)).toEqual(headersOf(full));
      expect(hot.headers['x-content-type-options']).toBe('nosniff');
      expect(hot.headers['cross-origin-resource-policy']).toBe('cross-origin');
      const notModified = await request(fresh.baseUrl).get(manifest.audioUrl).set('If-None-Match', `"${manifest.key}"`).expect(304);
      expect(notModified.headers.etag).toBe(`"${manifest.key}"`);
      expect(notModified.headers['x-frame-options']).toBe('SAMEORIGIN');
    } finally {
      await fresh.close();
    }
  });

  it('serves ranges of a hot MP3 exactly like the full route', async () => {
    const whole = await request(t.baseUrl).get(manifest.audioUrl).buffer(true).expect(200);
    const range = await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=1000-66535').buffer(true).expect(206);
    expect(Buffer.compare(range.body, (whole.body as Buffer).subarray(1000, 66536))).toBe(0);
    await request(t.baseUrl).head(manifest.audioUrl).expect(200);
    const open = await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=2000-').buffer(true).expect(206);
    expect(Buffer.compare(open.body, (whole.body as Buffer).subarray(2000))).toBe(0);
    const suffix = await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=-300').buffer(true).expect(206);
    expect(Buffer.compare(suffix.body, (whole.body as Buffer).subarray(-300))).toBe(0);
    const size = (whole.body as Buffer).length;
    await request(t.baseUrl).get(manifest.audioUrl).set('Range', `bytes=${size}-`).expect(416);
    // A range ending past the file is cut at its end; a backwards one cannot be satisfied.
    const past = await request(t.baseUrl).get(manifest.audioUrl).set('Range', `bytes=${size - 10}-${size + 5000}`).expect(206);
    expect(past.headers['content-range']).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=500-100').expect(416);
  });

  it('behind nginx, redirects verified MP3s to the internal location (X-Accel-Redirect), with the same headers', async () => {
    const behindNginx = await startTestService({ env: { PLAYER_ORIGINS: HOST, ACCEL_REDIRECT_PREFIX: '/_audio/' }, cacheDir: t.cacheDir, worker: false });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await request(behindNginx.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=100-200').buffer(true).expect(200);
        expect(res.headers['x-accel-redirect']).toBe(`/_audio/${manifest.key}.mp3`);
        expect(res.headers.etag).toBe(`"${manifest.key}"`);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-length']).toBe('0'); // nginx sends the bytes
        expect((res.body as Buffer).length).toBe(0);
      }
      await request(behindNginx.baseUrl).get(`/v1/audio/${'c'.repeat(64)}.mp3`).expect(404);
    } finally {
      await behindNginx.close();
    }
  });

  it('leaves misses and bad input to the full route', async () => {
    await request(t.baseUrl).get('/v1/articles/khong-co/audio?voice=north-male').expect(404);
    await request(t.baseUrl).get('/v1/articles/nong/audio?voice=mien-trung').expect(400);
    await request(t.baseUrl).get(`/v1/audio/${'b'.repeat(64)}.mp3`).expect(404);
  });
});
