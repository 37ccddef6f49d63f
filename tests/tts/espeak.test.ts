import { afterAll, describe, expect, it } from 'vitest';
import { createEspeakProvider } from '../../src/tts/espeak.js';
import { VOICE_IDS } from '../../src/voices.js';

const provider = createEspeakProvider();
afterAll(() => provider.close?.());

const sentence = 'Sáng hai mươi tháng bảy, hội nghị sơ kết được tổ chức tại Gia Lai.';

function rms(pcm: Buffer): number {
  let sum = 0;
  for (let i = 0; i < pcm.length; i += 2) sum += pcm.readInt16LE(i) ** 2;
  return Math.sqrt(sum / (pcm.length / 2));
}

describe('espeak-ng provider', () => {
  it('synthesizes 16-bit mono PCM at 22050 Hz with word timings for every voice', async () => {
    for (const voice of VOICE_IDS) {
      const audio = await provider.synthesize({ text: sentence, voice });
      expect(audio.sampleRate).toBe(22050);
      const seconds = audio.pcm.length / 2 / audio.sampleRate;
      expect(seconds).toBeGreaterThan(2);
      expect(seconds).toBeLessThan(10);
      expect(rms(audio.pcm)).toBeGreaterThan(300);
      // one word event per syllable, in order, pointing into the request text
      expect(audio.words!.length).toBeGreaterThanOrEqual(12);
      const starts = audio.words!.map((w) => w.startMs);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      const first = audio.words![0];
      expect([...sentence].slice(first.charStart, first.charEnd).join('')).toBe('Sáng');
    }
  });

  it('gives each of the four voices a different sound', async () => {
    const outputs = await Promise.all(VOICE_IDS.map((voice) => provider.synthesize({ text: sentence, voice })));
    const signatures = new Set(outputs.map((o) => `${o.pcm.length}:${rms(o.pcm).toFixed(0)}`));
    expect(signatures.size).toBe(4);
    expect(new Set(VOICE_IDS.map((v) => provider.voices[v].providerVoice)).size).toBe(4);
    expect(provider.voices['south-male'].providerVoice).toMatch(/^vi-vn-x-south\+/);
    expect(provider.voices['north-female'].providerVoice).toMatch(/^vi\+f/);
  });

  it('serves requests in parallel callers without mixing their audio', async () => {
    const texts = ['Một.', 'Hai mươi hai nghìn người tham dự lễ hội.', 'Ba.'];
    const solo = await Promise.all(texts.map((text) => provider.synthesize({ text, voice: 'north-male' })));
    const again = await Promise.all(texts.map((text) => provider.synthesize({ text, voice: 'north-male' })));
    // espeak-ng varies a few samples between runs; mixed-up replies would differ by far more.
    again.forEach((a, i) => expect(Math.abs(a.pcm.length - solo[i].pcm.length)).toBeLessThan(solo[i].pcm.length * 0.02));
    expect(solo[1].pcm.length).toBeGreaterThan(solo[0].pcm.length * 2);
  });

  it('rejects an aborted request before synthesizing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(provider.synthesize({ text: sentence, voice: 'north-female', signal: controller.signal })).rejects.toThrow();
  });
});
