import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { LameLanes } from './lame-lanes.js';
import { MP3_BITRATE_KBPS, Mp3Encoder } from './mp3-encoder.js';

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
 * Hands out MP3 encoders that share the process's encoder threads (libmp3lame in worker
 * threads, see lame-lanes.ts), started and warmed up front so the first job's first audio
 * does not wait for them. Output files live in `dir`, a directory of this host (on the
 * audio store's disk in local mode, so the finished file is renamed into place); a file is
 * created only when its first audio is encoded.
 */
export class EncoderPool {
  private readonly lanes: LameLanes;
  private readonly segmentSeconds: number | undefined;

  /**
   * @param options.lanes encoder threads (default: one per core, at most two)
   * @param options.segmentSeconds audio per parallel segment (see Mp3Encoder; tests cut finer)
   */
  constructor(
    private readonly dir: string,
    options: { lanes?: number; segmentSeconds?: number } = {},
  ) {
    this.lanes = new LameLanes(options.lanes);
    this.segmentSeconds = options.segmentSeconds;
  }

  /** Creates the output directory, removes what crashed processes left in it, warms the encoder threads. */
  async start(sampleRates: number[]): Promise<string[]> {
    await fs.mkdir(this.dir, { recursive: true });
    const removed = await removeOrphansIn(this.dir);
    await this.lanes.warm(sampleRates, MP3_BITRATE_KBPS);
    return removed;
  }

  /** A new encoder writing to a new file of this pool. */
  take(sampleRate: number): PooledEncoder {
    const outputPath = path.join(this.dir, `${HOST}-${process.pid}-${randomBytes(6).toString('hex')}.mp3`);
    OURS.add(outputPath);
    return { encoder: new Mp3Encoder({ sampleRate, outputPath, lanes: this.lanes, segmentSeconds: this.segmentSeconds }), outputPath };
  }

  /**
   * Removes files of processes that are gone, again: a worker on this host may be killed
   * after this one started and cleaned up (encoders run in-process, so nothing writes its
   * files after it died).
   */
  removeOrphans(): Promise<string[]> {
    return removeOrphansIn(this.dir);
  }

  /** The job is done with a taken encoder's file (published or removed). */
  release(outputPath: string): void {
    OURS.delete(outputPath);
  }

  async close(): Promise<void> {
    await this.lanes.close();
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
