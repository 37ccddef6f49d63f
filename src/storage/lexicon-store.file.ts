import { promises as fs } from 'node:fs';
import path from 'node:path';
import { classifyStorageError } from '../errors.js';
import type { Lexicon } from '../text/types.js';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';
import { versionLexicon, type LexiconStore, type SiteLexicon } from './lexicon-store.js';

/** The site lexicon in `<root>/lexicon.json`; a stat per read sees other processes' writes. */
export class FileLexiconStore implements LexiconStore {
  private readonly file: string;
  private cached: { mtimeMs: number; lexicon: SiteLexicon } | undefined;

  constructor(root: string) {
    this.file = path.join(root, 'lexicon.json');
  }

  async get(): Promise<SiteLexicon> {
    const mtimeMs = await fs.stat(this.file).then((s) => s.mtimeMs, () => 0);
    if (this.cached?.mtimeMs === mtimeMs) return this.cached.lexicon;
    const entries = mtimeMs ? ((await readJsonIfExists<Record<string, string>>(this.file).catch(() => undefined)) ?? {}) : {};
    const lexicon = versionLexicon(entries);
    this.cached = { mtimeMs, lexicon };
    return lexicon;
  }

  async put(entries: Lexicon): Promise<SiteLexicon> {
    const lexicon = versionLexicon(entries);
    try {
      await writeFileAtomic(this.file, JSON.stringify(lexicon.entries, null, 1));
    } catch (error) {
      throw classifyStorageError(error);
    }
    this.cached = { mtimeMs: await fs.stat(this.file).then((s) => s.mtimeMs), lexicon };
    return lexicon;
  }
}
