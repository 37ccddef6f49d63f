/**
 * Pay only for what changed: a 40-sentence article read by a paid voice (Zalo, nock'd),
 * then one sentence corrected. Through the real API and worker (Redis, ffmpeg): the
 * correction's job sends that one sentence to Zalo, bills its characters only, and still
 * makes one MP3 of exact timings.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { decodeMp3 } from '../helpers/audio.js';
import { waitFor } from '../helpers/processes.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { makeWav } from '../tts/support/audio.js';

const SAMPLE_RATE = 24_000;
/** One MPEG-1 layer III frame at 24 kHz: the most a decoded length may differ by. */
const ONE_FRAME_MS = (1152 / SAMPLE_RATE) * 1000;
const VOICE = 'south-male';
const ORIGINAL_SENTENCE = 'Tổng mức đầu tư của dự án ước tính hơn 19.000 tỷ đồng.';
const CORRECTED_SENTENCE = 'Tổng mức đầu tư của dự án ước tính hơn 19.500 tỷ đồng.';

/** Zalo as nock plays it: every request is counted and answered with a tone as long as its text. */
function mockZalo() {
  const texts: string[] = [];
  nock('https://zalo.test')
    .persist()
    .post('/tts')
    .reply(200, (_uri, body) => {
      texts.push(new URLSearchParams(String(body)).get('input') ?? '');
      return { error_code: 0, data: { url: `https://cdn.zalo.test/${texts.length - 1}.wav` } };
    });
  nock('https://cdn.zalo.test')
    .persist()
    .get(/\/\d+\.wav$/)
    .reply(200, (uri) => {
      const n = Number(/(\d+)\.wav$/.exec(uri)![1]);
      // 45 ms per character, a different pitch per request: like speech, no two chunks alike.
      return makeWav({ sampleRate: SAMPLE_RATE, durationMs: 45 * Array.from(texts[n]).length, frequency: 220 + (n % 40) * 10 });
    });
  return texts;
}

describe('editing one sentence of a 40-sentence article read by a paid voice', () => {
  let t: TestService;
  let scratch: string;
  let zaloTexts: string[];
  let before: Manifest;
  let after: Manifest;
  let requestsForEdit: string[];
  let editJob: { billedChars: number; state: string };

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    zaloTexts = mockZalo();
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-rebill-'));
    t = await startTestService({
      env: { ZALO_API_KEY: 'k', ZALO_TTS_URL: 'https://zalo.test/tts', TTS_VOICE_PROVIDERS: `${VOICE}=zalo` },
      worker: { retry: { baseDelayMs: 1, maxDelayMs: 5 } },
    });
    const text = await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'editors', 'quang-ngai-cao-toc.txt'), 'utf8');
    expect(text).toContain(ORIGINAL_SENTENCE);
    await request(t.baseUrl).put('/v1/articles/cao-toc').set('Authorization', t.auth).send({ text }).expect(201);
    before = await waitForAudio(t.baseUrl, 'cao-toc', VOICE, 90_000);

    const requestsBefore = zaloTexts.length;
    // The correction: the voice that had audio is regenerated without being asked.
    const put = await request(t.baseUrl)
      .put('/v1/articles/cao-toc')
      .set('Authorization', t.auth)
      .send({ text: text.replace(ORIGINAL_SENTENCE, CORRECTED_SENTENCE) })
      .expect(200);
    expect(put.body.changed).toBe(true);
    expect(put.body.queued).toEqual(expect.arrayContaining([{ voice: VOICE, state: 'queued' }]));
    after = await waitForAudio(t.baseUrl, 'cao-toc', VOICE, 90_000);
    requestsForEdit = zaloTexts.slice(requestsBefore);
    // The audio is published before the job is marked completed: wait for the job's own end.
    editJob = await waitFor('the edit job to complete', async () => {
      const job = (await request(t.baseUrl).get(`/v1/jobs/${after.key}`).expect(200)).body;
      return job.state === 'completed' ? job : undefined;
    }, 10_000);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    nock.cleanAll();
    nock.enableNetConnect();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('first reads all 40 sentences, one request each', () => {
    expect(before.segments).toHaveLength(40);
    expect(zaloTexts.length - requestsForEdit.length).toBe(40);
  });

  it('sends only the corrected sentence again and bills its spoken characters only', () => {
    expect(after.key).not.toBe(before.key);
    const changed = after.segments.filter((s, i) => s.spoken !== before.segments[i].spoken);
    expect(changed.map((s) => s.text)).toEqual([CORRECTED_SENTENCE]);
    expect(requestsForEdit).toEqual([changed[0].spoken]);
    expect(editJob.state).toBe('completed');
    expect(editJob.billedChars).toBe(Array.from(changed[0].spoken).length);
  });

  it('keeps the timings of every sentence before the edit and shifts the rest by the same amount', () => {
    const edited = after.segments.findIndex((s) => s.text === CORRECTED_SENTENCE);
    for (let i = 0; i < edited; i++) expect([after.segments[i].startMs, after.segments[i].endMs]).toEqual([before.segments[i].startMs, before.segments[i].endMs]);
    const shift = after.segments[edited].endMs - before.segments[edited].endMs;
    expect(shift).not.toBe(0); // "mười chín nghìn năm trăm" is longer than "mười chín nghìn"
    // Whole samples shift; rounding each time to milliseconds can differ by one.
    for (let i = edited + 1; i < 40; i++) expect(Math.abs(after.segments[i].startMs - before.segments[i].startMs - shift)).toBeLessThanOrEqual(1);
  });

  it('is still one encode with exact, contiguous timings', async () => {
    const file = path.join(scratch, 'after.mp3');
    const res = await fetch(`${t.baseUrl}${after.audioUrl}`);
    expect(res.status).toBe(200);
    await fs.writeFile(file, Buffer.from(await res.arrayBuffer()));
    const decodedMs = ((await decodeMp3(file, SAMPLE_RATE)).length / 2 / SAMPLE_RATE) * 1000;
    expect(Math.abs(decodedMs - after.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    expect(after.segments[0].startMs).toBe(0);
    for (let i = 1; i < after.segments.length; i++) expect(after.segments[i].startMs).toBe(after.segments[i - 1].endMs);
    expect(after.segments.at(-1)!.endMs).toBe(after.durationMs);
  });
});
