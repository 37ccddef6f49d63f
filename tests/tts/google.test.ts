import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGoogleSsml, wordTimingsFromTimepoints } from '../../src/tts/google-ssml.js';
import { createGoogleProvider } from '../../src/tts/google.js';
import type { ProviderError } from '../../src/tts/provider.js';
import { makeWav } from './support/audio.js';

const HOST = 'http://google-tts.test';
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const provider = (extra = {}) => createGoogleProvider({ apiKey: 'k', projectId: 'p', endpoint: HOST, ...extra });

describe('Google SSML marks', () => {
  it('marks each word and maps timepoints back to code-point offsets', () => {
    const ssml = buildGoogleSsml('Giá <5% & "ổn"')!;
    expect(ssml.ssml).toBe('<speak><mark name="w0"/>Giá <mark name="w1"/>&lt;5% <mark name="w2"/>&amp; <mark name="w3"/>&quot;ổn&quot;</speak>');
    const words = wordTimingsFromTimepoints(ssml.marks, [{ markName: 'w1', timeSeconds: 0.25 }, { markName: 'w0', timeSeconds: 0 }, { markName: 'zz', timeSeconds: 9 }]);
    expect(words).toEqual([{ startMs: 0, charStart: 0, charEnd: 3 }, { startMs: 250, charStart: 4, charEnd: 7 }]);
  });

  it('gives up marks (not the request) when they would pass the 5,000-byte limit', () => {
    expect(buildGoogleSsml('một '.repeat(400))).toBeUndefined();
  });
});

describe('google provider', () => {
  it('returns word timings from v1beta1 timepoints at the voice natural rate', async () => {
    let sent: Record<string, unknown> | undefined;
    nock(HOST).post('/v1beta1/text:synthesize').query(true).reply(200, (_uri, body) => {
      sent = body as Record<string, unknown>;
      return { audioContent: makeWav({ sampleRate: 24_000 }).toString('base64'), timepoints: [{ markName: 'w0', timeSeconds: 0 }, { markName: 'w1', timeSeconds: 0.31 }] };
    });
    const audio = await provider().synthesize({ text: 'Xin chào', voice: 'south-female' });
    expect(audio.sampleRate).toBe(24_000);
    expect(audio.words).toEqual([{ startMs: 0, charStart: 0, charEnd: 3 }, { startMs: 310, charStart: 4, charEnd: 8 }]);
    expect(sent).toMatchObject({ enableTimePointing: [1], voice: { languageCode: 'vi-VN', name: 'vi-VN-Neural2-A' }, audioConfig: { audioEncoding: 1 } });
  });

  it('sends plain text to v1 when word timings are off', async () => {
    let sent: Record<string, unknown> | undefined;
    nock(HOST).post('/v1/text:synthesize').query(true).reply(200, (_uri, body) => {
      sent = body as Record<string, unknown>;
      return { audioContent: makeWav().toString('base64') };
    });
    const audio = await provider({ wordTimings: false }).synthesize({ text: 'Xin chào', voice: 'north-male' });
    expect(audio.words).toBeUndefined();
    expect(sent).toMatchObject({ input: { text: 'Xin chào' }, voice: { name: 'vi-VN-Neural2-D' } });
  });

  it('asks for no marks from a Chirp3-HD voice, which does not support them', async () => {
    let sent: Record<string, unknown> | undefined;
    nock(HOST).post('/v1beta1/text:synthesize').query(true).reply(200, (_uri, body) => {
      sent = body as Record<string, unknown>;
      return { audioContent: makeWav().toString('base64') };
    });
    await provider({ voices: { 'north-female': 'vi-VN-Chirp3-HD-Aoede' } }).synthesize({ text: 'Xin chào', voice: 'north-female' });
    expect(sent).toMatchObject({ input: { text: 'Xin chào' } });
    expect(sent).not.toHaveProperty('enableTimePointing');
  });

  it('waits Google’s advised 30 s after a 429 that has no Retry-After', async () => {
    nock(HOST).post('/v1beta1/text:synthesize').query(true).reply(429, { error: { code: 429, message: 'Quota exceeded for quota metric', status: 'RESOURCE_EXHAUSTED' } });
    const error = (await provider().synthesize({ text: 'a', voice: 'north-male' }).catch((e: unknown) => e)) as ProviderError;
    expect(error.retryable).toBe(true);
    expect(error.options).toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect(error.message).toBe('google: HTTP 429: Quota exceeded for quota metric');
  });

  it('marks the south voices as northern, with a note', () => {
    const voices = provider().voices;
    expect(voices['south-male']).toMatchObject({ accent: 'north', gender: 'male' });
    expect(voices['south-male'].note).toBe('Google has no southern Vietnamese voice; served by a northern voice, not a southern one');
    expect(voices['north-male'].note).toBeUndefined();
  });

  it('takes a Chirp3-HD voice gender from the ID it serves, and says so', () => {
    const voices = provider({ voices: { 'south-male': 'vi-VN-Chirp3-HD-Charon' } }).voices;
    expect(voices['south-male']).toMatchObject({ accent: 'north', gender: 'male' });
    expect(voices['south-male'].note).toMatch(/^Google has no southern Vietnamese voice; Chirp3-HD gender assumed/);
  });
});
