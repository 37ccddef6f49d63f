/** Vendor-specific replies the conformance suite does not cover: API error codes in 200s, polling, resets. */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFptProvider } from '../../src/tts/fpt.js';
import type { ProviderError } from '../../src/tts/provider.js';
import { createViettelProvider } from '../../src/tts/viettel.js';
import { createZaloProvider } from '../../src/tts/zalo.js';
import { makeMp3, makeWav } from './support/audio.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const fail = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as ProviderError);

describe('zalo', () => {
  const zalo = createZaloProvider({ apiKey: 'k', url: 'https://zalo.test/tts', downloadIntervalMs: 5, downloadWaitMs: 100 });

  it('fails "text too long" (error 155) at once', async () => {
    nock('https://zalo.test').post('/tts').reply(200, { error_code: 155, error_message: 'Input text exceeds 2000 characters' });
    const error = await fail(zalo.synthesize({ text: 'a', voice: 'north-female' }));
    expect(error?.kind).toBe('permanent');
    expect(error?.message).toBe('zalo: text too long: error 155: Input text exceeds 2000 characters');
  });

  it('waits for a download URL that is not ready yet, and reads MP3 too', async () => {
    nock('https://zalo.test').post('/tts').reply(200, { error_code: 0, data: { url: 'https://cdn.zalo.test/a.mp3' } });
    nock('https://cdn.zalo.test').get('/a.mp3').reply(404).get('/a.mp3').reply(200, makeMp3({ sampleRate: 22_050 }));
    const audio = await zalo.synthesize({ text: 'a', voice: 'north-female' });
    expect(audio.sampleRate).toBe(22_050);
  });

  it('treats a connection reset as retryable', async () => {
    nock('https://zalo.test').post('/tts').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const error = await fail(zalo.synthesize({ text: 'a', voice: 'north-female' }));
    expect(error?.retryable).toBe(true);
    expect(error?.message).toMatch(/zalo: network error/);
  });

  it('declares the 2,000-character limit', () => {
    expect(zalo.limits.maxChars).toBe(2_000);
  });
});

describe('viettel', () => {
  const viettel = createViettelProvider({ token: 't', url: 'https://viettel.test/tts' });

  it('fails a JSON refusal sent with status 200, keeping its message', async () => {
    nock('https://viettel.test').post('/tts').reply(200, { code: 401, vi_message: 'Token không hợp lệ', en_message: 'Invalid token' }, { 'content-type': 'application/json' });
    const error = await fail(viettel.synthesize({ text: 'a', voice: 'south-male' }));
    expect(error?.kind).toBe('permanent');
    expect(error?.message).toBe('viettel: request refused (401): Invalid token');
  });

  it('rejects an empty body', async () => {
    nock('https://viettel.test').post('/tts').reply(200, '', { 'content-type': 'audio/wav' });
    expect((await fail(viettel.synthesize({ text: 'a', voice: 'south-male' })))?.message).toMatch(/empty body/);
  });
});

describe('fpt', () => {
  const fpt = createFptProvider({ apiKey: 'k', url: 'https://fpt.test/tts', pollIntervalMs: 10, pollTimeoutMs: 60 });

  it('fails an API error reported in a 200 reply', async () => {
    nock('https://fpt.test').post('/tts').reply(200, { error: 1, message: 'Voice not supported' });
    const error = await fail(fpt.synthesize({ text: 'a', voice: 'north-male' }));
    expect(error?.kind).toBe('permanent');
    expect(error?.message).toBe('fpt: error 1: Voice not supported');
  });

  it('gives up polling after its bound, retryably', async () => {
    nock('https://fpt.test').post('/tts').reply(200, { error: 0, async: 'https://files.fpt.test/x.wav' });
    nock('https://files.fpt.test').get('/x.wav').times(50).reply(404);
    const error = await fail(fpt.synthesize({ text: 'a', voice: 'north-male' }));
    expect(error?.retryable).toBe(true);
    expect(error?.message).toMatch(/audio file not ready after/);
  });

  it('sends the text as the raw body with voice, speed and format headers', async () => {
    let headers: Record<string, unknown> = {};
    nock('https://fpt.test').post('/tts', 'Chào buổi sáng').reply(200, function () {
      headers = this.req.headers;
      return { error: 0, async: 'https://files.fpt.test/y.wav' };
    });
    nock('https://files.fpt.test').get('/y.wav').reply(200, makeWav());
    await fpt.synthesize({ text: 'Chào buổi sáng', voice: 'south-female' });
    expect(headers).toMatchObject({ 'api-key': 'k', voice: 'lannhi', speed: '0', format: 'wav' });
  });
});
