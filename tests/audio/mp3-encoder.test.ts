import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncoderPool } from '../../src/audio/encoder-pool.js';
import { LameLanes } from '../../src/audio/lame-lanes.js';
import { Mp3Encoder } from '../../src/audio/mp3-encoder.js';
import { readFrameHeader } from '../../src/audio/mp3-frames.js';
import { crc16 } from '../../src/audio/mp3-info-tag.js';
import { decodeMp3, probeMp3 } from '../helpers/audio.js';

const RATE = 22050;
let dir: string;
let lanes: LameLanes;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-encoder-'));
  lanes = new LameLanes(2);
});
afterAll(async () => {
  await lanes.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const tone = (seconds: number) => {
  const pcm = Buffer.alloc(Math.round(seconds * RATE) * 2);
  for (let i = 0; i < pcm.length / 2; i++) pcm.writeInt16LE(Math.round(8000 * Math.sin(i / 10)), i * 2);
  return pcm;
};

/** Real speech: espeak-ng reading a sentence (mono s16le at 22050 Hz). */
function speech(text: string): Buffer {
  const wav = execFileSync('espeak-ng', ['-v', 'vi+f2', '--stdout', text], { maxBuffer: 1 << 26 });
  const data = wav.indexOf('data', 12);
  return wav.subarray(data + 8);
}

const samplesOf = (pcm: Buffer) => new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);

/** Signal-to-noise ratio (dB) of decoded audio against what was encoded, sample against sample. */
function snrDb(input: Int16Array, decoded: Int16Array): number {
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < input.length; i++) {
    signal += input[i] ** 2;
    noise += (decoded[i] - input[i]) ** 2;
  }
  return 10 * Math.log10(signal / noise);
}

function maxError(input: Int16Array, decoded: Int16Array, from: number, to: number): number {
  let max = 0;
  for (let i = Math.max(0, from); i < Math.min(input.length, to); i++) max = Math.max(max, Math.abs(decoded[i] - input[i]));
  return max;
}

const SENTENCES = [
  'Sáng nay, Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức hội nghị sơ kết kinh tế chín tháng đầu năm.',
  'Tổng sản phẩm trên địa bàn tăng bảy phẩy tám phần trăm so với cùng kỳ năm trước.',
  'Thu ngân sách nhà nước đạt mười một nghìn tỷ đồng, vượt dự toán được giao.',
  'Tỉnh tiếp tục tháo gỡ khó khăn cho doanh nghiệp và đẩy nhanh giải ngân vốn đầu tư công.',
];

/** Pauses from barely long enough to split in (the cut needs 1,728 zero samples before it and 576 after) to a paragraph's. */
const PAUSES = [2400, 2880, 3300, 7718, 14333];

/** Encodes the sentences, each followed by a pause; returns the encoder and everything it was given. */
async function encodeSpeech(outputPath: string, segmentSeconds: number): Promise<{ encoder: Mp3Encoder; input: Int16Array }> {
  const encoder = new Mp3Encoder({ sampleRate: RATE, outputPath, lanes, segmentSeconds });
  const given: Buffer[] = [];
  const voiced = SENTENCES.map(speech);
  for (let i = 0; i < 15; i++) {
    const pcm = voiced[i % voiced.length];
    const pause = PAUSES[i % PAUSES.length];
    await encoder.write(pcm);
    await encoder.writePause(pause);
    given.push(pcm, Buffer.alloc(pause * 2));
  }
  await encoder.finish();
  return { encoder, input: samplesOf(Buffer.concat(given)) };
}

describe('Mp3Encoder', () => {
  it('encodes streamed PCM into one MP3 whose decoded length is exactly the samples written, with a duration header that says so', async () => {
    const out = path.join(dir, 'one.mp3');
    const encoder = new Mp3Encoder({ sampleRate: RATE, outputPath: out, lanes, segmentSeconds: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 5; i++) {
      await encoder.write(tone(0.7));
      await encoder.writePause(4000);
    }
    await encoder.finish();
    expect(encoder.sampleCount).toBe(5 * (15435 + 4000));
    expect(encoder.joins).toEqual([]);
    const decoded = await decodeMp3(out, RATE);
    expect(decoded.length / 2).toBe(encoder.sampleCount);

    const probe = await probeMp3(out);
    expect(probe).toMatchObject({ codec: 'mp3', channels: 1, sampleRate: RATE });
    expect(probe.bitRate).toBeGreaterThan(62_000);
    expect(probe.bitRate).toBeLessThan(66_000);
    // The Info tag: frames and bytes of the file, LAME's delay (576) and the padding that makes the length exact.
    const file = readFileSync(out);
    const header = readFrameHeader(file)!;
    const tag = 4 + header.sideInfoBytes;
    expect(file.toString('latin1', tag, tag + 4)).toBe('Info');
    const frames = file.readUInt32BE(tag + 8);
    expect(file.readUInt32BE(tag + 12)).toBe(file.length);
    const delayPadding = file.readUIntBE(tag + 141, 3);
    expect(delayPadding >> 12).toBe(576);
    expect(frames * 576 - 576 - (delayPadding & 0xfff)).toBe(encoder.sampleCount);
    expect(file.readUInt16BE(tag + 152)).toBe(crc16(file.subarray(header.bytes)));
    expect(file.readUInt16BE(tag + 154)).toBe(crc16(file.subarray(0, tag + 154)));
    // ffprobe's duration counts whole frames from the delay on: within one frame of the exact length.
    expect(Math.abs(probe.durationSec - probe.startSec - encoder.sampleCount / RATE)).toBeLessThan(576 / RATE);
  });

  it('splits a long encode at pauses into segments on both threads that join sample-exact, without a click', async () => {
    await encodeSpeech(path.join(dir, 'single.mp3'), Number.POSITIVE_INFINITY);
    const split = await encodeSpeech(path.join(dir, 'split.mp3'), 1);
    expect(split.encoder.joins.length).toBeGreaterThanOrEqual(8);
    for (const join of split.encoder.joins) expect(join % 576).toBe(0);
    const input = split.input;
    expect(split.encoder.sampleCount).toBe(input.length);

    const whole = samplesOf(await decodeMp3(path.join(dir, 'single.mp3'), RATE));
    const joined = samplesOf(await decodeMp3(path.join(dir, 'split.mp3'), RATE));
    // Exactly as long as the input, and aligned with it: a shift of a single sample would cost most of the SNR.
    expect(joined.length).toBe(input.length);
    expect(whole.length).toBe(input.length);
    expect(snrDb(input, joined)).toBeGreaterThan(15);
    expect(Math.abs(snrDb(input, joined) - snrDb(input, whole))).toBeLessThan(0.5);
    for (const join of split.encoder.joins) {
      // Around a join (its frames decode from 1,105 samples before it on) the split file is as close
      // to the input as the one-piece encode, and silent: no click, no gap, no leftover.
      const from = join - 1105 - 576;
      const to = join + 576;
      expect(maxError(input, joined, from, to)).toBeLessThanOrEqual(2 * maxError(input, whole, from, to) + 16);
      expect(maxError(input, joined, join - 220, join + 220)).toBeLessThanOrEqual(8);
    }
  }, 60_000);

  it('keeps a growing file that starts with a tag players skip, while it encodes', async () => {
    const out = path.join(dir, 'growing.mp3');
    const encoder = new Mp3Encoder({ sampleRate: RATE, outputPath: out, lanes });
    for (let i = 0; i < 10; i++) await encoder.write(tone(1));
    let size = 0;
    for (let waited = 0; size < 20_000 && waited < 5000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
      size = await fs.stat(out).then((s) => s.size, () => 0);
    }
    expect(size).toBeGreaterThanOrEqual(20_000);
    const start = readFileSync(out).subarray(0, 64);
    expect(start.toString('latin1', 13, 17)).toBe('Info');
    expect(start.readUInt32BE(13 + 8)).toBe(0); // counts nothing until the end
    await encoder.finish();
    const done = readFileSync(out);
    expect(done.readUInt32BE(13 + 8)).toBeGreaterThan(0);
    expect((await decodeMp3(out, RATE)).length / 2).toBe(10 * RATE);
  });

  it('rejects odd byte counts (half samples) and pauses that are not whole samples', async () => {
    const encoder = new Mp3Encoder({ sampleRate: RATE, outputPath: path.join(dir, 'b.mp3'), lanes });
    await expect(encoder.write(Buffer.alloc(3))).rejects.toThrow(/whole 16-bit samples/);
    await expect(encoder.writePause(2.5)).rejects.toThrow(/whole number of samples/);
    await encoder.abort();
  });

  it('stops on abort without finishing the file, and the encoder threads go on serving other encodes', async () => {
    const out = path.join(dir, 'aborted.mp3');
    const aborted = new Mp3Encoder({ sampleRate: RATE, outputPath: out, lanes, segmentSeconds: 1 });
    for (let i = 0; i < 4; i++) {
      await aborted.write(tone(1.5));
      await aborted.writePause(6000);
    }
    for (let waited = 0; !(await fs.stat(out).catch(() => undefined)) && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    await aborted.abort();
    await expect(aborted.write(tone(0.1))).rejects.toThrow(/aborted/);
    await expect(aborted.finish()).rejects.toThrow(/aborted/);
    const left = readFileSync(out);
    expect(left.readUInt32BE(13 + 8)).toBe(0); // never finished: the tag still counts nothing

    const next = new Mp3Encoder({ sampleRate: 24000, outputPath: path.join(dir, 'after.mp3'), lanes, segmentSeconds: 1 });
    for (let i = 0; i < 3; i++) {
      await next.write(tone(1.2));
      await next.writePause(5000);
    }
    await next.finish();
    expect((await decodeMp3(path.join(dir, 'after.mp3'), 24000)).length / 2).toBe(next.sampleCount);
  });
});

describe('EncoderPool', () => {
  it('hands out encoders writing into its folder, and removes what dead processes left there at start', async () => {
    const folder = path.join(dir, 'pool');
    await fs.mkdir(folder);
    const orphan = path.join(folder, `${os.hostname().replace(/[^A-Za-z0-9.]/g, '_')}-999999999-0123456789ab.mp3`);
    await fs.writeFile(orphan, 'left by a crash');
    const pool = new EncoderPool(folder, { lanes: 1 });
    expect(await pool.start([22050])).toEqual([path.basename(orphan)]);
    const taken = pool.take(22050);
    expect(path.dirname(taken.outputPath)).toBe(folder);
    await taken.encoder.write(tone(1));
    await taken.encoder.finish();
    expect((await fs.stat(taken.outputPath)).size).toBeGreaterThan(1000);
    pool.release(taken.outputPath);
    await pool.close();
    expect(await fs.readdir(folder)).toEqual([path.basename(taken.outputPath)]);
  });
});
