/**
 * nginx sending verified MP3s itself (VERIFIED_AUDIO_DIR, `tts-reader nginx-config`), with a
 * real nginx in front of the real API and worker: the bytes and headers are the API's, the
 * API is not asked once a file is linked, and a file that changes, is withdrawn or goes
 * stops being sent by nginx.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNginxConfig } from '../../src/api/nginx-config.js';
import type { Manifest } from '../../src/manifest.js';
import { startNginx, type TestNginx } from '../helpers/nginx.js';
import { freePort, waitFor } from '../helpers/processes.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const HOST = 'https://bao.example.vn';
const ARTICLE = 'Sáng 12-6, Sở Y tế TP.HCM cho biết 1.250 ca sốt xuất huyết đã được ghi nhận. Người dân cần diệt lăng quăng mỗi tuần.';
/** Headers whose values nginx and the API must agree on for the same request. */
const COMPARED = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'etag',
  'cache-control',
  'vary',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'cross-origin-resource-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

describe('nginx sending verified MP3s from the links the API keeps', () => {
  let t: TestService;
  let nginx: TestNginx;
  let linksDir: string;
  let apiRequests = 0;
  let manifest: Manifest;
  const linkOf = (key: string) => path.join(linksDir, `${key}.mp3`);
  const linked = (key: string) => fs.lstat(linkOf(key)).then(() => true, () => false);
  const headersOf = (res: request.Response) => Object.fromEntries(COMPARED.map((name) => [name, res.headers[name]]));

  beforeAll(async () => {
    linksDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-links-'));
    // No MP3 kept in the API's memory: a request nginx leaves to the API reads the file (and checks it).
    t = await startTestService({ env: { PLAYER_ORIGINS: HOST, VERIFIED_AUDIO_DIR: linksDir, MEMORY_CACHE_BYTES: '0' } });
    await t.services.verifiedLinks!.start();
    t.server.on('request', () => apiRequests++);
    const port = await freePort();
    const config = renderNginxConfig({ listen: `127.0.0.1:${port}`, apiServers: [new URL(t.baseUrl).host], verifiedAudioDir: linksDir, playerOrigins: [HOST] });
    nginx = await startNginx(config, port);
    await request(t.baseUrl).put('/v1/articles/sxh').set('Authorization', t.auth).send({ text: ARTICLE }).expect(201);
    manifest = await waitForAudio(t.baseUrl, 'sxh', 'north-female');
  }, 90_000);
  afterAll(async () => {
    await nginx?.stop();
    await t?.close();
    await fs.rm(linksDir, { recursive: true, force: true });
  });

  it('links a file once the API has verified it, then sends it without asking the API, with the API’s headers', async () => {
    const file = await fs.readFile(t.services.audio.localMp3Path(manifest.key)!);
    expect(await linked(manifest.key)).toBe(false);
    const range = 'bytes=1000-4999';
    const first = await request(nginx.url).get(manifest.audioUrl).set('Range', range).set('Origin', HOST).expect(206); // the API answers and verifies
    expect(Buffer.compare(first.body, file.subarray(1000, 5000))).toBe(0);
    await waitFor('the link', () => linked(manifest.key) || undefined, 5000);

    const before = apiRequests;
    const direct = await request(nginx.url).get(manifest.audioUrl).set('Range', range).set('Origin', HOST).expect(206);
    expect(apiRequests).toBe(before);
    expect(Buffer.compare(direct.body, file.subarray(1000, 5000))).toBe(0);
    const fromApi = await request(t.baseUrl).get(manifest.audioUrl).set('Range', range).set('Origin', HOST).expect(206);
    expect(headersOf(direct)).toEqual(headersOf(fromApi));
    expect(direct.headers['access-control-allow-origin']).toBe(HOST);

    // Another origin gets no CORS grant, as from the API; a whole GET and a HEAD too.
    const other = await request(nginx.url).get(manifest.audioUrl).set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(Buffer.compare(other.body, file)).toBe(0);
    expect(other.headers['accept-ranges']).toBe('bytes'); // once, not nginx's and ours
    const head = await request(nginx.url).head(manifest.audioUrl).expect(200);
    expect(head.headers['content-length']).toBe(String(file.length));
    expect(apiRequests).toBe(before + 1); // only the comparison request above reached the API
  });

  it('answers revalidation, past-the-end ranges and the CORS preflight as the API does', async () => {
    await waitFor('the link', () => linked(manifest.key) || undefined, 5000);
    await request(nginx.url).get(manifest.audioUrl).set('If-None-Match', `"${manifest.key}"`).expect(304);
    await request(nginx.url).get(manifest.audioUrl).set('Range', 'bytes=99999999-').expect(416);
    const preflight = await request(nginx.url).options(manifest.audioUrl).set('Origin', HOST).set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'range');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(HOST);
  });

  it('stops sending a file that changed on disk within the recheck, and the API sets it aside', async () => {
    await request(t.baseUrl).put('/v1/articles/hong').set('Authorization', t.auth).send({ text: 'Nhiều tuyến phố ở Hà Nội ngập sâu sau mưa lớn. Giao thông ùn tắc kéo dài.' }).expect(201);
    const damaged = await waitForAudio(t.baseUrl, 'hong', 'north-female');
    await request(nginx.url).get(damaged.audioUrl).expect(200);
    await waitFor('the link', () => linked(damaged.key) || undefined, 5000);
    const mp3 = t.services.audio.localMp3Path(damaged.key)!;
    const intact = await fs.readFile(mp3);
    await fs.truncate(mp3, 2000);
    await waitFor('the link to go', async () => !(await linked(damaged.key)) || undefined, 8000);
    expect(intact.length).toBeGreaterThan(2000);
    // The API answers now: the file is not what it verified, so it is set aside, not sent.
    await request(nginx.url).get(damaged.audioUrl).expect(404);
    expect(await linked(damaged.key)).toBe(false);
    await expect(fs.stat(mp3)).rejects.toThrow();
  });

  it('stops sending an unpublished article’s audio as soon as the retraction is answered', async () => {
    const text = 'Bài viết này sẽ được gỡ xuống. Tòa soạn đã đính chính thông tin.';
    await request(t.baseUrl).put('/v1/articles/rut').set('Authorization', t.auth).send({ text }).expect(201);
    const retracted = await waitForAudio(t.baseUrl, 'rut', 'north-female');
    await request(nginx.url).get(retracted.audioUrl).expect(200);
    await waitFor('the link', () => linked(retracted.key) || undefined, 5000);
    await request(t.baseUrl).put('/v1/articles/rut').set('Authorization', t.auth).send({ text, published: false }).expect(200);
    await request(nginx.url).get(retracted.audioUrl).expect(404);
  });

  it('takes every link away when the API stops (nothing unchecked is left for nginx)', async () => {
    await waitFor('the link', () => linked(manifest.key) || undefined, 5000);
    await t.services.verifiedLinks!.stop();
    expect(await linked(manifest.key)).toBe(false);
    await t.services.verifiedLinks!.start();
  });
});
