import { isBulletinId } from '../bulletins/bulletin-id.js';
import type { ArticleStore, ArticleSummary } from '../storage/article-store.js';
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
  articles: Pick<ArticleStore, 'list'>;
  /** The duration of an article's ready audio in a voice; undefined while it has none. */
  durationOf(article: ArticleSummary, voice: VoiceId): Promise<number | undefined>;
  /** How long a listing is reused before the store is asked again. */
  cacheMs?: number;
  now?: () => number;
}

const DEFAULT_CACHE_MS = 5000;
/** Articles published in the future are skipped: ask for a few more than the limit. */
const LOOKAHEAD = 20;

/**
 * Playlists for the player's "Nghe tiếp": the latest articles, newest first by
 * `publishedAt` (the time the article was stored when the site gave none), optionally of
 * one category, from the article store's listing (an index in PostgreSQL). Articles
 * published in the future are not listed yet. A listing is kept for a few seconds, so
 * players asking on every page view do not query the store each time.
 * @example await playlists.latest({ voice: 'north-female', category: 'kinh-te', limit: 5, exclude: 'bai-1' })
 * //=> [{ articleId: 'bai-2', title: 'Giá cà phê tăng', category: 'kinh-te', publishedAt: '2026-11-30T08:00:00Z', durationMs: 95000 }, …]
 */
export class Playlists {
  private readonly cached = new Map<string, { at: number; rows: Promise<ArticleSummary[]> }>();

  constructor(private readonly deps: PlaylistDeps) {}

  async latest(query: LatestQuery): Promise<PlaylistItem[]> {
    const now = this.now();
    const category = query.category?.trim() || undefined;
    const rows = await this.listing(category, query.limit + LOOKAHEAD);
    const picked = rows
      // Bulletins are episodes of their own feed, not articles to read next.
      .filter((row) => (Date.parse(row.publishedAt ?? row.createdAt) || 0) <= now && row.id !== query.exclude && !isBulletinId(row.id))
      .slice(0, query.limit);
    return Promise.all(picked.map((row) => this.toItem(row, query.voice)));
  }

  /** Drops the listings kept (an article was written, unpublished or deleted somewhere). */
  forget(): void {
    this.cached.clear();
  }

  private async toItem(row: ArticleSummary, voice: VoiceId): Promise<PlaylistItem> {
    const durationMs = await this.deps.durationOf(row, voice).catch(() => undefined);
    return {
      articleId: row.id,
      ...(row.title !== undefined && { title: row.title }),
      ...(row.category !== undefined && { category: row.category }),
      ...(row.publishedAt !== undefined && { publishedAt: row.publishedAt }),
      ...(durationMs !== undefined && { durationMs }),
    };
  }

  /** One listing per (category, size), shared by concurrent requests and kept briefly. */
  private listing(category: string | undefined, limit: number): Promise<ArticleSummary[]> {
    const key = `${category ?? ''}|${limit}`;
    const known = this.cached.get(key);
    if (known && this.now() - known.at < (this.deps.cacheMs ?? DEFAULT_CACHE_MS)) return known.rows;
    const rows = this.deps.articles.list({ category, limit, publishedOnly: true });
    if (this.cached.size > 100) this.cached.clear();
    this.cached.set(key, { at: this.now(), rows });
    rows.catch(() => this.cached.delete(key));
    return rows;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }
}
