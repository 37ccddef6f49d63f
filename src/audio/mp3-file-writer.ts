import { promises as fs } from 'node:fs';
import { type FrameHeader, type Frames, readFrameHeader } from './mp3-frames.js';
import { buildInfoTagFrame, crc16 } from './mp3-info-tag.js';

/**
 * Writes one MP3 file from audio frames handed over in order: a placeholder tag frame
 * first, the frames appended as they come (so the growing file can be streamed), and at
 * the end the real Info/LAME tag written over the placeholder. The file is created when
 * the first frame arrives, so an encode that never produced audio leaves no file.
 */
export class Mp3FileWriter {
  private handle: Promise<fs.FileHandle> | undefined;
  private writes: Promise<unknown> = Promise.resolve();
  private header: FrameHeader | undefined;
  private firstFrameHeader: Buffer | undefined;
  private frames = 0;
  private audioBytes = 0;
  private musicCrc = 0;
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(
    readonly path: string,
    private readonly kbps: number,
  ) {}

  get frameCount(): number {
    return this.frames;
  }

  /** Appends whole frames (written in one go, after everything appended before). */
  append(frames: Frames): void {
    if (frames.count === 0 || this.closed) return;
    if (!this.header) {
      this.header = readFrameHeader(frames.bytes);
      if (!this.header) throw new Error('the encoder made something that is not an MP3 frame');
      this.firstFrameHeader = Buffer.from(frames.bytes.subarray(0, 4));
      // A tag that counts nothing yet (as ffmpeg's muxer starts a file): players streaming the
      // growing file skip it like the final one, which later takes its place byte for byte.
      const placeholder = buildInfoTagFrame({ firstFrameHeader: this.firstFrameHeader, header: this.header, frames: 0, audioBytes: 0, samples: 0, musicCrc: 0, kbps: this.kbps });
      this.handle = fs.open(this.path, 'w');
      this.queue((h) => h.write(placeholder, 0, placeholder.length, 0));
    }
    const { bytes } = frames;
    this.frames += frames.count;
    this.musicCrc = crc16(bytes, this.musicCrc);
    const position = this.placeholderBytes() + this.audioBytes;
    this.audioBytes += bytes.length;
    this.queue((h) => h.write(bytes, 0, bytes.length, position));
  }

  /** Waits for the appended frames, writes the tag for `samples` decoded samples, closes the file. */
  async finish(samples: number): Promise<void> {
    if (!this.header || !this.firstFrameHeader) throw new Error('no audio was encoded');
    const tag = buildInfoTagFrame({
      firstFrameHeader: this.firstFrameHeader,
      header: this.header,
      frames: this.frames,
      audioBytes: this.audioBytes,
      samples,
      musicCrc: this.musicCrc,
      kbps: this.kbps,
    });
    this.queue((h) => h.write(tag, 0, tag.length, 0));
    await this.close();
  }

  /** Closes the file as it is (the caller removes it); every call resolves once it is closed. */
  close(): Promise<void> {
    this.closed = true;
    this.closing ??= (async () => {
      if (!this.handle) return;
      const handle = await this.handle;
      try {
        await this.writes;
      } finally {
        await handle.close();
      }
    })();
    return this.closing;
  }

  private placeholderBytes(): number {
    const header = this.header!;
    return this.firstFrameHeader![2] & 0x02 ? header.bytes - 1 : header.bytes;
  }

  private queue(write: (handle: fs.FileHandle) => Promise<unknown>): void {
    const handle = this.handle!;
    this.writes = this.writes.then(async () => write(await handle));
    // A failed write is reported by close(); until then it must not count as unhandled.
    this.writes.catch(() => undefined);
  }
}
