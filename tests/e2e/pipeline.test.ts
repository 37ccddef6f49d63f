import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { decodeMp3, probeMp3, rms } from '../helpers/audio.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const fixture = (name: string) => fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'articles', name), 'utf8');

/** One MP3 frame at 22050 Hz (MPEG-2 layer III: 576 samples) — and we allow a full MPEG-1 frame. */
const ONE_FRAME_MS = (1152 / 22050) * 1000;

describe('article to MP3, end to end (real Redis, espeak-ng, ffmpeg)', () => {
  let t: TestService;
  let manifest: Manifest;
  let mp3File: string;
  let scratch: string;

  beforeAll(async () => {
    t = await startTestService();
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-e2e-'));
    const text = await fixture('dak-lak-ca-phe.txt');
    await request(t.baseUrl).put('/v1/articles/dak-lak-ca-phe').set('Authorization', t.auth).send({ text }).expect(201);
    const first = await request(t.baseUrl).get('/v1/articles/dak-lak-ca-phe/audio?voice=north-female');
    expect(first.status).toBe(202);
    manifest = await waitForAudio(t.baseUrl, 'dak-lak-ca-phe', 'north-female');
    const audio = await fetch(`${t.baseUrl}${manifest.audioUrl}`);
    mp3File = path.join(scratch, 'article.mp3');
    await fs.writeFile(mp3File, Buffer.from(await audio.arrayBuffer()));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('answers with the manifest of DESIGN.md', () => {
    expect(manifest).toMatchObject({
      articleId: 'dak-lak-ca-phe',
      voice: 'north-female',
      provider: 'espeak',
      sampleRate: 22050,
      bitrateKbps: 64,
    });
    expect(manifest.key).toMatch(/^[a-f0-9]{64}$/);
    expect(manifest.audioUrl).toBe(`/v1/audio/${manifest.key}.mp3`);
    expect(manifest.segments.length).toBeGreaterThanOrEqual(12);
    for (const s of manifest.segments) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['i', 'startMs', 'endMs', 'text', 'spoken', 'charStart', 'charEnd', 'paragraph']));
    }
  });

  it('reads the article, not the page furniture, and speaks numbers as Vietnamese words', () => {
    const spoken = manifest.segments.map((s) => s.spoken).join(' ');
    const original = manifest.segments.map((s) => s.text).join(' ');
    expect(original).not.toMatch(/Theo dõi Báo|0:00|Nữ miền Bắc|Có thể bạn quan tâm/);
    expect(original.match(/Nông dân huyện Cư M'gar thu hoạch cà phê/g)).toHaveLength(1);
    expect(spoken).not.toMatch(/\d/);
    expect(spoken.toLowerCase()).toContain('ủy ban nhân dân');
    expect(spoken.toLowerCase()).toContain('hai trăm mười ba nghìn');
  });

  it('points every segment into the clean article text', async () => {
    const article = await request(t.baseUrl).get('/v1/articles/dak-lak-ca-phe').set('Authorization', t.auth).expect(200);
    for (const s of manifest.segments) expect(article.body.cleanText.slice(s.charStart, s.charEnd)).toBe(s.text);
  });

  it('encodes one mono 64 kbps MP3 whose header duration and decoded length match durationMs within one frame', async () => {
    const probe = await probeMp3(mp3File);
    expect(probe).toMatchObject({ codec: 'mp3', channels: 1, sampleRate: 22050 });
    // The header duration (less the encoder delay ffprobe reports as start time) is what a player shows.
    expect(Math.abs((probe.durationSec - probe.startSec) * 1000 - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    expect(probe.bitRate).toBeGreaterThan(60_000);
    expect(probe.bitRate).toBeLessThan(68_000);
    const pcm = await decodeMp3(mp3File, manifest.sampleRate);
    const decodedMs = (pcm.length / 2 / manifest.sampleRate) * 1000;
    expect(Math.abs(decodedMs - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    expect(manifest.durationMs).toBeGreaterThan(60_000);
  });

  it('has ordered segments that cover the whole audio, each with speech in it', async () => {
    const segments = manifest.segments;
    expect(segments[0].startMs).toBe(0);
    segments.forEach((s, i) => {
      expect(s.i).toBe(i);
      expect(s.endMs).toBeGreaterThan(s.startMs);
      if (i > 0) expect(s.startMs).toBe(segments[i - 1].endMs);
      if (i > 0) expect(s.charStart).toBeGreaterThanOrEqual(segments[i - 1].charEnd);
    });
    expect(segments.at(-1)!.endMs).toBe(manifest.durationMs);
    const pcm = await decodeMp3(mp3File, manifest.sampleRate);
    const rate = manifest.sampleRate;
    for (const s of segments) {
      expect(rms(pcm, Math.floor((s.startMs * rate) / 1000), Math.floor((s.endMs * rate) / 1000))).toBeGreaterThan(200);
    }
  });

  it('serves the MP3 with ranges, an ETag and immutable caching', async () => {
    const full = await request(t.baseUrl).get(manifest.audioUrl).buffer(true).expect(200);
    expect(full.headers['content-type']).toBe('audio/mpeg');
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(full.headers.etag).toBe(`"${manifest.key}"`);
    const size = Number(full.headers['content-length']);

    const part = await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=100-1123').buffer(true).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 100-1123/${size}`);
    expect(Buffer.compare(part.body, (full.body as Buffer).subarray(100, 1124))).toBe(0);

    const tail = await request(t.baseUrl).get(manifest.audioUrl).set('Range', 'bytes=-500').buffer(true).expect(206);
    expect(tail.body.length).toBe(500);

    await request(t.baseUrl).get(manifest.audioUrl).set('Range', `bytes=${size + 10}-`).expect(416);
    await request(t.baseUrl).get(manifest.audioUrl).set('If-None-Match', `"${manifest.key}"`).expect(304);
  });

  it('answers a second identical request from the cache, creating no second job', async () => {
    const jobsBefore = await t.services.queue.queue.getJobCounts();
    const again = await request(t.baseUrl).get('/v1/articles/dak-lak-ca-phe/audio?voice=north-female').expect(200);
    expect(again.body.key).toBe(manifest.key);
    await request(t.baseUrl).put('/v1/articles/dak-lak-ca-phe').set('Authorization', t.auth).send({ text: await fixture('dak-lak-ca-phe.txt') }).expect(200);
    await request(t.baseUrl).get('/v1/articles/dak-lak-ca-phe/audio?voice=north-female').expect(200);
    expect(await t.services.queue.queue.getJobCounts()).toEqual(jobsBefore);
  });

  it('gives a changed article a new key, and the old audio is no longer served for it', async () => {
    const text = (await fixture('dak-lak-ca-phe.txt')).replace('570.000 tấn', '580.000 tấn');
    await request(t.baseUrl).put('/v1/articles/dak-lak-ca-phe-2').set('Authorization', t.auth).send({ text: await fixture('dak-lak-ca-phe.txt') }).expect(201);
    const same = await request(t.baseUrl).get('/v1/articles/dak-lak-ca-phe-2/audio?voice=north-female').expect(200);
    expect(same.body.key).toBe(manifest.key); // same text, same audio, whatever the article ID
    await request(t.baseUrl).put('/v1/articles/dak-lak-ca-phe-2').set('Authorization', t.auth).send({ text }).expect(200);
    const changed = await request(t.baseUrl).get('/v1/articles/dak-lak-ca-phe-2/audio?voice=north-female');
    expect(changed.status).toBe(202);
    expect(changed.body.jobId).not.toBe(manifest.key);
  });

  it('makes all four voices, each sounding different', async () => {
    const text = 'Sáng 20-7, hội nghị sơ kết được tổ chức tại TP.HCM. Có 7 chỉ tiêu vượt và đạt.';
    await request(t.baseUrl).put('/v1/articles/bon-giong').set('Authorization', t.auth).send({ text }).expect(201);
    const voices = ['north-female', 'north-male', 'south-female', 'south-male'];
    const manifests = await Promise.all(voices.map((v) => waitForAudio(t.baseUrl, 'bon-giong', v)));
    expect(new Set(manifests.map((m) => m.key)).size).toBe(4);
    expect(new Set(manifests.map((m) => m.providerVoice))).toEqual(new Set(['vi+f2', 'vi+m3', 'vi-vn-x-south+f4', 'vi-vn-x-south+m1']));
    const bodies = await Promise.all(manifests.map(async (m) => Buffer.from(await (await fetch(t.baseUrl + m.audioUrl)).arrayBuffer())));
    const digests = new Set(bodies.map((b) => b.toString('base64').slice(200, 2000)));
    expect(digests.size).toBe(4);
  });
});
