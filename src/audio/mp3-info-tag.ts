import type { FrameHeader } from './mp3-frames.js';

/** LAME's encoder delay: samples of priming before the first input sample (the decoder adds 529 more). */
export const LAME_ENCODER_DELAY = 576;

export interface InfoTagFields {
  /** The first audio frame's 4 header bytes (the tag frame copies its format, without padding). */
  firstFrameHeader: Uint8Array;
  header: FrameHeader;
  /** Audio frames after the tag frame. */
  frames: number;
  /** Bytes of the audio frames (the tag frame not included). */
  audioBytes: number;
  /** Input samples the frames carry: the exact decoded length. */
  samples: number;
  /** CRC-16 of all audio frame bytes (`crc16` over them in order). */
  musicCrc: number;
  kbps: number;
}

/**
 * The first frame of a CBR MP3: a silent frame carrying the Xing "Info" tag (frame count,
 * byte count, seek table) and the LAME extension with the encoder delay and padding, from
 * which players compute the exact duration and decoders drop the priming and padding
 * samples (gapless). Laid out as ffmpeg's MP3 muxer writes it; the tag's CRC is LAME's.
 * @example buildInfoTagFrame({ firstFrameHeader, header, frames: 18726, audioBytes: 3913351, samples: 10784623, musicCrc, kbps: 64 }).length //=> 208
 */
export function buildInfoTagFrame(fields: InfoTagFields): Buffer {
  const { header, frames, audioBytes, samples } = fields;
  const frameBytes = fields.firstFrameHeader[2] & 0x02 ? header.bytes - 1 : header.bytes;
  const frame = Buffer.alloc(frameBytes);
  frame.set(fields.firstFrameHeader.subarray(0, 4));
  frame[2] &= ~0x02; // no padding byte in the tag frame
  // No frames yet: the placeholder a growing file starts with.
  const padding = frames === 0 ? 0 : frames * header.samples - LAME_ENCODER_DELAY - samples;
  if (padding < 0 || padding > 0xfff) throw new Error(`MP3 padding out of range: ${padding} samples`);
  const totalBytes = frameBytes + audioBytes;

  let at = 4 + header.sideInfoBytes;
  at += frame.write('Info', at, 'latin1');
  at = frame.writeUInt32BE(0x0f, at); // frames, bytes, seek table, quality present
  at = frame.writeUInt32BE(frames, at);
  at = frame.writeUInt32BE(totalBytes, at);
  // Seek table: where each percent of the duration starts, in 1/256 of the file (CBR: linear).
  for (let i = 0; i < 100; i++) {
    const offset = frameBytes + Math.round((Math.floor((i * frames) / 100) * audioBytes) / Math.max(1, frames));
    frame[at++] = Math.min(255, Math.floor((256 * offset) / totalBytes));
  }
  at = frame.writeUInt32BE(0, at); // quality indicator (unused for CBR)
  at += frame.write('LAME3.100', at, 'latin1');
  frame[at++] = 0x01; // tag revision 0, method 1: constant bitrate
  at += 1 + 4 + 2 + 2 + 1; // lowpass, peak, radio and audiophile gain, flags: unknown
  frame[at++] = Math.min(255, fields.kbps);
  frame[at++] = LAME_ENCODER_DELAY >> 4;
  frame[at++] = ((LAME_ENCODER_DELAY & 0xf) << 4) | (padding >> 8);
  frame[at++] = padding & 0xff;
  at += 1 + 1 + 2; // misc, MP3 gain, preset
  at = frame.writeUInt32BE(totalBytes, at);
  at = frame.writeUInt16BE(fields.musicCrc, at);
  frame.writeUInt16BE(crc16(frame.subarray(0, at)), at);
  return frame;
}

const CRC16_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/**
 * CRC-16 as LAME and ffmpeg compute it for the tag (reflected 0x8005, "CRC-16/ARC"); pass
 * the previous value to continue over more bytes.
 * @example crc16(Buffer.from('123456789')) //=> 0xbb3d
 */
export function crc16(bytes: Uint8Array, crc = 0): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = (c >>> 8) ^ CRC16_TABLE[(c ^ bytes[i]) & 0xff];
  return c;
}
