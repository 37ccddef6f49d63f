import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { Mp3Encoder } from './mp3-encoder.js';

/** An encoder and the file it writes to. */
export interface PooledEncoder {
  encoder: Mp3Encoder;
  outputPath: string;
}

/** Files of other hosts cannot be checked for a live owner: anything this old was left by a crash. */
const STALE_FOREIGN_MS = 24 * 3600 * 1000;

/** Output files are named `<host>-<pid>-<random>.mp3`, so a start can tell whose they are. */
const OWNER = /^(.+)-(\d+)-[0-9a-f]{12}\.mp3$/;

/**
 * Keeps one MP3 encoder started ahead of time per sample rate. Starting ffmpeg costs
 * 0.1–0.4 s (loading its libraries), which would otherwise delay every job's first audio.
 * A spare waits for PCM on stdin and creates its output file only when audio arrives, so an
 * idle spare costs one sleeping process and no file. Its output lives in `dir`, a directory of
 * this host (on the audio store's disk in local mode, so the finished file is renamed into place).
 */
export class EncoderPool {
  private readonly spares = new Map<number, PooledEncoder>();
  private closed = false;

  constructor(private readonly dir: string) {}

  /** Creates the output directory, removes what crashed processes left in it, starts the spares. */
  async start(sampleRates: number[]): Promise<string[]> {
    await fs.mkdir(this.dir, { recursive: true });
    const removed = await removeOrphansIn(this.dir);
    for (const rate of sampleRates) this.prepare(rate);
    return removed;
  }

  /** Hands out the spare for this rate (or a new encoder) and starts the next spare. */
  take(sampleRate: number): PooledEncoder {
    const spare = this.spares.get(sampleRate);
    this.spares.delete(sampleRate);
    const taken = spare ?? this.spawn(sampleRate);
    this.prepare(sampleRate);
    return taken;
  }

  /**
   * Removes files of processes that are gone, again: the encoder of a killed worker outlives
   * it for a moment and may write its file after the next worker started and cleaned up.
   */
  removeOrphans(): Promise<string[]> {
    return removeOrphansIn(this.dir);
  }

  /** The job is done with a taken encoder's file (published or removed). */
  release(outputPath: string): void {
    OURS.delete(outputPath);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const spare of this.spares.values()) {
      spare.encoder.abort();
      await fs.rm(spare.outputPath, { force: true });
      OURS.delete(spare.outputPath);
    }
    this.spares.clear();
  }

  private prepare(sampleRate: number): void {
    if (this.closed || this.spares.has(sampleRate)) return;
    this.spares.set(sampleRate, this.spawn(sampleRate));
  }

  private spawn(sampleRate: number): PooledEncoder {
    const outputPath = path.join(this.dir, `${HOST}-${process.pid}-${randomBytes(6).toString('hex')}.mp3`);
    OURS.add(outputPath);
    return { encoder: new Mp3Encoder({ sampleRate, outputPath }), outputPath };
  }
}

const HOST = hostname().replace(/[^A-Za-z0-9.]/g, '_');
/** Output files this process made (another pool in the same process must not take them for orphans). */
const OURS = new Set<string>();

/**
 * Removes output files whose process is gone: on this host, a file of a dead process (or of
 * this very PID, which a restarted container gets again); of another host, only when old.
 */
async function removeOrphansIn(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const owner = OWNER.exec(name);
    let orphan: boolean;
    if (owner && owner[1] === HOST) {
      const pid = Number(owner[2]);
      orphan = pid === process.pid ? !OURS.has(file) : !isAlive(pid);
    } else {
      const stat = await fs.stat(file).catch(() => undefined);
      orphan = !!stat && Date.now() - stat.mtimeMs > STALE_FOREIGN_MS;
    }
    if (orphan) {
      await fs.rm(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
