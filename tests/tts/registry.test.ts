import { afterEach, describe, expect, it } from 'vitest';
import { createProviderSet, type ProviderSet } from '../../src/tts/registry.js';

let set: ProviderSet | undefined;
afterEach(async () => {
  await set?.close();
  set = undefined;
});

describe('createProviderSet', () => {
  it('serves every voice with espeak by default', () => {
    set = createProviderSet({});
    expect(set.providers().map((p) => p.name)).toEqual(['espeak']);
    expect(set.forVoice('south-female').name).toBe('espeak');
  });

  it('routes north voices to Google and south voices to Zalo, creating each once', () => {
    set = createProviderSet({
      TTS_PROVIDER: 'google',
      TTS_VOICE_PROVIDERS: 'south-female=zalo,south-male=zalo',
      GOOGLE_TTS_API_KEY: 'g',
      ZALO_API_KEY: 'z',
    });
    expect(set.providers().map((p) => p.name).sort()).toEqual(['google', 'zalo']);
    expect(set.forVoice('north-male').name).toBe('google');
    expect(set.forVoice('south-male').name).toBe('zalo');
    expect(set.describeVoices()).toEqual([
      { id: 'north-female', label: 'Nữ miền Bắc', accent: 'north', gender: 'female', provider: 'google', providerVoice: 'vi-VN-Neural2-A', realAccent: 'north', realGender: 'female' },
      { id: 'north-male', label: 'Nam miền Bắc', accent: 'north', gender: 'male', provider: 'google', providerVoice: 'vi-VN-Neural2-D', realAccent: 'north', realGender: 'male' },
      { id: 'south-female', label: 'Nữ miền Nam', accent: 'south', gender: 'female', provider: 'zalo', providerVoice: '1', realAccent: 'south', realGender: 'female' },
      { id: 'south-male', label: 'Nam miền Nam', accent: 'south', gender: 'male', provider: 'zalo', providerVoice: '3', realAccent: 'south', realGender: 'male' },
    ]);
  });

  it('says so when Google serves a southern voice ID', () => {
    set = createProviderSet({ TTS_PROVIDER: 'google', GOOGLE_TTS_API_KEY: 'g' });
    const south = set.describeVoices().find((voice) => voice.id === 'south-female')!;
    expect(south.realAccent).toBe('north');
    expect(south.note).toMatch(/Google has no southern Vietnamese voice; served by a northern voice, not a southern one/);
  });

  it('fails at creation, not at the first job, when a routed provider has no credential', () => {
    expect(() => createProviderSet({ TTS_VOICE_PROVIDERS: 'south-male=fpt' })).toThrow(/FPT_API_KEY/);
  });

  it('checks every provider', async () => {
    set = createProviderSet({ TTS_PROVIDER: 'viettel', VIETTEL_TOKEN: 't' });
    await expect(set.checkAll()).resolves.toBeUndefined();
  });
});
