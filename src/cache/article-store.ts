import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';

/** What is kept of an article: the editor's input and what the front end made of it. */
export interface ArticleRecord {
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
  get(id: string): Promise<ArticleRecord | undefined>;
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
  private readonly parsed = new Map<string, { mtimeMs: number; size: number; record: ArticleRecord }>();

  constructor(
    private readonly dir: string,
    private readonly memoryLimit = 2000,
  ) {}

  private fileFor(id: string): string {
    return path.join(this.dir, `${createHash('sha256').update(id).digest('hex').slice(0, 40)}.json`);
  }

  async get(id: string): Promise<ArticleRecord | undefined> {
    const file = this.fileFor(id);
    // A stat is far cheaper than parsing a long article on every player request, and
    // still sees writes made by other processes.
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) {
      this.parsed.delete(file);
      return undefined;
    }
    const known = this.parsed.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.record;
    const record = await readJsonIfExists<ArticleRecord>(file);
    if (record) {
      if (this.parsed.size >= this.memoryLimit) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, record });
    }
    // A hash collision would be astronomically unlikely; still, never return another article.
    return record && record.id === id ? record : undefined;
  }

  async put(record: ArticleRecord): Promise<void> {
    await writeFileAtomic(this.fileFor(record.id), JSON.stringify(record));
  }

  async delete(id: string): Promise<boolean> {
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
