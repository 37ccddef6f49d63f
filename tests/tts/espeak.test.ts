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

  it('gives each of the six voices (northern, Huế, southern) a different sound', async () => {
    const outputs = await Promise.all(VOICE_IDS.map((voice) => provider.synthesize({ text: sentence, voice })));
    const signatures = new Set(outputs.map((o) => `${o.pcm.length}:${rms(o.pcm).toFixed(0)}`));
    expect(signatures.size).toBe(6);
    expect(new Set(VOICE_IDS.map((v) => provider.voices[v].providerVoice)).size).toBe(6);
    expect(provider.voices['central-female'].providerVoice).toMatch(/^vi-vn-x-central\+f/);
    expect(provider.voices['south-male'].providerVoice).toMatch(/^vi-vn-x-south\+/);
    expect(provider.voices['north-female'].providerVoice).toMatch(/^vi\+f/);
  });

  it('gives each sentence its own whole audio: nothing carried over from the sentence before', async () => {
    const texts = ['Một.', 'Hai mươi hai nghìn người tham dự lễ hội.', 'Ba.'];
    const solo = await Promise.all(texts.map((text) => provider.synthesize({ text, voice: 'north-male' })));
    const again = await Promise.all([...texts].reverse().map((text) => provider.synthesize({ text, voice: 'north-male' })));
    // Same text, same length (espeak-ng varies by a sample or two), whatever came before it.
    again.reverse().forEach((a, i) => {
      expect(Math.abs(a.pcm.length - solo[i].pcm.length)).toBeLessThanOrEqual(64);
    });
    expect(solo[1].pcm.length).toBeGreaterThan(solo[0].pcm.length * 2);
    // Each ends in its own pause, faded out: not cut mid-sound with its last milliseconds
    // handed to the next sentence (what espeak-ng does without espeakENDPAUSE).
    for (const { pcm } of [...solo, ...again]) expect(rms(pcm.subarray(pcm.length - 2 * 2205))).toBeLessThan(50);
  });

  it('rejects an aborted request before synthesizing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(provider.synthesize({ text: sentence, voice: 'north-female', signal: controller.signal })).rejects.toThrow();
  });
});
