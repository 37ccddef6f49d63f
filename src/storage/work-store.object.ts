import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { AUDIO_KEY_PATTERN, type Manifest } from '../manifest.js';
import type { ObjectStore } from './object-store.js';
import {
  DEFAULT_IDLE_LIMIT_MS,
  DEFAULT_WAIT_FOR_START_MS,
  isLeftOver,
  sleep,
  type PartialAudioWriter,
  type PartialOutcome,
  type PartialStreamOptions,
  type SweepOptions,
  type WorkStore,
} from './work-store.js';

/** A part is uploaded once this much is new, or once the oldest new byte has waited this long. */
const PART_BYTES = 64 * 1024;
const PART_WAIT_MS = 200;
/** How often the writer looks at the encoder's file, and a reader for the next part. */
const TAIL_POLL_MS = 25;
const READ_POLL_MS = 60;

interface Attempt {
  attempt: string;
  startedAt: number;
}

interface Ending {
  outcome: PartialOutcome;
  parts: number;
  endedAt: number;
}

/**
 * A job's partial audio as numbered parts in an object store, so that any API host can
 * stream a job that runs on any worker host:
 *   work/<key>/current.json            which attempt is running (a retry replaces it)
 *   work/<key>/<attempt>/p-000001 …    the growing MP3, in order
 *   work/<key>/<attempt>/progress.json the sentences encoded so far
 *   work/<key>/<attempt>/end.json      how it ended and how many parts there are
 * The writer tails the encoder's output file and uploads what is new in ~64 KiB parts
 * (the first at once, so playback starts early).
 */
export class ObjectWorkStore implements WorkStore {
  constructor(private readonly objects: ObjectStore) {}

  private base(key: string): string {
    if (!AUDIO_KEY_PATTERN.test(key)) throw new Error(`invalid audio key: ${JSON.stringify(key).slice(0, 80)}`);
    return `work/${key}`;
  }

  private async current(key: string): Promise<Attempt | undefined> {
    const raw = await this.objects.get(`${this.base(key)}/current.json`);
    return raw ? (JSON.parse(raw.toString('utf8')) as Attempt) : undefined;
  }

  private async ending(key: string, attempt: string): Promise<Ending | undefined> {
    const raw = await this.objects.get(`${this.base(key)}/${attempt}/end.json`);
    return raw ? (JSON.parse(raw.toString('utf8')) as Ending) : undefined;
  }

  async begin(key: string): Promise<PartialAudioWriter> {
    const base = this.base(key);
    const attempt = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    await this.objects.put(`${base}/current.json`, JSON.stringify({ attempt, startedAt: Date.now() } satisfies Attempt));
    const prefix = `${base}/${attempt}`;
    let tailer: FileTailer | undefined;
    return {
      attach: async (encoderOutputPath) => {
        tailer = new FileTailer(encoderOutputPath, (index, bytes) => this.objects.put(`${prefix}/${partName(index)}`, bytes));
      },
      writeProgress: async (partial) => {
        await this.objects.put(`${prefix}/progress.json`, JSON.stringify(partial));
      },
      end: async (outcome) => {
        const parts = outcome === 'done' ? ((await tailer?.finish()) ?? 0) : (tailer?.stop(), 0);
        await this.objects.put(`${prefix}/end.json`, JSON.stringify({ outcome, parts, endedAt: Date.now() } satisfies Ending));
      },
    };
  }

  async progress(key: string): Promise<Manifest | undefined> {
    const current = await this.current(key);
    if (!current) return undefined;
    const raw = await this.objects.get(`${this.base(key)}/${current.attempt}/progress.json`);
    return raw ? (JSON.parse(raw.toString('utf8')) as Manifest) : undefined;
  }

  async stream(key: string, options: PartialStreamOptions = {}): Promise<AsyncIterable<Buffer> | undefined> {
    const deadline = Date.now() + (options.waitForStartMs ?? DEFAULT_WAIT_FOR_START_MS);
    for (;;) {
      const current = await this.current(key);
      if (current) {
        const ending = await this.ending(key, current.attempt);
        if (ending?.outcome === 'failed') return undefined;
        const first = await this.objects.get(`${this.base(key)}/${current.attempt}/${partName(1)}`);
        if (first) return this.follow(key, current.attempt, first, options);
        if (ending) return undefined;
      }
      if (Date.now() > deadline || options.signal?.aborted) return undefined;
      await sleep(READ_POLL_MS, options.signal);
    }
  }

  private async *follow(key: string, attempt: string, first: Buffer, options: PartialStreamOptions): AsyncGenerator<Buffer> {
    const prefix = `${this.base(key)}/${attempt}`;
    const idleLimit = options.idleLimitMs ?? DEFAULT_IDLE_LIMIT_MS;
    yield first;
    let next = 2;
    let idleSince = Date.now();
    while (!options.signal?.aborted) {
      const part = await this.objects.get(`${prefix}/${partName(next)}`);
      if (part) {
        next++;
        idleSince = Date.now();
        yield part;
        continue;
      }
      const ending = await this.ending(key, attempt);
      if (ending) {
        if (ending.outcome === 'done' && next <= ending.parts) continue; // written before the ending: read on
        return;
      }
      if ((await this.current(key))?.attempt !== attempt) return; // a retry replaced this attempt
      if (Date.now() - idleSince > idleLimit) return;
      await sleep(READ_POLL_MS, options.signal);
    }
  }

  async clear(key: string): Promise<void> {
    for await (const object of this.objects.list(`${this.base(key)}/`)) await this.objects.delete(object.key);
  }

  async sweep(options: SweepOptions): Promise<string[]> {
    const keys = new Set<string>();
    for await (const object of this.objects.list('work/')) {
      const match = /^work\/([a-f0-9]{64})\/current\.json$/.exec(object.key);
      if (match) keys.add(match[1]);
    }
    const cleared: string[] = [];
    for (const key of keys) {
      const current = await this.current(key);
      const ending = current ? await this.ending(key, current.attempt) : undefined;
      if (await isLeftOver(key, ending && { outcome: ending.outcome, at: ending.endedAt }, options)) {
        await this.clear(key);
        cleared.push(key);
      }
    }
    return cleared;
  }

  async bytes(): Promise<number> {
    let total = 0;
    for await (const object of this.objects.list('work/')) total += object.bytes;
    return total;
  }
}

const partName = (index: number) => `p-${String(index).padStart(6, '0')}`;

/**
 * Follows a file that another process is appending to and hands over what is new, in
 * parts, in order. It holds one descriptor from the moment the file exists, so the file
 * may be renamed or removed (published) before `finish()` uploads the rest.
 */
class FileTailer {
  private handle: fs.FileHandle | undefined;
  private position = 0;
  private parts = 0;
  private pendingSince = 0;
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly file: string,
    private readonly upload: (index: number, bytes: Buffer) => Promise<void>,
  ) {
    this.loop = this.run();
    this.loop.catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      await this.uploadNew(false);
      await sleep(TAIL_POLL_MS);
    }
  }

  /** Uploads new bytes when there are enough, or they have waited long enough (or `all`). */
  private async uploadNew(all: boolean): Promise<void> {
    this.handle ??= await fs.open(this.file, 'r').catch(() => undefined);
    if (!this.handle) return;
    const size = (await this.handle.stat()).size;
    const fresh = size - this.position;
    if (fresh <= 0) return;
    this.pendingSince ||= Date.now();
    // The first part goes at once: it is what lets a player start.
    if (!all && this.parts > 0 && fresh < PART_BYTES && Date.now() - this.pendingSince < PART_WAIT_MS) return;
    while (this.position < size) {
      const length = Math.min(all ? size - this.position : PART_BYTES * 4, size - this.position);
      const bytes = Buffer.alloc(length);
      const { bytesRead } = await this.handle.read(bytes, 0, length, this.position);
      if (bytesRead === 0) break;
      await this.upload(++this.parts, bytes.subarray(0, bytesRead));
      this.position += bytesRead;
    }
    this.pendingSince = 0;
  }

  /** Stops following (the attempt failed); nothing more is uploaded. */
  stop(): void {
    this.stopped = true;
    void this.loop.finally(() => this.handle?.close().catch(() => undefined));
  }

  /** Uploads everything the file holds now (the encoder has finished), then lets go of it. */
  async finish(): Promise<number> {
    this.stopped = true;
    await this.loop.catch(() => undefined);
    try {
      await this.uploadNew(true);
    } finally {
      await this.handle?.close().catch(() => undefined);
    }
    return this.parts;
  }
}
