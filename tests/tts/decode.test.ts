import { describe, expect, it } from 'vitest';
import { decodeAudio, parsePcm16MonoWav, UndecodableAudioError } from '../../src/tts/decode.js';
import { HTML_ERROR_PAGE, makeMp3, makeWav } from './support/audio.js';

describe('decodeAudio', () => {
  it('reads a PCM16 mono WAV without ffmpeg, keeping its rate', async () => {
    const wav = makeWav({ sampleRate: 22_050, durationMs: 500 });
    const audio = await decodeAudio(wav);
    expect(audio.sampleRate).toBe(22_050);
    expect(audio.pcm.length).toBe(wav.length - 44);
  });

  it('reads a streamed WAV whose data size is a placeholder', async () => {
    const wav = makeWav({ durationMs: 100 });
    wav.writeUInt32LE(0xffffffff, 40);
    const audio = await decodeAudio(wav);
    expect(audio.pcm.length).toBe(wav.length - 44);
  });

  it('resamples a WAV when another rate is asked for', async () => {
    const audio = await decodeAudio(makeWav({ sampleRate: 22_050, durationMs: 1000 }), { sampleRate: 24_000 });
    expect(audio.sampleRate).toBe(24_000);
    expect(Math.abs(audio.pcm.length / 2 - 24_000)).toBeLessThan(100);
  });

  it('decodes a stereo MP3 to mono PCM through ffmpeg', async () => {
    const audio = await decodeAudio(makeMp3({ sampleRate: 24_000, durationS: 0.5, channels: 2 }));
    expect(audio.sampleRate).toBe(24_000);
    // MP3 adds encoder padding: about half a second, give or take a frame or two.
    expect(audio.pcm.length / 2 / 24_000).toBeGreaterThan(0.45);
    expect(audio.pcm.length / 2 / 24_000).toBeLessThan(0.7);
  });

  it.each([
    ['an empty body', Buffer.alloc(0), /empty body/],
    ['an HTML error page', HTML_ERROR_PAGE, /HTML\/XML page.*502 Bad Gateway/],
    ['a JSON error', Buffer.from('{"error":"quota"}'), /JSON document/],
    ['garbage bytes', Buffer.from([0, 1, 2, 3, 250, 251, 252, 7, 8, 9, 10, 11, 12]), /undecodable audio/],
    ['a WAV with no samples', makeWav({ durationMs: 0 }), /zero samples/],
  ])('rejects %s as undecodable, retryable', async (_what, bytes, message) => {
    const error = await decodeAudio(bytes, { provider: 'zalo' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndecodableAudioError);
    expect((error as UndecodableAudioError).message).toMatch(message);
    expect((error as UndecodableAudioError).message).toMatch(/^zalo: /);
    expect((error as UndecodableAudioError).retryable).toBe(true);
  });
});

describe('parsePcm16MonoWav', () => {
  it('leaves stereo or 8-bit WAVs to ffmpeg', () => {
    const stereo = makeWav();
    stereo.writeUInt16LE(2, 22);
    expect(parsePcm16MonoWav(stereo)).toBeUndefined();
    const eightBit = makeWav();
    eightBit.writeUInt16LE(8, 34);
    expect(parsePcm16MonoWav(eightBit)).toBeUndefined();
  });
});
