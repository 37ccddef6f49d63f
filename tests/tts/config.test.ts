import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { loadTtsConfig } from '../../src/tts/config.js';

describe('loadTtsConfig', () => {
  it('defaults to espeak for every voice, needing no credential', () => {
    const config = loadTtsConfig({});
    expect(config.defaultProvider).toBe('espeak');
    expect(Object.values(config.routes)).toEqual(['espeak', 'espeak', 'espeak', 'espeak', 'espeak', 'espeak']);
    expect(config.google ?? config.zalo ?? config.viettel ?? config.fpt).toBeUndefined();
    expect(config.retry).toEqual({ maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000, maxTotalMs: 120_000 });
  });

  it('routes voices separately and reads each routed provider', () => {
    const config = loadTtsConfig({
      TTS_PROVIDER: 'google',
      TTS_VOICE_PROVIDERS: 'south-female=zalo, south-male=zalo',
      GOOGLE_TTS_API_KEY: 'g',
      GOOGLE_TTS_ENDPOINT: 'http://127.0.0.1:9999',
      GOOGLE_VOICE_NORTH_FEMALE: 'vi-VN-Wavenet-C',
      ZALO_API_KEY: 'z',
      ZALO_TTS_URL: 'http://gateway.local/zalo',
      ZALO_VOICE_SOUTH_FEMALE: '6',
      ZALO_TTS_CONCURRENCY: '2',
      ZALO_TTS_RPM: '30',
      TTS_REQUEST_TIMEOUT_MS: '5000',
    });
    expect(config.routes).toEqual({ 'north-female': 'google', 'north-male': 'google', 'south-female': 'zalo', 'south-male': 'zalo', 'central-female': 'google', 'central-male': 'google' });
    expect(config.google).toMatchObject({ apiKey: 'g', endpoint: 'http://127.0.0.1:9999', voices: { 'north-female': 'vi-VN-Wavenet-C' }, timeoutMs: 5000 });
    expect(config.zalo).toMatchObject({ apiKey: 'z', url: 'http://gateway.local/zalo', voices: { 'south-female': '6' }, limits: { concurrency: 2, requestsPerMinute: 30 } });
    expect(config.viettel).toBeUndefined();
  });

  it.each([
    [{ TTS_PROVIDER: 'zalo' }, /ZALO_API_KEY/],
    [{ TTS_VOICE_PROVIDERS: 'south-male=viettel' }, /VIETTEL_TOKEN/],
    [{ TTS_PROVIDER: 'fpt' }, /FPT_API_KEY/],
    [{ TTS_PROVIDER: 'google' }, /GOOGLE_TTS_API_KEY nor GOOGLE_APPLICATION_CREDENTIALS/],
    [{ TTS_PROVIDER: 'polly' }, /TTS_PROVIDER/],
    [{ TTS_VOICE_PROVIDERS: 'west-male=zalo' }, /"west-male" is not a voice ID/],
    [{ TTS_VOICE_PROVIDERS: 'north-male=polly' }, /"polly" for north-male is not a provider/],
    [{ TTS_PROVIDER: 'zalo', ZALO_API_KEY: 'k', ZALO_TTS_URL: 'not a url' }, /ZALO_TTS_URL/],
    [{ TTS_PROVIDER: 'zalo', ZALO_API_KEY: 'k', ZALO_TTS_RPM: 'lots' }, /ZALO_TTS_RPM must be a positive integer/],
  ])('rejects %j with a ConfigError naming the variable', (env, message) => {
    expect(() => loadTtsConfig(env)).toThrow(ConfigError);
    expect(() => loadTtsConfig(env)).toThrow(message);
  });

  it('accepts a service-account file instead of an API key for Google', () => {
    const config = loadTtsConfig({ TTS_PROVIDER: 'google', GOOGLE_APPLICATION_CREDENTIALS: '/secrets/sa.json', GOOGLE_TTS_WORD_TIMINGS: 'false' });
    expect(config.google).toMatchObject({ keyFilename: '/secrets/sa.json', wordTimings: false });
  });
});
