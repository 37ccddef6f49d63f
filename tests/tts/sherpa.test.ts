/**
 * The sherpa engine on tiny VITS models built at test time and run by sherpa-onnx for real:
 * what it makes of text, how voices differ, what it reports, and how it refuses models that
 * do not load without taking the process down.
 */
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakProvider } from '../../src/tts/espeak.js';
import { ProviderError, type TtsProvider } from '../../src/tts/provider.js';
import { createProviderSet } from '../../src/tts/registry.js';
import { parseSherpaVoices } from '../../src/tts/sherpa-config.js';
import { createSherpaProvider } from '../../src/tts/sherpa.js';
import { createThreadClient, findThreadScript, type ThreadReply } from '../../src/tts/worker-thread.js';
import { VOICE_IDS, type VoiceId } from '../../src/voices.js';
import type { TinyModel } from '../fixtures/sherpa/tiny-vits-model.js';
import { createSherpaTestModels, sherpaVoices, TEST_LICENSE, type SherpaTestModels } from './support/sherpa-models.js';

const samplesOf = (pcm: Buffer) => pcm.length / 2;
const peakOf = (pcm: Buffer, from = 0, to = samplesOf(pcm)) => {
  let peak = 0;
  for (let i = from; i < to; i++) peak = Math.max(peak, Math.abs(pcm.readInt16LE(i * 2)));
  return peak;
};
const zeroCrossings = (pcm: Buffer) => {
  let n = 0;
  for (let i = 1; i < samplesOf(pcm); i++) if (pcm.readInt16LE(i * 2 - 2) < 0 !== pcm.readInt16LE(i * 2) < 0) n++;
  return n;
};
const providerFor = (voices: Record<string, object>) => createSherpaProvider(parseSherpaVoices(JSON.stringify(voices), []));

let models: SherpaTestModels;
let letters: TinyModel;
let phonemes: TinyModel;
beforeAll(() => {
  models = createSherpaTestModels();
  letters = models.add('letters');
  phonemes = models.add('phonemes', { frontend: 'piper', sampleRate: 16_000, speakers: 2, samplesPerToken: 256 });
});
afterAll(() => models.cleanup());

describe('sherpa provider', () => {
  let provider: TtsProvider;
  beforeAll(() => {
    provider = providerFor(
      sherpaVoices(letters, {
        'south-female': { dir: phonemes.dir, speaker: 1, name: 'tiny-phonemes', accent: 'north' },
        'south-male': { speaker: 0, lengthScale: 2 },
      }),
    );
  });
  afterAll(() => provider.close?.());

  it('makes one token of audio per letter, at the model rate, scaled to 16-bit', async () => {
    const text = 'Xin chào các bạn.';
    const audio = await provider.synthesize({ text, voice: 'north-female' });
    expect(audio.sampleRate).toBe(22_050);
    // Every character is a token, plus the start and end tokens around the sentence.
    const tokens = [...text].length + 2;
    expect(samplesOf(audio.pcm)).toBe(tokens * letters.samplesPerToken);
    expect(peakOf(audio.pcm)).toBe(Math.round(letters.amplitude * 32767));
    // The start token is silent, the "X" after it is not.
    expect(peakOf(audio.pcm, 0, letters.samplesPerToken)).toBe(0);
    expect(peakOf(audio.pcm, letters.samplesPerToken, 2 * letters.samplesPerToken)).toBeGreaterThan(9_000);
    expect(audio.words).toBeUndefined();
  });

  it('speaks each voice with its own speaker and pace', async () => {
    const text = 'Sáng nay trời mưa to.';
    const [first, second, slow] = await Promise.all(
      (['north-female', 'north-male', 'south-male'] as VoiceId[]).map((voice) => provider.synthesize({ text, voice })),
    );
    expect(samplesOf(second.pcm)).toBe(samplesOf(first.pcm));
    // Speaker 1 of the tiny model is pitched 15 % above speaker 0.
    expect(zeroCrossings(second.pcm) / zeroCrossings(first.pcm)).toBeCloseTo(1.15, 1);
    expect(samplesOf(slow.pcm)).toBe(2 * samplesOf(first.pcm));
  });

  it('phonemizes with espeak-ng data like the Vietnamese Piper models, beside the espeak engine in one process', async () => {
    const espeak = createEspeakProvider();
    try {
      const short = await provider.synthesize({ text: 'Hà Nội.', voice: 'south-female' });
      const viaEspeak = await espeak.synthesize({ text: 'Hà Nội hôm nay trời nắng.', voice: 'north-female' });
      const long = await provider.synthesize({ text: 'Hà Nội hôm nay trời nắng.', voice: 'south-female' });
      expect(short.sampleRate).toBe(16_000);
      expect(samplesOf(short.pcm) % phonemes.samplesPerToken).toBe(0);
      expect(samplesOf(long.pcm)).toBeGreaterThan(2 * samplesOf(short.pcm));
      expect(peakOf(long.pcm)).toBeGreaterThan(9_000);
      expect(viaEspeak.sampleRate).toBe(22_050);
      expect(viaEspeak.words!.length).toBeGreaterThanOrEqual(6);
    } finally {
      await espeak.close?.();
    }
  });

  it("reports each voice's model, licence, real accent and the rate the model really has", async () => {
    await provider.check();
    expect(provider.check()).toBe(provider.check()); // checked once, then remembered
    expect(provider.voices['north-female']).toEqual({ providerVoice: 'tiny-letters#0', accent: 'north', gender: 'female', model: 'tiny-letters', sampleRate: 22_050, license: TEST_LICENSE });
    expect(provider.voices['south-female']).toMatchObject({ providerVoice: 'tiny-phonemes#1', accent: 'north', model: 'tiny-phonemes', sampleRate: 16_000 });
    expect(provider.voices['south-female'].note).toBe('served by a northern voice, not a southern one');
    expect(provider.voices['south-male'].providerVoice).toBe('tiny-letters#0@2');
    expect(provider.sampleRate).toBeUndefined(); // two rates: the encoder waits for the first chunk
  });

  it('knows the sample rate before the first request when the configuration states it', () => {
    const stated = providerFor(sherpaVoices(letters, Object.fromEntries(VOICE_IDS.map((id) => [id, { sampleRate: 22_050 }]))));
    expect(stated.sampleRate).toBe(22_050);
  });

  it('rejects an aborted request before synthesizing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(provider.synthesize({ text: 'Xin chào.', voice: 'north-female', signal: controller.signal })).rejects.toThrow();
  });

  it('serves every voice through the registry, which lists model, rate and licence', async () => {
    const set = createProviderSet({ TTS_PROVIDER: 'sherpa', SHERPA_VOICES: JSON.stringify(sherpaVoices(letters)) });
    try {
      await set.checkAll();
      expect(set.providers().map((p) => p.name)).toEqual(['sherpa']);
      expect(set.describeVoices()[2]).toEqual({
        id: 'south-female', label: 'Nữ miền Nam', accent: 'south', gender: 'female', provider: 'sherpa',
        providerVoice: 'tiny-letters#2', realAccent: 'south', realGender: 'female', model: 'tiny-letters', sampleRate: 22_050, license: TEST_LICENSE,
      });
    } finally {
      await set.close();
    }
  });
});

describe('the sherpa worker thread', () => {
  it('loads each model once, however many requests and speakers use it', async () => {
    const thread = createThreadClient<ThreadReply & { loadedModels: number; sampleRate: number }>(
      () => findThreadScript('sherpa-thread.mjs', new URL('../../src/tts/sherpa.ts', import.meta.url).href),
      'sherpa',
    );
    const spec = (model: TinyModel) => ({ model: path.join(model.dir, 'model.onnx'), tokens: path.join(model.dir, 'tokens.txt'), threads: 1 });
    try {
      const loaded: number[] = [];
      for (const [text, speaker] of [['Một.', 0], ['Hai.', 1], ['Ba.', 3]] as const) {
        loaded.push((await thread.request({ model: spec(letters), text, speaker, speed: 1 })).loadedModels);
      }
      const other = models.add('second', { sampleRate: 24_000 });
      const reply = await thread.request({ model: spec(other), text: 'Bốn.', speaker: 0, speed: 1 });
      expect(loaded).toEqual([1, 1, 1]);
      expect(reply).toMatchObject({ loadedModels: 2, sampleRate: 24_000 });
    } finally {
      await thread.close();
    }
  });
});

describe('sherpa refuses a model that does not load, and the process lives on', () => {
  it.each([
    ['missing-files', (dir: string) => {
      rmSync(path.join(dir, 'model.onnx'));
      rmSync(path.join(dir, 'tokens.txt'));
      return {};
    }, /the model of north-female \(missing-files\) is missing model\.onnx, tokens\.txt$/],
    ['corrupt', (dir: string) => {
      truncateSync(path.join(dir, 'model.onnx'), 700);
      return {};
    }, /the model of north-female \(corrupt\) does not load: Load model from model\.onnx failed:Protobuf parsing failed/],
    ['no-espeak-data', () => ({ dataDir: 'espeak-ng-data' }), /\(no-espeak-data\) is missing espeak-ng-data\/ \(an espeak-ng-data folder\)$/],
    ['wrong-rate', () => ({ sampleRate: 16_000 }), /north-female \(wrong-rate\): SHERPA_VOICES says 16000 Hz but the model makes 22050 Hz$/],
    ['no-such-speaker', () => ({ speaker: 7 }), /speaker 7 does not exist \(the model has 4 speakers: 0–3\)$/],
    ['foreign-tokens', (dir: string) => {
      writeFileSync(path.join(dir, 'tokens.txt'), '_ 0\n1 1\n2 2\n');
      return {};
    }, /the model loads but makes no sound for Vietnamese text/],
  ])('%s', async (name, spoil, reason) => {
    const model = models.add(name);
    const provider = providerFor({ 'north-female': { ...sherpaVoices(model)['north-female'], name, ...spoil(model.dir) } });
    const error = await provider.check().catch((e: Error) => e);
    // Permanent: a job on this voice fails at once instead of retrying what cannot work.
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).retryable).toBe(false);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain(models.root); // no server paths in messages
    // A synthesis never reaches the thread with an unprobed model: it fails the same way.
    await expect(provider.synthesize({ text: 'Xin chào.', voice: 'north-female' })).rejects.toThrow(reason);
  });

  it('names what a Piper model without its espeak-ng-data folder lacks', async () => {
    const model = models.add('piper-without-data', { frontend: 'piper' });
    rmSync(path.join(model.dir, 'espeak-ng-data'));
    const provider = providerFor({ 'south-male': { ...sherpaVoices(model)['south-male'], name: 'piper-without-data' } });
    await expect(provider.check()).rejects.toThrow(
      /^sherpa: the model of south-male \(piper-without-data\) does not load: .*lexicon.*\(a Piper model needs its espeak-ng-data folder beside it\)$/,
    );
  });

  it('a model without the metadata sherpa-onnx needs fails startup, naming what is missing', async () => {
    const model = models.add('no-rate', { metadata: { sample_rate: undefined } });
    const set = createProviderSet({ TTS_PROVIDER: 'sherpa', SHERPA_VOICES: JSON.stringify(sherpaVoices(model)) });
    await expect(set.checkAll()).rejects.toThrow(/^TTS providers not ready: sherpa: the model of north-female, north-male, south-female, south-male \(tiny-no-rate\) does not load: 'sample_rate' does not exist in the metadata$/);
    // sherpa-onnx calls exit(-1) on such a model: only the probe's process ended.
    const healthy = providerFor(sherpaVoices(letters));
    expect(samplesOf((await healthy.synthesize({ text: 'Vẫn chạy.', voice: 'north-male' })).pcm)).toBeGreaterThan(0);
    await healthy.close?.();
  });
});
