import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../manifest.js';
import { AUDIO_KEY_PATTERN } from '../manifest.js';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';

/** Where finished audio lives. A directory by default; an object store can implement this too. */
export interface AudioStore {
  getManifest(key: string): Promise<Manifest | undefined>;
  /** Absolute path of a finished MP3 (for streaming and X-Accel-Redirect), if present. */
  audioFile(key: string): Promise<{ path: string; size: number; mtimeMs: number } | undefined>;
  /** Moves a finished MP3 into place, then writes its manifest: a manifest implies its audio. */
  publish(key: string, mp3Path: string, manifest: Manifest): Promise<void>;
  delete(key: string): Promise<void>;
  /** Scratch directory for one job's unfinished work (finished chunks, growing MP3). */
  workDir(key: string): string;
  /** Evicts least recently used audio until the store is under its size bound. */
  enforceLimit(): Promise<string[]>;
  /** Notes a read, for LRU eviction. */
  touch(key: string): void;
}

function assertKey(key: string): void {
  if (!AUDIO_KEY_PATTERN.test(key)) throw new Error(`invalid audio key: ${JSON.stringify(key).slice(0, 80)}`);
}

/**
 * Audio in `<root>/audio/<key>.mp3` + `<key>.json`, work in `<root>/work/<key>/`.
 * Sizes and last reads are tracked in memory; mtimes seed them after a restart.
 */
export class FileAudioStore implements AudioStore {
  private readonly audioDir: string;
  private readonly workRoot: string;
  private readonly lastRead = new Map<string, number>();

  constructor(root: string, private readonly maxBytes: number) {
    this.audioDir = path.join(root, 'audio');
    this.workRoot = path.join(root, 'work');
  }

  private mp3Path(key: string) {
    assertKey(key);
    return path.join(this.audioDir, `${key}.mp3`);
  }

  private manifestPath(key: string) {
    assertKey(key);
    return path.join(this.audioDir, `${key}.json`);
  }

  workDir(key: string): string {
    assertKey(key);
    return path.join(this.workRoot, key);
  }

  async getManifest(key: string): Promise<Manifest | undefined> {
    return readJsonIfExists<Manifest>(this.manifestPath(key));
  }

  async audioFile(key: string) {
    try {
      const file = this.mp3Path(key);
      const stat = await fs.stat(file);
      return { path: file, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async publish(key: string, mp3Path: string, manifest: Manifest): Promise<void> {
    await fs.mkdir(this.audioDir, { recursive: true });
    await fs.rename(mp3Path, this.mp3Path(key));
    await writeFileAtomic(this.manifestPath(key), JSON.stringify(manifest));
    this.touch(key);
  }

  async delete(key: string): Promise<void> {
    // Manifest first: without it the audio counts as absent, even if the unlink below fails.
    await fs.rm(this.manifestPath(key), { force: true });
    await fs.rm(this.mp3Path(key), { force: true });
    await fs.rm(this.workDir(key), { recursive: true, force: true });
    this.lastRead.delete(key);
  }

  touch(key: string): void {
    this.lastRead.set(key, Date.now());
  }

  async enforceLimit(): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.audioDir);
    } catch {
      return [];
    }
    const entries: { key: string; size: number; usedAt: number }[] = [];
    for (const name of names) {
      const key = name.slice(0, -4);
      if (!name.endsWith('.mp3') || !AUDIO_KEY_PATTERN.test(key)) continue;
      const stat = await fs.stat(path.join(this.audioDir, name)).catch(() => undefined);
      if (stat) entries.push({ key, size: stat.size, usedAt: this.lastRead.get(key) ?? stat.mtimeMs });
    }
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    const evicted: string[] = [];
    for (const entry of entries.sort((a, b) => a.usedAt - b.usedAt)) {
      if (total <= this.maxBytes) break;
      await this.delete(entry.key);
      total -= entry.size;
      evicted.push(entry.key);
    }
    return evicted;
  }
}
