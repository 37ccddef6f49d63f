/**
 * Security headers of every kind of answer (JSON, HTML, MP3, the player script), on the
 * Express path and on the hot path that answers cache hits before Express.
 */
import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const ORIGIN = 'https://bao.example';
const TEXT = 'Chiều 10-9, Sở Giao thông vận tải thông báo phân luồng tạm thời quanh cầu Nhật Tân.';

describe('security headers', () => {
  let t: TestService;
  let key: string;
  beforeAll(async () => {
    t = await startTestService({ env: { PLAYER_ORIGINS: `${ORIGIN},https://tin.example` } });
    await request(t.baseUrl).put('/v1/articles/cau-nhat-tan').set('Authorization', t.auth).send({ text: TEXT }).expect(201);
    key = (await waitForAudio(t.baseUrl, 'cau-nhat-tan', 'north-female')).key;
  }, 60_000);
  afterAll(() => t.close());

  const api = () => request(t.baseUrl);

  it('send nosniff and a referrer policy on JSON, HTML, MP3 and script answers, cache hits included', async () => {
    const answers: [string, request.Response][] = [
      ['JSON', await api().get('/v1/voices')],
      ['an error', await api().get('/v1/articles/unknown/audio')],
      ['the demo page', await api().get('/')],
      ['the embed page', await api().get('/embed/cau-nhat-tan')],
      ['the player', await api().get('/player.js')],
      ['a cached manifest (hot path)', await api().get('/v1/articles/cau-nhat-tan/audio')],
      ['an MP3 in memory (hot path)', await api().get(`/v1/audio/${key}.mp3`)],
      ['a range of it', await api().get(`/v1/audio/${key}.mp3`).set('Range', 'bytes=0-99')],
    ];
    for (const [what, res] of answers) {
      expect(res.headers['x-content-type-options'], what).toBe('nosniff');
      expect(res.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-powered-by'], what).toBeUndefined();
    }
  });

  it('send HSTS only over TLS, as told by X-Forwarded-Proto from a trusted proxy (loopback by default)', async () => {
    for (const path of ['/v1/voices', '/v1/articles/cau-nhat-tan/audio', `/v1/audio/${key}.mp3`]) {
      const plain = await api().get(path);
      expect(plain.headers['strict-transport-security'], path).toBeUndefined();
      const tls = await api().get(path).set('X-Forwarded-Proto', 'https');
      expect(tls.headers['strict-transport-security'], path).toMatch(/^max-age=31536000; includeSubDomains/);
    }
  });

  it('ignore X-Forwarded-Proto from a hop that is not trusted', async () => {
    const untrusted = await startTestService({ worker: false, env: { TRUST_PROXY: '10.0.0.0/8' } });
    try {
      const res = await request(untrusted.baseUrl).get('/v1/voices').set('X-Forwarded-Proto', 'https');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await untrusted.close();
    }
  });

  it('give the HTML pages a CSP whose script-src allows their own inline scripts by hash and nothing inline else', async () => {
    for (const path of ['/', '/embed/cau-nhat-tan']) {
      const res = await api().get(path).expect(200);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc, `${path}: ${csp}`).toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain('*');
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'none'/);
      const inline = [...res.text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((code) => code.trim());
      for (const code of inline) expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    // The embed page may be framed by the player origins only; the demo page by itself.
    expect((await api().get('/embed/cau-nhat-tan')).headers['content-security-policy']).toContain(`frame-ancestors 'self' ${ORIGIN} https://tin.example`);
    expect((await api().get('/')).headers['content-security-policy']).toContain("frame-ancestors 'self'");
    // The docs page runs no script at all.
    const docs = await api().get('/docs').expect(200);
    expect(docs.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(docs.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(docs.text).not.toMatch(/<script/);
  });

  it('challenge with WWW-Authenticate on every 401', async () => {
    const missing = await api().get('/v1/lexicon').expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="tts-reader"');
    expect(missing.body.error.code).toBe('unauthorized');
    const wrong = await api().get('/v1/lexicon').set('Authorization', 'Bearer not-the-key').expect(401);
    expect(wrong.headers['www-authenticate']).toBe('Bearer realm="tts-reader", error="invalid_token"');
    // The dashboard is opened in a browser: the challenge makes it ask for the key (Basic).
    const dashboard = await api().get('/admin/queues').expect(401);
    expect(dashboard.headers['www-authenticate']).toBe('Basic realm="tts-reader", charset="UTF-8"');
  });

  it('vary /player.js on Origin (its CORS answer depends on it) and on Accept-Encoding', async () => {
    const allowed = await api().get('/player.js').set('Origin', ORIGIN).set('Accept-Encoding', 'gzip').expect(200);
    const vary = String(allowed.headers.vary).split(',').map((v) => v.trim().toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['origin', 'accept-encoding']));
    expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(allowed.headers['content-encoding']).toBe('gzip');
    const other = await api().get('/player.js').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(String(other.headers.vary).toLowerCase()).toContain('origin');
  });
});
