/** Test audio made at test time, so no binary fixtures are committed. */
import { execFileSync } from 'node:child_process';

/** A mono PCM16 WAV holding a sine tone. */
export function makeWav(options: { sampleRate?: number; durationMs?: number; frequency?: number } = {}): Buffer {
  const sampleRate = options.sampleRate ?? 24_000;
  const samples = Math.round((sampleRate * (options.durationMs ?? 300)) / 1000);
  const frequency = options.frequency ?? 440;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i += 1) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 8000), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** An MP3 of a sine tone, encoded by ffmpeg. */
export function makeMp3(options: { sampleRate?: number; durationS?: number; channels?: number } = {}): Buffer {
  return execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi',
    '-i', `sine=frequency=330:sample_rate=${options.sampleRate ?? 22050}:duration=${options.durationS ?? 0.5}`,
    '-ac', String(options.channels ?? 1), '-f', 'mp3', 'pipe:1']);
}

export const HTML_ERROR_PAGE = Buffer.from('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>');
