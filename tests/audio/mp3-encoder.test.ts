import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncoderPool } from '../../src/audio/encoder-pool.js';
import { Mp3Encoder } from '../../src/audio/mp3-encoder.js';
import { decodeMp3 } from '../helpers/audio.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-encoder-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** ffmpeg processes writing into our temp directory (an aborted encoder must leave none). */
function encodersWritingTo(folder: string): number {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.startsWith('/usr/bin/ffmpeg') || line.startsWith('ffmpeg')).filter((l) => l.includes(folder)).length;
}

const tone = (seconds: number, rate: number) => {
  const pcm = Buffer.alloc(Math.round(seconds * rate) * 2);
  for (let i = 0; i < pcm.length / 2; i++) pcm.writeInt16LE(Math.round(8000 * Math.sin(i / 10)), i * 2);
  return pcm;
};

describe('Mp3Encoder', () => {
  it('encodes streamed PCM once, to a file whose decoded length is the samples written', async () => {
    const out = path.join(dir, 'a.mp3');
    const encoder = new Mp3Encoder({ sampleRate: 22050, outputPath: out });
    for (let i = 0; i < 5; i++) await encoder.write(tone(0.7, 22050));
    await encoder.finish();
    expect(encoder.sampleCount).toBe(5 * 15435);
    const decoded = await decodeMp3(out, 22050);
    expect(Math.abs(decoded.length / 2 - encoder.sampleCount)).toBeLessThanOrEqual(1152);
  });

  it('rejects odd byte counts (half samples)', async () => {
    const encoder = new Mp3Encoder({ sampleRate: 22050, outputPath: path.join(dir, 'b.mp3') });
    await expect(encoder.write(Buffer.alloc(3))).rejects.toThrow(/whole 16-bit samples/);
    encoder.abort();
  });

  it('leaves no ffmpeg process behind when aborted at once, before it even started', async () => {
    const folder = path.join(dir, 'aborted');
    await fs.mkdir(folder);
    for (let i = 0; i < 3; i++) new Mp3Encoder({ sampleRate: 22050, outputPath: path.join(folder, `${i}.mp3`) }).abort();
    await new Promise((r) => setTimeout(r, 1500));
    expect(encodersWritingTo(folder)).toBe(0);
  });
});

describe('EncoderPool', () => {
  it('hands out a started spare, starts the next, and stops them on close', async () => {
    const spareDir = path.join(dir, 'spares');
    const pool = new EncoderPool(spareDir);
    await pool.start([22050]);
    await new Promise((r) => setTimeout(r, 500));
    expect(encodersWritingTo(spareDir)).toBe(1);
    const taken = pool.take(22050);
    expect(path.dirname(taken.outputPath)).toBe(spareDir);
    await taken.encoder.write(tone(1, 22050));
    await taken.encoder.finish();
    expect((await fs.stat(taken.outputPath)).size).toBeGreaterThan(1000);
    const other = pool.take(24000); // no spare at this rate yet: a fresh one
    other.encoder.abort();
    await pool.close();
    await new Promise((r) => setTimeout(r, 800));
    expect(encodersWritingTo(spareDir)).toBe(0);
    expect(await fs.readdir(spareDir)).toEqual([path.basename(taken.outputPath)]);
  });
});
