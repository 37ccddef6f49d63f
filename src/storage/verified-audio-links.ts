import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { InvalidationBus } from './cache-invalidation.js';

/** A link's target is compared with what was verified this often (size, inode, mtime). */
const RECHECK_MS = 2000;
/** Links kept at most; the oldest goes first (its requests then reach the API again). */
const MAX_LINKS = 5000;
/**
 * A link lives this long, then its next request reaches the API again: the API notes that
 * use for eviction (nginx's own answers are not counted) and checks the file anew.
 */
const MAX_AGE_MS = 5 * 60_000;

interface Verified {
  target: string;
  bytes: number;
  ino: number;
  mtimeMs: number;
  linkedAt: number;
}

/**
 * A folder of symbolic links `<key>.mp3`, one per MP3 of the local audio store that this
 * process has verified (size and SHA-256 against its manifest), for a web server in front
 * (deploy/nginx.direct.conf) to send without asking the API. A link exists only while the
 * file is known to be intact and live:
 * - it is made after verification, through a temporary name and a rename (atomic);
 * - it goes at once when any process says the audio changed (published again, evicted,
 *   withdrawn, set aside), everything goes when the bus is not live or reconnects, and on
 *   start (links of an earlier run were never checked by this one);
 * - every RECHECK_MS the target is compared with what was verified: a file that changed
 *   size, inode or modification time loses its link, and its next request reaches the API,
 *   which verifies it again (and sets it aside when it does not match its manifest);
 * - after MAX_AGE_MS it goes anyway: the next request reaches the API, which counts the
 *   use (eviction keeps what listeners use) and links the file again.
 * An evicted file leaves a dangling link, which the web server treats as missing.
 */
export class VerifiedAudioLinks {
  private readonly links = new Map<string, Verified>();
  /** Bumped by every invalidation: a link made while one arrived is removed again. */
  private generation = 0;
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(
    readonly dir: string,
    private readonly bus: InvalidationBus,
    private readonly options: { recheckMs?: number; maxLinks?: number; maxAgeMs?: number } = {},
  ) {}

  /** Empties the folder of links (creating it) and starts following the bus and the files. */
  async start(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    await this.removeAllLinks();
    this.unsubscribe = this.bus.subscribe((message) => {
      if (message.kind === 'audio') void this.remove(message.key);
      else if (message.kind === 'all') void this.clear();
    });
    this.timer = setInterval(() => void this.recheck(), this.options.recheckMs ?? RECHECK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.unsubscribe?.();
    await this.clear();
  }

  has(key: string): boolean {
    return this.links.has(key);
  }

  /**
   * Links `key` to `target`, an MP3 just verified to be `bytes` long with the right hash.
   * Does nothing when the file is no longer that size, the bus is not live, or an
   * invalidation arrived meanwhile (the verification may predate it).
   */
  async add(key: string, target: string, bytes: number): Promise<void> {
    if (this.links.has(key) || !this.bus.live) return;
    const generation = this.generation;
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat || stat.size !== bytes || generation !== this.generation) return;
    const link = this.linkPath(key);
    const temporary = path.join(this.dir, `.${key}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await fs.symlink(target, temporary);
      await fs.rename(temporary, link);
    } catch {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      return; // a folder we cannot write to costs speed (the API answers), never correctness
    }
    if (generation !== this.generation || !this.bus.live) {
      await fs.rm(link, { force: true }).catch(() => undefined);
      return;
    }
    this.links.set(key, { target, bytes, ino: stat.ino, mtimeMs: stat.mtimeMs, linkedAt: Date.now() });
    await this.keepWithinBound();
  }

  async remove(key: string): Promise<void> {
    this.generation++;
    this.links.delete(key);
    await fs.rm(this.linkPath(key), { force: true }).catch(() => undefined);
  }

  async clear(): Promise<void> {
    this.generation++;
    const keys = [...this.links.keys()];
    this.links.clear();
    await Promise.all(keys.map((key) => fs.rm(this.linkPath(key), { force: true }).catch(() => undefined)));
  }

  /** Compares every linked file with what was verified; removes the links of those that changed, and the old ones. */
  async recheck(now = Date.now()): Promise<void> {
    if (!this.bus.live) {
      await this.clear();
      return;
    }
    const maxAge = this.options.maxAgeMs ?? MAX_AGE_MS;
    for (const [key, verified] of [...this.links]) {
      const [target, link] = await Promise.all([fs.stat(verified.target).catch(() => undefined), fs.lstat(this.linkPath(key)).catch(() => undefined)]);
      const intact = target && target.size === verified.bytes && target.ino === verified.ino && target.mtimeMs === verified.mtimeMs;
      if (!intact || now - verified.linkedAt > maxAge) await this.remove(key);
      else if (!link) this.links.delete(key); // removed by another process: made again on the next verified answer
    }
  }

  private linkPath(key: string): string {
    return path.join(this.dir, `${key}.mp3`);
  }

  private async keepWithinBound(): Promise<void> {
    const max = this.options.maxLinks ?? MAX_LINKS;
    for (const key of this.links.keys()) {
      if (this.links.size <= max) break;
      await this.remove(key);
    }
  }

  /** Removes the links and temporary links in the folder; anything else in it is left alone. */
  private async removeAllLinks(): Promise<void> {
    for (const name of await fs.readdir(this.dir)) {
      const full = path.join(this.dir, name);
      const stat = await fs.lstat(full).catch(() => undefined);
      if (stat?.isSymbolicLink()) await fs.rm(full, { force: true });
    }
  }
}
