import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AUDIO_KEY_PATTERN, type Manifest } from '../manifest.js';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';
import {
  DEFAULT_IDLE_LIMIT_MS,
  DEFAULT_WAIT_FOR_START_MS,
  isLeftOver,
  sleep,
  STREAM_POLL_MS,
  type PartialAudioWriter,
  type PartialOutcome,
  type PartialStreamOptions,
  type SweepOptions,
  type WorkStore,
} from './work-store.js';

const PARTIAL_MP3 = 'audio.partial.mp3';
const PROGRESS = 'progress.json';
const STATE = 'state';

/** `state` holds "<phase> <attempt>": a reader notices when a retry replaced its attempt. */
function parseState(raw: string | undefined): { phase?: string; attempt?: string } {
  const [phase, attempt] = (raw ?? '').trim().split(' ');
  return { phase: phase || undefined, attempt };
}

/**
 * A job's partial files on this machine, in `<root>/<key>/`: `audio.partial.mp3` (a link
 * to the encoder's output file, read by players as it grows), `progress.json`, and
 * `state` ("running", "done" or "failed"). Readers hold one descriptor open, so the
 * encoder's file being renamed into the audio store at the end does not cut them off.
 */
export class LocalWorkStore implements WorkStore {
  constructor(readonly root: string) {}

  private dir(key: string): string {
    if (!AUDIO_KEY_PATTERN.test(key)) throw new Error(`invalid audio key: ${JSON.stringify(key).slice(0, 80)}`);
    return path.join(this.root, key);
  }

  async begin(key: string): Promise<PartialAudioWriter> {
    const dir = this.dir(key);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    const attempt = randomBytes(6).toString('hex');
    await writeFileAtomic(path.join(dir, STATE), `running ${attempt}`, { fsync: false });
    return {
      attach: async (encoderOutputPath) => {
        await fs.symlink(path.resolve(encoderOutputPath), path.join(dir, PARTIAL_MP3));
      },
      writeProgress: async (partial) => {
        await writeFileAtomic(path.join(dir, PROGRESS), JSON.stringify(partial), { fsync: false });
      },
      end: async (outcome: PartialOutcome) => {
        if (outcome === 'failed') await fs.rm(path.join(dir, PARTIAL_MP3), { force: true });
        await writeFileAtomic(path.join(dir, STATE), `${outcome} ${attempt}`, { fsync: false }).catch(() => undefined);
      },
    };
  }

  async progress(key: string): Promise<Manifest | undefined> {
    return readJsonIfExists<Manifest>(path.join(this.dir(key), PROGRESS)).catch(() => undefined);
  }

  private async state(key: string): Promise<{ phase?: string; attempt?: string }> {
    return parseState(await fs.readFile(path.join(this.dir(key), STATE), 'utf8').catch(() => undefined));
  }

  async stream(key: string, options: PartialStreamOptions = {}): Promise<AsyncIterable<Buffer> | undefined> {
    const file = path.join(this.dir(key), PARTIAL_MP3);
    const deadline = Date.now() + (options.waitForStartMs ?? DEFAULT_WAIT_FOR_START_MS);
    for (;;) {
      const state = await this.state(key);
      const handle = await fs.open(file, 'r').catch(() => undefined);
      if (handle) return this.follow(key, handle, state.attempt, options);
      if (Date.now() > deadline || options.signal?.aborted || (state.phase !== undefined && state.phase !== 'running')) return undefined;
      await sleep(STREAM_POLL_MS, options.signal);
    }
  }

  private async *follow(key: string, handle: fs.FileHandle, attempt: string | undefined, options: PartialStreamOptions): AsyncGenerator<Buffer> {
    const buffer = Buffer.alloc(64 * 1024);
    const idleLimit = options.idleLimitMs ?? DEFAULT_IDLE_LIMIT_MS;
    let position = 0;
    let idleSince = Date.now();
    try {
      while (!options.signal?.aborted) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead > 0) {
          position += bytesRead;
          idleSince = Date.now();
          yield Buffer.from(buffer.subarray(0, bytesRead));
          continue;
        }
        const state = await this.state(key);
        if (state.attempt !== attempt) return; // a retry replaced this attempt (or it was cleared)
        if (state.phase === 'done') {
          // Everything was written before the state changed: read to the end, then stop.
          for (let r = await handle.read(buffer, 0, buffer.length, position); r.bytesRead > 0; r = await handle.read(buffer, 0, buffer.length, position)) {
            position += r.bytesRead;
            yield Buffer.from(buffer.subarray(0, r.bytesRead));
          }
          return;
        }
        if (state.phase !== 'running') return; // failed
        if (Date.now() - idleSince > idleLimit) return;
        await sleep(STREAM_POLL_MS, options.signal);
      }
    } finally {
      await handle.close();
    }
  }

  async clear(key: string): Promise<void> {
    await fs.rm(this.dir(key), { recursive: true, force: true });
  }

  async sweep(options: SweepOptions): Promise<string[]> {
    const cleared: string[] = [];
    for (const name of await fs.readdir(this.root).catch(() => [] as string[])) {
      if (!AUDIO_KEY_PATTERN.test(name)) continue;
      const { phase } = await this.state(name);
      // The state file is rewritten when the attempt ends: its time is when it ended.
      const endedAt = async () => (await fs.stat(path.join(this.root, name, STATE)).catch(() => undefined))?.mtimeMs ?? 0;
      const ended = phase === 'done' || phase === 'failed' ? { outcome: phase as PartialOutcome, at: await endedAt() } : undefined;
      if (await isLeftOver(name, ended, options)) {
        await this.clear(name);
        cleared.push(name);
      }
    }
    return cleared;
  }

  async bytes(): Promise<number> {
    let total = 0;
    for (const entry of await fs.readdir(this.root, { withFileTypes: true, recursive: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      total += await fs.stat(path.join(entry.parentPath, entry.name)).then((s) => s.size, () => 0);
    }
    return total;
  }
}
