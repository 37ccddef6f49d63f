/**
 * One article per cloud provider, through the real API and worker (real Redis, ffmpeg) to a
 * playable MP3. The providers themselves are nock'd: each reply is a generated WAV.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VoiceId } from '../../src/voices.js';
import { decodeMp3, probeMp3 } from '../helpers/audio.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { makeWav } from './support/audio.js';

const SAMPLE_RATE = 24_000;
/** One MPEG-1 layer III frame at 24 kHz, the most the header duration may differ by. */
const ONE_FRAME_MS = (1152 / SAMPLE_RATE) * 1000;
const ARTICLE = [
  'Sáng nay, mưa lớn kéo dài khiến nhiều tuyến phố ở trung tâm thành phố ngập sâu.',
  'Lực lượng chức năng đã có mặt để phân luồng giao thông và hỗ trợ người dân.',
  'Cơ quan khí tượng dự báo mưa còn tiếp diễn trong những ngày tới.',
].join(' ');

interface ProviderCase {
  name: string;
  voice: VoiceId;
  providerVoice: string;
  env: Record<string, string>;
  /** Answers every synthesis request with audio and records the voice each asked for. */
  mock(voicesSeen: string[]): void;
}

const wav = () => makeWav({ sampleRate: SAMPLE_RATE, durationMs: 400 });

const CASES: ProviderCase[] = [
  {
    name: 'google', voice: 'north-female', providerVoice: 'vi-VN-Neural2-A',
    env: { GOOGLE_TTS_API_KEY: 'k', GOOGLE_CLOUD_PROJECT: 'p', GOOGLE_TTS_ENDPOINT: 'http://google-tts.test' },
    mock(seen) {
      nock('http://google-tts.test').persist().post(/text:synthesize/).query(true).reply(200, (_uri, body) => {
        seen.push((body as { voice: { name: string } }).voice.name);
        return { audioContent: wav().toString('base64') };
      });
    },
  },
  {
    name: 'zalo', voice: 'south-male', providerVoice: '3',
    env: { ZALO_API_KEY: 'k', ZALO_TTS_URL: 'https://zalo.test/tts' },
    mock(seen) {
      nock('https://zalo.test').persist().post('/tts').reply(200, (_uri, body) => {
        seen.push(new URLSearchParams(String(body)).get('speaker_id') ?? '');
        return { error_code: 0, data: { url: `https://cdn.zalo.test/${seen.length}.wav` } };
      });
      nock('https://cdn.zalo.test').persist().get(/\.wav$/).reply(200, () => wav());
    },
  },
  {
    name: 'viettel', voice: 'south-female', providerVoice: 'hcm-diemmy',
    env: { VIETTEL_TOKEN: 'k', VIETTEL_TTS_URL: 'https://viettel.test/tts' },
    mock(seen) {
      nock('https://viettel.test').persist().post('/tts').reply(200, (_uri, body) => {
        seen.push((body as { voice: string }).voice);
        return wav();
      }, { 'content-type': 'audio/wav' });
    },
  },
  {
    name: 'fpt', voice: 'north-male', providerVoice: 'leminh',
    env: { FPT_API_KEY: 'k', FPT_TTS_URL: 'https://fpt.test/tts', FPT_POLL_INTERVAL_MS: '10' },
    mock(seen) {
      nock('https://fpt.test').persist().post('/tts').reply(200, function () {
        seen.push(String(this.req.headers.voice));
        return { error: 0, async: `https://files.fpt.test/${seen.length}.wav` };
      });
      nock('https://files.fpt.test').persist().get(/\.wav$/).reply(200, () => wav());
    },
  },
];

let scratch: string;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-providers-e2e-'));
});
afterEach(() => nock.cleanAll());
afterAll(async () => {
  nock.enableNetConnect();
  await fs.rm(scratch, { recursive: true, force: true });
});

describe.each(CASES)('$name through the API and worker', (providerCase) => {
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });

  it(`reads an article with ${providerCase.voice} to a playable MP3`, async () => {
    const seen: string[] = [];
    providerCase.mock(seen);
    service = await startTestService({
      env: { ...providerCase.env, TTS_VOICE_PROVIDERS: `${providerCase.voice}=${providerCase.name}` },
      worker: { retry: { baseDelayMs: 1, maxDelayMs: 5 } },
    });
    const id = `e2e-${providerCase.name}`;
    await request(service.baseUrl).put(`/v1/articles/${id}`).set('Authorization', service.auth).send({ text: ARTICLE }).expect(201);
    const manifest = await waitForAudio(service.baseUrl, id, providerCase.voice, 60_000);

    expect(manifest).toMatchObject({ provider: providerCase.name, voice: providerCase.voice, sampleRate: SAMPLE_RATE });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([providerCase.providerVoice]));

    const mp3 = path.join(scratch, `${providerCase.name}.mp3`);
    const download = await fetch(`${service.baseUrl}${manifest.audioUrl}`);
    expect(download.status).toBe(200);
    await fs.writeFile(mp3, Buffer.from(await download.arrayBuffer()));
    const probe = await probeMp3(mp3);
    expect(probe.codec).toBe('mp3');
    expect(probe).toMatchObject({ channels: 1, sampleRate: SAMPLE_RATE });
    // The header duration less the encoder delay (ffprobe's start time) is what a player shows.
    expect(Math.abs((probe.durationSec - probe.startSec) * 1000 - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    const decodedMs = ((await decodeMp3(mp3, SAMPLE_RATE)).length / 2 / SAMPLE_RATE) * 1000;
    expect(Math.abs(decodedMs - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    expect(manifest.durationMs).toBeGreaterThanOrEqual(seen.length * 400 - ONE_FRAME_MS);

    const billed = await service.services.redis.get(`${service.prefix}:tts:${providerCase.name}:chars`);
    expect(Number(billed)).toBeGreaterThan(0);
    // The job's own cost: every character of the spoken text, counted once.
    const job = await request(service.baseUrl).get(`/v1/jobs/${manifest.key}`).expect(200);
    const spokenChars = manifest.segments.reduce((sum, s) => sum + Array.from(s.spoken).length, 0);
    expect(job.body.billedChars).toBe(Number(billed));
    expect(job.body.billedChars).toBeGreaterThanOrEqual(spokenChars - manifest.segments.length);
  }, 90_000);
});

describe('provider faults through the API and worker', () => {
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });

  it('fails the job at once with the provider message, after one request', async () => {
    let requests = 0;
    nock('https://zalo.test').persist().post('/tts').reply(401, () => {
      requests += 1;
      return { error_code: 401, error_message: 'Invalid API key' };
    });
    service = await startTestService({
      env: { ZALO_API_KEY: 'wrong', ZALO_TTS_URL: 'https://zalo.test/tts', TTS_VOICE_PROVIDERS: 'south-female=zalo' },
      worker: { retry: { baseDelayMs: 1, maxDelayMs: 5 } },
    });
    // One sentence, one chunk: any second request would be a retry.
    const text = 'Sáng nay, mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu.';
    await request(service.baseUrl).put('/v1/articles/e2e-auth').set('Authorization', service.auth).send({ text }).expect(201);
    const started = await request(service.baseUrl).get('/v1/articles/e2e-auth/audio?voice=south-female').expect(202);
    const jobId = started.body.jobId as string;

    const status = await waitForJobEnd(service.baseUrl, jobId, 20_000);
    expect(status.state).toBe('failed');
    expect(status.error).toContain('zalo: HTTP 401: Invalid API key');
    expect(status.error).toContain('not retried');
    expect(requests).toBe(1);
  }, 60_000);

  it('fails the job with a clear reason when the provider keeps answering 503', async () => {
    let requests = 0;
    nock('https://viettel.test').persist().post('/tts').reply(503, () => {
      requests += 1;
      return { message: 'Service temporarily overloaded' };
    });
    service = await startTestService({
      env: { VIETTEL_TOKEN: 't', VIETTEL_TTS_URL: 'https://viettel.test/tts', TTS_VOICE_PROVIDERS: 'north-male=viettel' },
      worker: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } },
    });
    await request(service.baseUrl).put('/v1/articles/e2e-5xx').set('Authorization', service.auth)
      .send({ text: 'Giá xăng trong nước được điều chỉnh từ chiều nay.' }).expect(201);
    const started = await request(service.baseUrl).get('/v1/articles/e2e-5xx/audio?voice=north-male').expect(202);
    const status = await waitForJobEnd(service.baseUrl, started.body.jobId as string, 45_000);
    expect(status.state).toBe('failed');
    expect(status.error).toContain('viettel: HTTP 503: Service temporarily overloaded (gave up after 2 attempts)');
    // Bounded: 2 attempts per chunk, for each of the queue's job attempts.
    expect(requests).toBeGreaterThanOrEqual(2);
    expect(requests % 2).toBe(0);
  }, 60_000);
});

/** Polls a job until it completes or fails. */
async function waitForJobEnd(baseUrl: string, jobId: string, timeoutMs: number): Promise<{ state: string; error?: string }> {
  let status: { state: string; error?: string } = { state: 'waiting' };
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (await request(baseUrl).get(`/v1/jobs/${jobId}`)).body;
    if (status.state === 'failed' || status.state === 'completed') return status;
  }
  return status;
}
