import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrameSplitter, firstFrames, readFrameHeader } from '../../src/audio/mp3-frames.js';
import { buildInfoTagFrame, crc16 } from '../../src/audio/mp3-info-tag.js';

let dir: string;
let ffmpegMp3: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-info-tag-'));
  // 3 s of a tone through ffmpeg's own MP3 muxer: the reference for the tag's layout.
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=22050:duration=3', '-c:a', 'libmp3lame', '-ac', '1', '-b:a', '64k', '-write_xing', '1', '-id3v2_version', '0', path.join(dir, 'ref.mp3')]);
  ffmpegMp3 = readFileSync(path.join(dir, 'ref.mp3'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('MP3 frames and the Info tag', () => {
  it('computes CRC-16/ARC, the CRC of the LAME tag', () => {
    expect(crc16(Buffer.from('123456789'))).toBe(0xbb3d);
    expect(crc16(Buffer.from('56789'), crc16(Buffer.from('1234')))).toBe(0xbb3d);
  });

  it('reads the frames of an ffmpeg-made MP3 as its tag counts them, and its music CRC', () => {
    const header = readFrameHeader(ffmpegMp3)!;
    expect(header).toEqual({ bytes: 208, samples: 576, sampleRate: 22050, kbps: 64, sideInfoBytes: 9 });
    const audio = ffmpegMp3.subarray(header.bytes);
    const splitter = new FrameSplitter();
    const first = splitter.push(audio.subarray(0, 1000));
    const rest = splitter.push(audio.subarray(1000));
    expect(splitter.pendingBytes).toBe(0);
    expect(first.count).toBe(4); // 1,000 bytes: four whole 208/209-byte frames, the fifth held back
    expect(Buffer.concat([first.bytes, rest.bytes]).equals(audio)).toBe(true);
    const tag = 4 + header.sideInfoBytes;
    expect(first.count + rest.count).toBe(ffmpegMp3.readUInt32BE(tag + 8));
    const lengths: number[] = [];
    for (let at = 0; lengths.length < 3; at += lengths.at(-1)!) lengths.push(readFrameHeader(rest.bytes, at)!.bytes);
    const three = firstFrames(rest, 3);
    expect(three.count).toBe(3);
    expect(three.bytes.equals(rest.bytes.subarray(0, lengths[0] + lengths[1] + lengths[2]))).toBe(true);
    expect(crc16(audio)).toBe(ffmpegMp3.readUInt16BE(tag + 152));
  });

  it("writes ffmpeg's frame count, byte count, delay and padding for the same frames", () => {
    const header = readFrameHeader(ffmpegMp3)!;
    const audio = ffmpegMp3.subarray(header.bytes);
    const frames = new FrameSplitter().push(audio).count;
    const tag = 4 + header.sideInfoBytes;
    const padding = ffmpegMp3.readUIntBE(tag + 141, 3) & 0xfff;
    const ours = buildInfoTagFrame({
      firstFrameHeader: audio.subarray(0, 4),
      header: readFrameHeader(audio)!,
      frames,
      audioBytes: audio.length,
      samples: frames * 576 - 576 - padding,
      musicCrc: crc16(audio),
      kbps: 64,
    });
    expect(ours.length).toBe(header.bytes);
    expect(ours.toString('latin1', tag, tag + 4)).toBe('Info');
    for (const [offset, length] of [[8, 4], [12, 4], [141, 3], [148, 4], [152, 2]]) {
      expect(ours.readUIntBE(tag + offset, length)).toBe(ffmpegMp3.readUIntBE(tag + offset, length));
    }
    expect(ours.readUInt16BE(tag + 154)).toBe(crc16(ours.subarray(0, tag + 154)));
  });

  it('refuses a padding the tag cannot hold', () => {
    const audio = ffmpegMp3.subarray(208);
    const fields = { firstFrameHeader: audio.subarray(0, 4), header: readFrameHeader(audio)!, frames: 10, audioBytes: 2090, musicCrc: 0, kbps: 64 };
    expect(() => buildInfoTagFrame({ ...fields, samples: 10 * 576 })).toThrow(/padding out of range/);
  });
});
