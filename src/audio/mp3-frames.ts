/**
 * MPEG audio Layer III frames: enough of the header to cut a stream of frames apart and to
 * write a duration header in front of it (ISO 11172-3 / 13818-3).
 */

/** kbps by bitrate index: MPEG-1 Layer III, and MPEG-2/2.5 Layer III. */
const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
/** Hz by version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5) and rate index. */
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

export interface FrameHeader {
  /** Length of the whole frame, header included. */
  bytes: number;
  /** Samples per channel the frame decodes to: 1152 (MPEG-1) or 576 (MPEG-2/2.5). */
  samples: number;
  sampleRate: number;
  kbps: number;
  /** Length of the side information after the 4-byte header (where a Xing/Info tag starts). */
  sideInfoBytes: number;
}

/**
 * Reads the frame header at `offset`; undefined when there is no valid Layer III header there.
 * @example readFrameHeader(Buffer.from('fff380c4', 'hex'), 0) //=> { bytes: 208, samples: 576, sampleRate: 22050, kbps: 64, sideInfoBytes: 9 }
 */
export function readFrameHeader(data: Uint8Array, offset = 0): FrameHeader | undefined {
  if (offset + 4 > data.length || data[offset] !== 0xff || (data[offset + 1] & 0xe0) !== 0xe0) return undefined;
  const version = (data[offset + 1] >> 3) & 3;
  const layer = (data[offset + 1] >> 1) & 3;
  const bitrateIndex = data[offset + 2] >> 4;
  const rateIndex = (data[offset + 2] >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const mpeg1 = version === 3;
  const kbps = (mpeg1 ? BITRATES.mpeg1 : BITRATES.mpeg2)[bitrateIndex];
  const sampleRate = SAMPLE_RATES[version][rateIndex];
  const padding = (data[offset + 2] >> 1) & 1;
  const mono = data[offset + 3] >> 6 === 3;
  return {
    bytes: Math.floor(((mpeg1 ? 144 : 72) * kbps * 1000) / sampleRate) + padding,
    samples: mpeg1 ? 1152 : 576,
    sampleRate,
    kbps,
    sideInfoBytes: mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17,
  };
}

/** Samples per frame of Layer III at this rate: MPEG-1 rates carry 1152, the lower ones 576. */
export function frameSamplesAt(sampleRate: number): number {
  return sampleRate >= 32000 ? 1152 : 576;
}

/** Whole frames cut from a stream: their bytes, back to back, and how many there are. */
export interface Frames {
  bytes: Buffer;
  count: number;
}

/**
 * Cuts a byte stream of consecutive MP3 frames (LAME's output, no tags) into whole frames,
 * keeping a partial frame until the rest of it arrives. Frames stay in one buffer (no
 * object per frame: a minute of audio is ~2,300 of them).
 */
export class FrameSplitter {
  private rest: Buffer = Buffer.alloc(0);

  /** Appends bytes; returns the frames they complete. */
  push(bytes: Buffer): Frames {
    const data = this.rest.length ? Buffer.concat([this.rest, bytes]) : bytes;
    let at = 0;
    let count = 0;
    for (;;) {
      if (data.length - at < 4) break;
      const header = readFrameHeader(data, at);
      if (!header) throw new Error(`not an MP3 frame at byte ${at} of the encoder's output`);
      if (data.length - at < header.bytes) break;
      at += header.bytes;
      count++;
    }
    this.rest = Buffer.from(data.subarray(at));
    return { bytes: data.subarray(0, at), count };
  }

  /** Bytes of an unfinished frame (0 at the end of a well-formed stream). */
  get pendingBytes(): number {
    return this.rest.length;
  }
}

/** The first `count` of some whole frames. */
export function firstFrames(frames: Frames, count: number): Frames {
  if (count >= frames.count) return frames;
  let at = 0;
  for (let i = 0; i < count; i++) at += readFrameHeader(frames.bytes, at)!.bytes;
  return { bytes: frames.bytes.subarray(0, at), count };
}
