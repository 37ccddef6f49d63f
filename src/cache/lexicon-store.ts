import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Lexicon } from '../text/types.js';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';

export interface SiteLexicon {
  entries: Lexicon;
  /** Changes whenever the entries change. */
  version: string;
}

/** How long a process trusts its copy before looking at the file again (other processes may write it). */
const RECHECK_MS = 1000;

/** The editors' site lexicon (word → pronunciation), kept in one JSON file. */
export class LexiconStore {
  private readonly file: string;
  private cached: SiteLexicon | undefined;
  private checkedAt = 0;
  private mtimeMs = -1;

  constructor(root: string) {
    this.file = path.join(root, 'lexicon.json');
  }

  async get(): Promise<SiteLexicon> {
    const now = Date.now();
    if (this.cached && now - this.checkedAt < RECHECK_MS) return this.cached;
    this.checkedAt = now;
    const mtimeMs = await fs.stat(this.file).then((s) => s.mtimeMs, () => 0);
    if (!this.cached || mtimeMs !== this.mtimeMs) {
      const entries = (await readJsonIfExists<Record<string, string>>(this.file)) ?? {};
      this.cached = { entries, version: versionOf(entries) };
      this.mtimeMs = mtimeMs;
    }
    return this.cached;
  }

  async put(entries: Lexicon): Promise<SiteLexicon> {
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
    await writeFileAtomic(this.file, JSON.stringify(sorted, null, 1));
    this.cached = { entries: sorted, version: versionOf(sorted) };
    this.checkedAt = Date.now();
    this.mtimeMs = await fs.stat(this.file).then((s) => s.mtimeMs, () => 0);
    return this.cached;
  }
}

function versionOf(entries: Lexicon): string {
  const sorted = Object.entries(entries).sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
}
