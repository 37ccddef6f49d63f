import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { classifyStorageError } from '../errors.js';
import type { VoiceId } from '../voices.js';
import {
  listingTime,
  matchesQuery,
  summarize,
  type ArticleListQuery,
  type ArticleRecord,
  type ArticleStore,
  type ArticleSummary,
  type PendingGeneration,
} from './article-store.js';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';

/** Parsed records kept per process (each is re-validated by a stat before use). */
const PARSED_LIMIT = 2000;

/**
 * Articles as JSON files in one directory tree (the default; one machine):
 *   articles/<h>.json   the record          index/<h>.json   its listing row
 *   pending/<h>.json    generation waiting for the queue (the outbox)
 * `<h>` is a hash of the article ID: no client string ever becomes a path. A stat before
 * each cached read sees writes by other processes on the same disk at once.
 */
export class FileArticleStore implements ArticleStore {
  private readonly parsed = new Map<string, { mtimeMs: number; size: number; record: ArticleRecord }>();
  private index: { dirMtimeMs: number; rows: Map<string, ArticleSummary> } | undefined;

  constructor(private readonly root: string) {}

  private file(dir: 'articles' | 'index' | 'pending', id: string): string {
    return path.join(this.root, dir, `${createHash('sha256').update(id).digest('hex').slice(0, 40)}.json`);
  }

  async get(id: string): Promise<ArticleRecord | undefined> {
    const file = this.file('articles', id);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) {
      this.parsed.delete(file);
      return undefined;
    }
    const known = this.parsed.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.record;
    const record = await readJsonIfExists<ArticleRecord>(file).catch(() => undefined);
    // A hash collision is astronomically unlikely; still, never return another article.
    if (!record || record.id !== id) return undefined;
    if (this.parsed.size >= PARSED_LIMIT) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, record });
    return record;
  }

  async getMany(ids: string[]): Promise<ArticleRecord[]> {
    const records = await Promise.all(ids.map((id) => this.get(id)));
    return records.filter((r): r is ArticleRecord => r !== undefined);
  }

  async missing(ids: string[]): Promise<string[]> {
    const present = await Promise.all(ids.map((id) => fs.stat(this.file('articles', id)).then(() => true, () => false)));
    return ids.filter((_, i) => !present[i]);
  }

  async put(record: ArticleRecord): Promise<void> {
    const file = this.file('articles', record.id);
    try {
      // Listing row first: a row without its record is skipped by list(); the reverse would hide an article.
      await writeFileAtomic(this.file('index', record.id), JSON.stringify(summarize(record)));
      await writeFileAtomic(file, JSON.stringify(record));
    } catch (error) {
      throw classifyStorageError(error);
    }
    const stat = await fs.stat(file);
    this.parsed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, record });
    this.index?.rows.set(record.id, summarize(record));
  }

  async delete(id: string): Promise<boolean> {
    const file = this.file('articles', id);
    this.parsed.delete(file);
    this.index?.rows.delete(id);
    const existed = await fs.rm(file).then(() => true, (error) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    });
    await fs.rm(this.file('index', id), { force: true });
    await fs.rm(this.file('pending', id), { force: true });
    return existed;
  }

  async list(query: ArticleListQuery): Promise<ArticleSummary[]> {
    const rows = await this.indexRows();
    const matching: ArticleSummary[] = [];
    for (const row of rows.values()) if (matchesQuery(row, query)) matching.push(row);
    return matching.sort((a, b) => listingTime(b).localeCompare(listingTime(a))).slice(0, query.limit);
  }

  async deleteExpired(now: Date): Promise<string[]> {
    const expired: string[] = [];
    // The listing rows carry the expiry: no article is read to find the expired ones.
    for (const row of (await this.indexRows()).values()) {
      if (row.expiresAt && row.expiresAt <= now.toISOString()) expired.push(row.id);
    }
    for (const id of expired) await this.delete(id);
    return expired;
  }

  async addPending(articleId: string, voices: VoiceId[]): Promise<void> {
    const file = this.file('pending', articleId);
    const previous = await readJsonIfExists<PendingGeneration>(file).catch(() => undefined);
    const merged = [...new Set([...(previous?.voices ?? []), ...voices])];
    const entry: PendingGeneration = { articleId, voices: merged, requestedAt: previous?.requestedAt ?? new Date().toISOString() };
    await writeFileAtomic(file, JSON.stringify(entry)).catch((error) => {
      throw classifyStorageError(error);
    });
  }

  async listPending(limit: number): Promise<PendingGeneration[]> {
    const dir = path.join(this.root, 'pending');
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const entries: PendingGeneration[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const entry = await readJsonIfExists<PendingGeneration>(path.join(dir, name)).catch(() => undefined);
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)).slice(0, limit);
  }

  async removePending(articleId: string): Promise<void> {
    await fs.rm(this.file('pending', articleId), { force: true });
  }

  /** Listing rows of every article, re-read when another process changed the directory. */
  private async indexRows(): Promise<Map<string, ArticleSummary>> {
    const dir = path.join(this.root, 'index');
    const dirMtimeMs = await fs.stat(dir).then((s) => s.mtimeMs, () => 0);
    if (this.index && this.index.dirMtimeMs === dirMtimeMs) return this.index.rows;
    const rows = new Map<string, ArticleSummary>();
    for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const row = await readJsonIfExists<ArticleSummary>(path.join(dir, name)).catch(() => undefined);
      // A row whose record is gone (a crash between the two deletes) is not listed.
      if (row && (await fs.stat(path.join(this.root, 'articles', name)).catch(() => undefined))) rows.set(row.id, row);
    }
    this.index = { dirMtimeMs, rows };
    return rows;
  }
}
