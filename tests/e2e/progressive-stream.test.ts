import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMp3 } from '../helpers/audio.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

/** A long article (about 120 sentences) so that generation takes a while. */
async function longArticle(): Promise<string> {
  const base = await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'articles', 'dak-lak-ca-phe.txt'), 'utf8');
  const body = base.split('\n').filter((l) => l.length > 80);
  return Array.from({ length: 8 }, (_, i) => body.map((p) => p.replace(/\d+/, String(i + 2))).join('\n\n')).join('\n\n');
}

describe('progressive playback', () => {
  let t: TestService;
  let scratch: string;
  beforeAll(async () => {
    t = await startTestService();
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-stream-'));
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('streams the MP3 while it is encoded; the stream holds the same audio as the final file', async () => {
    await request(t.baseUrl).put('/v1/articles/dai-dong').set('Authorization', t.auth).send({ text: await longArticle() }).expect(201);
    let streamUrl: string | undefined;
    for (let i = 0; i < 200 && !streamUrl; i++) {
      const res = await request(t.baseUrl).get('/v1/articles/dai-dong/audio?voice=south-male');
      expect(res.status).toBe(202);
      streamUrl = res.body.streamUrl;
      if (!streamUrl) await new Promise((r) => setTimeout(r, 20));
    }
    expect(streamUrl).toMatch(/^\/v1\/stream\/[a-f0-9]{64}\.mp3$/);

    const started = Date.now();
    const response = await fetch(t.baseUrl + streamUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const reader = response.body!.getReader();
    const parts: Uint8Array[] = [];
    let firstBytesAt = 0;
    let jobStateAtFirstBytes = '';
    let sinceChecked = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!firstBytesAt) {
        firstBytesAt = Date.now() - started;
        const key = streamUrl!.slice('/v1/stream/'.length, -4);
        jobStateAtFirstBytes = (await request(t.baseUrl).get(`/v1/jobs/${key}`)).body.state;
      }
      if (!sinceChecked) {
        // A polling player asks only for the sentences it does not have yet.
        const all = await request(t.baseUrl).get('/v1/articles/dai-dong/audio?voice=south-male');
        const later = await request(t.baseUrl).get('/v1/articles/dai-dong/audio?voice=south-male&since=2');
        if (all.status === 202 && later.status === 202 && all.body.segments.length >= 3) {
          expect(later.body.segments[0].i).toBe(2);
          expect(later.body.segments.every((s: { i: number }) => s.i >= 2)).toBe(true);
          sinceChecked = true;
        }
      }
      parts.push(value);
    }
    // Audio arrived while the job was still running.
    expect(jobStateAtFirstBytes).toBe('active');
    expect(sinceChecked).toBe(true);

    const manifest = await waitForAudio(t.baseUrl, 'dai-dong', 'south-male');
    const streamed = path.join(scratch, 'streamed.mp3');
    const final = path.join(scratch, 'final.mp3');
    await fs.writeFile(streamed, Buffer.concat(parts));
    await fs.writeFile(final, Buffer.from(await (await fetch(t.baseUrl + manifest.audioUrl)).arrayBuffer()));
    const [a, b] = await Promise.all([decodeMp3(streamed, manifest.sampleRate), decodeMp3(final, manifest.sampleRate)]);
    // Same frames; only the duration header, rewritten at the end, may differ in how much
    // of the encoder delay a decoder trims (at most one frame).
    expect(Math.abs(a.length - b.length) / 2).toBeLessThanOrEqual(1152);
    expect(manifest.durationMs).toBeGreaterThan(60_000);
  }, 120_000);

  it('answers the stream URL of finished audio with the final file', async () => {
    await request(t.baseUrl).put('/v1/articles/ngan').set('Authorization', t.auth).send({ text: 'Hôm nay trời nắng đẹp.' }).expect(201);
    const manifest = await waitForAudio(t.baseUrl, 'ngan', 'north-female');
    const res = await request(t.baseUrl).get(`/v1/stream/${manifest.key}.mp3`).buffer(true).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeGreaterThan(1000);
    await request(t.baseUrl).get(`/v1/stream/${'0'.repeat(64)}.mp3`).expect(404);
  }, 60_000);
});
