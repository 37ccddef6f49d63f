import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';

/** How long a parsed record is used without looking at its file again. */
const TRUST_MS = 1000;

/** What an editor may say about an article besides its text (feeds, intake). */
export interface ArticleMetadata {
  /** Feed category, e.g. "Thời sự". */
  category?: string;
  tags?: string[];
  /** ISO 8601 date-time of publication (feeds sort by it). */
  publishedAt?: string;
  /** The page the text was fetched from, for articles registered by URL. */
  sourceUrl?: string;
}

/** What is kept of an article: the editor's input and what the front end made of it. */
export interface ArticleRecord extends ArticleMetadata {
  id: string;
  title?: string;
  /** The input as sent (exactly one of text/html). */
  text?: string;
  html?: string;
  /** The text after extraction and clean-up (title first): what is read and highlighted. */
  cleanText: string;
  /** sha256 of the clean text: the part of the audio key that depends on the article. */
  revision: string;
  /** Number of characters of clean text (for quotas and progress estimates). */
  cleanChars: number;
  createdAt: string;
  updatedAt: string;
}

/** Persists articles so a restart loses nothing. Keyed by article ID. */
export interface ArticleStore {
  /** `fresh` skips the short trust window: for work that must see the latest revision. */
  get(id: string, options?: { fresh?: boolean }): Promise<ArticleRecord | undefined>;
  put(record: ArticleRecord): Promise<void>;
  delete(id: string): Promise<boolean>;
  list(): Promise<string[]>;
}

/**
 * Stores each article as one JSON file under `articles/`. The file name is a hash of the
 * article ID, never the client's string itself, so no client input ever becomes a path.
 */
export class FileArticleStore implements ArticleStore {
  /** Parsed records by file, trusted while the file's mtime and size are unchanged. */
  private readonly parsed = new Map<string, { mtimeMs: number; size: number; checkedAt: number; record: ArticleRecord }>();

  constructor(
    private readonly dir: string,
    private readonly options: { memoryLimit?: number; trustMs?: number } = {},
  ) {}

  private fileFor(id: string): string {
    return path.join(this.dir, `${createHash('sha256').update(id).digest('hex').slice(0, 40)}.json`);
  }

  async get(id: string, options: { fresh?: boolean } = {}): Promise<ArticleRecord | undefined> {
    const file = this.fileFor(id);
    const known = this.parsed.get(file);
    const trustMs = options.fresh ? 0 : (this.options.trustMs ?? TRUST_MS);
    // Players ask for the same article many times a second: trust a fresh copy briefly.
    // Writes through this store update it at once; other processes' writes show within a second.
    if (known && Date.now() - known.checkedAt < trustMs) return known.record;
    // A stat is far cheaper than parsing a long article on every player request, and
    // still sees writes made by other processes.
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) {
      this.parsed.delete(file);
      return undefined;
    }
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
      known.checkedAt = Date.now();
      return known.record;
    }
    const record = await readJsonIfExists<ArticleRecord>(file);
    if (record) {
      if (this.parsed.size >= (this.options.memoryLimit ?? 2000)) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, checkedAt: Date.now(), record });
    }
    // A hash collision would be astronomically unlikely; still, never return another article.
    return record && record.id === id ? record : undefined;
  }

  async put(record: ArticleRecord): Promise<void> {
    const file = this.fileFor(record.id);
    await writeFileAtomic(file, JSON.stringify(record));
    const stat = await fs.stat(file);
    this.parsed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, checkedAt: Date.now(), record });
  }

  async delete(id: string): Promise<boolean> {
    this.parsed.delete(this.fileFor(id));
    try {
      await fs.unlink(this.fileFor(id));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async list(): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const ids: string[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const record = await readJsonIfExists<ArticleRecord>(path.join(this.dir, name));
      if (record) ids.push(record.id);
    }
    return ids.sort();
  }
}
