import type { VoiceId } from '../voices.js';

/** What is kept of an article: the editor's input and what the front end made of it. */
export interface ArticleRecord {
  id: string;
  title?: string;
  /** The input as sent (one of text/html; html also when the article was fetched from `url`). */
  text?: string;
  html?: string;
  /** Where the article was fetched from, when it was registered by URL. */
  url?: string;
  /** The text after extraction and clean-up (title first): what is read and highlighted. */
  cleanText: string;
  /** sha256 of the clean text: the part of the audio key that depends on the article. */
  revision: string;
  /** Number of characters of clean text (for quotas and cost estimates). */
  cleanChars: number;
  category?: string;
  tags?: string[];
  /** When the newsroom published it (ISO 8601); playlists and feeds sort by it. */
  publishedAt?: string;
  /** False hides the article's audio from every public route (a retracted article stops playing). Absent = true. */
  published?: boolean;
  /** Voices whose audio has been asked for: a changed text regenerates these. */
  voices?: VoiceId[];
  /** Demo articles expire; editors' articles never do. */
  expiresAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** One row of a listing: enough for a playlist or a feed without loading the texts. */
export interface ArticleSummary {
  id: string;
  title?: string;
  category?: string;
  tags?: string[];
  publishedAt?: string;
  published: boolean;
  revision: string;
  cleanChars: number;
  /** Set on demo articles only. */
  expiresAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleListQuery {
  category?: string;
  tag?: string;
  /** Only articles whose ID starts with this (demo articles: "demo-"). */
  idPrefix?: string;
  /** Leave out unpublished articles (default true). */
  publishedOnly?: boolean;
  limit: number;
}

/** Voices to generate for an article once the queue can take them (the outbox). */
export interface PendingGeneration {
  articleId: string;
  voices: VoiceId[];
  requestedAt: string;
}

/**
 * Articles, kept so a restart loses nothing. Implementations: `article-store.file.ts`
 * (local directory, the default) and `article-store.postgres.ts`; both pass
 * `tests/storage/article-store.conformance.ts`.
 */
export interface ArticleStore {
  get(id: string): Promise<ArticleRecord | undefined>;
  /** The records that exist among `ids` (one query where the store can). */
  getMany(ids: string[]): Promise<ArticleRecord[]>;
  /** The IDs among `ids` that have no article. */
  missing(ids: string[]): Promise<string[]>;
  /** Creates or replaces; the article and its revision change together. */
  put(record: ArticleRecord): Promise<void>;
  delete(id: string): Promise<boolean>;
  /** Newest first, by publishedAt (or createdAt when absent). */
  list(query: ArticleListQuery): Promise<ArticleSummary[]>;
  /** Removes articles whose `expiresAt` has passed; returns their IDs. */
  deleteExpired(now: Date): Promise<string[]>;
  /**
   * The outbox: generation asked for while the queue was unreachable, queued later by a
   * worker. `addPending` merges voices into what is already pending for the article.
   */
  addPending(articleId: string, voices: VoiceId[]): Promise<void>;
  listPending(limit: number): Promise<PendingGeneration[]>;
  removePending(articleId: string): Promise<void>;
  close?(): Promise<void>;
}

/** The listing row of a record. */
export function summarize(record: ArticleRecord): ArticleSummary {
  return {
    id: record.id,
    title: record.title,
    category: record.category,
    tags: record.tags,
    publishedAt: record.publishedAt,
    published: record.published !== false,
    revision: record.revision,
    cleanChars: record.cleanChars,
    ...(record.expiresAt ? { expiresAt: record.expiresAt } : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** Sort key of a listing: newest first. */
export const listingTime = (a: { publishedAt?: string; createdAt: string }): string => a.publishedAt ?? a.createdAt;

/** True when a summary matches a listing query (used by stores that filter in memory). */
export function matchesQuery(summary: ArticleSummary, query: ArticleListQuery): boolean {
  if ((query.publishedOnly ?? true) && !summary.published) return false;
  if (query.category !== undefined && summary.category !== query.category) return false;
  if (query.tag !== undefined && !summary.tags?.includes(query.tag)) return false;
  if (query.idPrefix !== undefined && !summary.id.startsWith(query.idPrefix)) return false;
  return true;
}
