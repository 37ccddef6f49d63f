import type { ArticleRecord, ArticleStore } from '../cache/article-store.js';
import type { VoiceId } from '../voices.js';

/** One article a player can offer next ("Nghe tiếp"). */
export interface PlaylistItem {
  articleId: string;
  title?: string;
  category?: string;
  publishedAt?: string;
  /** Known when the article's audio in the asked voice is ready. */
  durationMs?: number;
}

export interface LatestQuery {
  voice: VoiceId;
  category?: string;
  limit: number;
  /** The article being listened to, left out of its own playlist. */
  exclude?: string;
}

export interface PlaylistDeps {
  articles: Pick<ArticleStore, 'list' | 'get'>;
  /** The duration of an article's ready audio in a voice; undefined while it has none. */
  durationOf(record: ArticleRecord, voice: VoiceId): Promise<number | undefined>;
  /** How long the sorted article list is reused before the store is read again. */
  cacheMs?: number;
  now?: () => number;
}

/** What the listing keeps of each article, newest first. */
interface Summary {
  record: ArticleRecord;
  publishedMs: number;
}

const DEFAULT_CACHE_MS = 5000;

/**
 * Playlists for the player's "Nghe tiếp": the latest articles, newest first by
 * `publishedAt` (the time the article was stored when the site gave none), optionally of
 * one category. Articles published in the future are not listed yet. Reads the article
 * store's `list` + `get` and keeps the sorted result for a few seconds, so players asking
 * on every page view do not read every article each time.
 * @example await playlists.latest({ voice: 'north-female', category: 'kinh-te', limit: 5, exclude: 'bai-1' })
 * //=> [{ articleId: 'bai-2', title: 'Giá cà phê tăng', category: 'kinh-te', publishedAt: '2026-11-30T08:00:00Z', durationMs: 95000 }, …]
 */
export class Playlists {
  private cached?: { at: number; summaries: Summary[] };
  private loading?: Promise<Summary[]>;

  constructor(private readonly deps: PlaylistDeps) {}

  async latest(query: LatestQuery): Promise<PlaylistItem[]> {
    const now = this.now();
    const category = query.category?.trim();
    const picked = (await this.summaries())
      .filter((s) => s.publishedMs <= now && s.record.id !== query.exclude && (!category || s.record.category === category))
      .slice(0, query.limit);
    return Promise.all(picked.map((s) => this.toItem(s.record, query.voice)));
  }

  private async toItem(record: ArticleRecord, voice: VoiceId): Promise<PlaylistItem> {
    const durationMs = await this.deps.durationOf(record, voice).catch(() => undefined);
    return {
      articleId: record.id,
      ...(record.title !== undefined && { title: record.title }),
      ...(record.category !== undefined && { category: record.category }),
      ...(record.publishedAt !== undefined && { publishedAt: record.publishedAt }),
      ...(durationMs !== undefined && { durationMs }),
    };
  }

  private async summaries(): Promise<Summary[]> {
    const cacheMs = this.deps.cacheMs ?? DEFAULT_CACHE_MS;
    if (this.cached && this.now() - this.cached.at < cacheMs) return this.cached.summaries;
    // Concurrent requests share one read of the store.
    this.loading ??= this.readAll().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async readAll(): Promise<Summary[]> {
    const ids = await this.deps.articles.list();
    const records = await Promise.all(ids.map((id) => this.deps.articles.get(id)));
    const summaries = records
      .filter((r): r is ArticleRecord => r !== undefined)
      .map((record) => ({ record, publishedMs: Date.parse(record.publishedAt ?? record.createdAt) || 0 }))
      .sort((a, b) => b.publishedMs - a.publishedMs || a.record.id.localeCompare(b.record.id));
    this.cached = { at: this.now(), summaries };
    return summaries;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }
}
