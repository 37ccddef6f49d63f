import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Mp3Encoder } from './mp3-encoder.js';

/** An encoder and the file it writes to. */
export interface PooledEncoder {
  encoder: Mp3Encoder;
  outputPath: string;
}

/** Spare files are created only once audio arrives; anything this old was left by a crash. */
const STALE_SPARE_MS = 24 * 3600 * 1000;

/**
 * Keeps one MP3 encoder started ahead of time per sample rate. Starting ffmpeg costs
 * 0.1–0.4 s (loading its libraries), which would otherwise delay every job's first audio.
 * A spare waits for PCM on stdin and creates its output file only when audio arrives, so an
 * idle spare costs one sleeping process and no file. Its output lives in `dir` (inside the
 * cache, so the finished file can be renamed into place).
 */
export class EncoderPool {
  private readonly spares = new Map<number, PooledEncoder>();
  private closed = false;

  constructor(private readonly dir: string) {}

  /** Creates the spare directory and removes what crashed processes left in it. */
  async start(sampleRates: number[]): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    for (const name of await fs.readdir(this.dir)) {
      const file = path.join(this.dir, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > STALE_SPARE_MS) await fs.rm(file, { force: true });
    }
    for (const rate of sampleRates) this.prepare(rate);
  }

  /** Hands out the spare for this rate (or a new encoder) and starts the next spare. */
  take(sampleRate: number): PooledEncoder {
    const spare = this.spares.get(sampleRate);
    this.spares.delete(sampleRate);
    const taken = spare ?? this.spawn(sampleRate);
    this.prepare(sampleRate);
    return taken;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const spare of this.spares.values()) {
      spare.encoder.abort();
      await fs.rm(spare.outputPath, { force: true });
    }
    this.spares.clear();
  }

  private prepare(sampleRate: number): void {
    if (this.closed || this.spares.has(sampleRate)) return;
    this.spares.set(sampleRate, this.spawn(sampleRate));
  }

  private spawn(sampleRate: number): PooledEncoder {
    const outputPath = path.join(this.dir, `${process.pid}-${randomBytes(6).toString('hex')}.mp3`);
    return { encoder: new Mp3Encoder({ sampleRate, outputPath }), outputPath };
  }
}
