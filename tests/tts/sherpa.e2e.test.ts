/**
 * An article read by the sherpa engine, through the whole service: real API → real BullMQ
 * worker (real Redis) → sherpa-onnx thread on a tiny model built here → one ffmpeg encode
 * → an MP3 whose decoded length and sentence onsets match the manifest.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { VOICE_IDS } from '../../src/voices.js';
import { decodeMp3, probeMp3, rms } from '../helpers/audio.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { createSherpaTestModels, sherpaVoices, TEST_LICENSE, type SherpaTestModels } from './support/sherpa-models.js';

/** The rate of Vietnamese Piper models of "low" quality (vivos, 25hours_single). */
const SAMPLE_RATE = 16_000;
/** One MPEG-2 layer III frame at 16 kHz: the most the header duration may differ by. */
const ONE_FRAME_MS = (576 / SAMPLE_RATE) * 1000;
const VOICE = 'south-female';

describe('an article read by sherpa-onnx, end to end', () => {
  let models: SherpaTestModels;
  let t: TestService;
  let manifest: Manifest;
  let mp3File: string;
  let pcm: Buffer;

  beforeAll(async () => {
    models = createSherpaTestModels();
    const model = models.add('e2e', { sampleRate: SAMPLE_RATE, samplesPerToken: 1024 });
    const stated = Object.fromEntries(VOICE_IDS.map((id) => [id, { sampleRate: SAMPLE_RATE }]));
    t = await startTestService({ env: { TTS_PROVIDER: 'sherpa', SHERPA_VOICES: JSON.stringify(sherpaVoices(model, stated)) } });
    const text = await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'sherpa', 'mua-lu-mien-trung.txt'), 'utf8');
    await request(t.baseUrl).put('/v1/articles/mua-lu').set('Authorization', t.auth).send({ title: 'Mưa lũ miền Trung', text }).expect(201);
    const first = await request(t.baseUrl).get(`/v1/articles/mua-lu/audio?voice=${VOICE}`);
    expect(first.status).toBe(202);
    manifest = await waitForAudio(t.baseUrl, 'mua-lu', VOICE);
    mp3File = path.join(models.root, 'article.mp3');
    await fs.writeFile(mp3File, Buffer.from(await (await fetch(`${t.baseUrl}${manifest.audioUrl}`)).arrayBuffer()));
    pcm = await decodeMp3(mp3File, SAMPLE_RATE);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    models?.cleanup();
  });

  it('answers with a manifest of the sherpa voice, at the model rate, without word timings of its own', () => {
    expect(manifest).toMatchObject({ articleId: 'mua-lu', voice: VOICE, provider: 'sherpa', providerVoice: 'tiny-e2e#2', sampleRate: SAMPLE_RATE });
    // The title, then the six sentences of the article.
    expect(manifest.segments.map((s) => s.text.slice(0, 12))).toEqual(['Mưa lũ miền ', 'Mưa lớn kéo ', 'Lực lượng cứ', 'Theo cơ quan', 'Mực nước trê', 'Chính quyền ', 'Các trường h']);
    // The model gives no durations: any word timings must be marked as estimates.
    if (manifest.segments.some((s) => s.words)) expect(manifest.wordTiming).toBe('estimated');
  });

  it('encodes one mono MP3 whose header duration and decoded length match durationMs within one frame', async () => {
    const probe = await probeMp3(mp3File);
    expect(probe).toMatchObject({ codec: 'mp3', channels: 1, sampleRate: SAMPLE_RATE });
    expect(Math.abs((probe.durationSec - probe.startSec) * 1000 - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    const decodedMs = (pcm.length / 2 / SAMPLE_RATE) * 1000;
    expect(Math.abs(decodedMs - manifest.durationMs)).toBeLessThanOrEqual(ONE_FRAME_MS);
    expect(manifest.durationMs).toBeGreaterThan(20_000);
  });

  it('times every sentence exactly: each starts at its first sound, after the silence of the pause before it', () => {
    const segments = manifest.segments;
    expect(segments[0].startMs).toBe(0);
    expect(segments.at(-1)!.endMs).toBe(manifest.durationMs);
    const at = (ms: number) => Math.round((ms * SAMPLE_RATE) / 1000);
    segments.forEach((s, i) => {
      if (i > 0) {
        expect(s.startMs).toBe(segments[i - 1].endMs);
        expect(rms(pcm, at(s.startMs - 300), at(s.startMs - 10))).toBeLessThan(30);
      }
      // The stitcher keeps 5 ms of lead-in before a sentence's first sound.
      let onset = at(s.startMs);
      while (Math.abs(pcm.readInt16LE(onset * 2)) < 3_000) onset++;
      expect((onset * 1000) / SAMPLE_RATE - s.startMs).toBeGreaterThanOrEqual(3);
      expect((onset * 1000) / SAMPLE_RATE - s.startMs).toBeLessThanOrEqual(8);
      expect(rms(pcm, at(s.startMs + 10), at(s.endMs - 400))).toBeGreaterThan(2_000);
    });
  });

  it('lists the model, its rate, licence and real accent in GET /v1/voices, and is ready', async () => {
    const { body } = await request(t.baseUrl).get('/v1/voices').expect(200);
    expect(body.voices.find((v: { id: string }) => v.id === VOICE)).toEqual({
      id: VOICE, label: 'Nữ miền Nam', accent: 'south', gender: 'female', provider: 'sherpa', providerVoice: 'tiny-e2e#2',
      realAccent: 'south', realGender: 'female', model: 'tiny-e2e', sampleRate: SAMPLE_RATE, license: TEST_LICENSE,
    });
    const ready = await request(t.baseUrl).get('/readyz');
    expect(ready.body.checks.providers).toBe('ok');
  });
});
