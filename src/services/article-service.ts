import { ArticleNotFoundError, ArticleTooLargeError, DependencyUnavailableError, NothingToReadError } from '../errors.js';
import type { ArticleChapter, ArticleRecord, ArticleStore } from '../storage/article-store.js';
import { textRevision } from '../synthesis/audio-key.js';
import { extractArticle } from '../text/extract.js';
import type { ArticleInput, SiteRules } from '../text/types.js';
import type { VoiceId } from '../voices.js';
import type { AudioService } from './audio-service.js';

/** What an editor sends besides the article's text. */
export interface ArticleMetadata {
  category?: string;
  tags?: string[];
  publishedAt?: string;
  published?: boolean;
  /** Where the HTML was fetched from (article by URL). */
  url?: string;
  /** Demo articles expire. */
  expiresAt?: string;
  /** Bulletins: which paragraph reads which article (set by BulletinService). */
  chapters?: ArticleChapter[];
}

/** What happened to the generation an editor asked for. */
export type GenerationOutcome =
  | { state: 'queued'; items: { voice: VoiceId; state: 'ready' | 'queued' }[] }
  /** The queue was unreachable: the request is kept and queued as soon as it is back. */
  | { state: 'deferred'; voices: VoiceId[]; reason: string; retryAfterSeconds: number };

export interface PutArticleResult {
  record: ArticleRecord;
  created: boolean;
  /** True when the spoken text changed (new audio keys). */
  changed: boolean;
  generation?: GenerationOutcome;
}

export interface ArticleServiceDeps {
  articles: ArticleStore;
  audio: AudioService;
  voices: readonly VoiceId[];
  maxArticleChars: number;
  siteRules?: SiteRules;
}

/**
 * Editors' articles: create, correct, unpublish, delete. A correction regenerates every
 * voice that had been generated; unpublishing removes the audio from public routes at once;
 * audio a correction or a deletion leaves unused goes after a grace period.
 */
export class ArticleService {
  constructor(private readonly deps: ArticleServiceDeps) {}

  /**
   * Creates or replaces an article. Changed text gets a new revision (new audio keys); the
   * voices generated before, and those asked for now, are (re)generated.
   */
  async put(id: string, input: ArticleInput, metadata: ArticleMetadata = {}, wanted: VoiceId[] | 'all' = []): Promise<PutArticleResult> {
    const generate = wanted === 'all' ? [...this.deps.voices] : wanted;
    const previous = await this.deps.articles.get(id);
    const record = this.draft(id, input, metadata, previous, generate);
    const changed = previous?.revision !== record.revision;
    // A correction regenerates every voice the old text had audio in, and every pre-generated one.
    const hadAudio = previous && changed ? await this.deps.audio.voicesWithAudio(previous, this.deps.voices) : [];
    const voices = record.voices ?? [];
    if (previous && !changed && sameMetadata(previous, record)) {
      const generation = generate.length && record.published !== false ? await this.generate(previous, generate) : undefined;
      return { record: previous, created: false, changed: false, generation };
    }
    await this.deps.articles.put(record);
    if (previous && previous.published !== false && record.published === false) {
      // Retracted: stop every public answer now, not when caches expire or a grace period ends.
      await this.deps.audio.withdraw(previous, this.deps.voices);
    } else {
      await this.deps.audio.repoint(id, previous, record, this.deps.voices);
    }
    const regenerate = changed ? [...new Set([...hadAudio, ...voices])] : generate;
    const generation = regenerate.length && record.published !== false ? await this.generate(record, regenerate) : undefined;
    return { record, created: !previous, changed, generation };
  }

  /**
   * The record `put` would store, validated (nothing to read, too long), without storing
   * anything: what a dry run estimates for an article given by URL.
   */
  draft(id: string, input: ArticleInput, metadata: ArticleMetadata = {}, previous?: ArticleRecord, generate: readonly VoiceId[] = []): ArticleRecord {
    const clean = extractArticle(input, { siteRules: this.deps.siteRules });
    // Letters or digits: something a voice can say (a text of only punctuation has none).
    if (!/[\p{L}\p{N}]/u.test(clean.text)) throw new NothingToReadError();
    if (clean.text.length > this.deps.maxArticleChars) throw new ArticleTooLargeError(clean.text.length, this.deps.maxArticleChars);
    const now = new Date().toISOString();
    return dropUndefined({
      id,
      title: clean.title ?? input.title,
      ...(input.html !== undefined ? { html: input.html } : { text: input.text }),
      url: metadata.url,
      cleanText: clean.text,
      revision: textRevision(clean.text),
      cleanChars: clean.text.length,
      category: metadata.category ?? previous?.category,
      tags: metadata.tags ?? previous?.tags,
      publishedAt: metadata.publishedAt ?? previous?.publishedAt,
      published: metadata.published ?? previous?.published ?? true,
      voices: [...new Set([...(previous?.voices ?? []), ...generate])],
      expiresAt: metadata.expiresAt,
      chapters: metadata.chapters,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
  }

  async get(id: string) {
    const record = await this.require(id);
    return { ...record, audio: await this.deps.audio.statusOfVoices(record, this.deps.voices) };
  }

  /**
   * Removes the article at once from every route that names it; its audio, when no other
   * article uses it, goes after the grace period (AUDIO_RETENTION_HOURS).
   */
  async delete(id: string): Promise<void> {
    const record = await this.require(id);
    await this.deps.articles.delete(id);
    await this.deps.audio.repoint(id, record, undefined, this.deps.voices);
  }

  /** Keeps at most `keep` articles whose ID starts with `prefix` (demo articles): the oldest go. */
  async prune(prefix: string, keep: number): Promise<number> {
    const rows = await this.deps.articles.list({ idPrefix: prefix, publishedOnly: false, limit: keep + 100 });
    const extra = rows.slice(keep);
    for (const row of extra) await this.delete(row.id).catch(() => undefined);
    return extra.length;
  }

  /** Queues generation, or keeps the request in the outbox when the queue is unreachable. */
  async generate(record: ArticleRecord, voices: VoiceId[]): Promise<GenerationOutcome> {
    try {
      const items = await this.deps.audio.pregenerate([record], voices, `article-${record.id}`);
      return { state: 'queued', items: items.map(({ voice, state }) => ({ voice, state })) };
    } catch (error) {
      if (!(error instanceof DependencyUnavailableError)) throw error;
      await this.deps.articles.addPending(record.id, voices);
      return { state: 'deferred', voices, reason: error.message, retryAfterSeconds: error.retryAfterSeconds };
    }
  }

  /** Queues what the outbox holds (run by workers); returns how many articles were queued. */
  async drainPending(limit = 100): Promise<number> {
    let queued = 0;
    for (const pending of await this.deps.articles.listPending(limit)) {
      const record = await this.deps.articles.get(pending.articleId);
      if (record && record.published !== false) await this.deps.audio.pregenerate([record], pending.voices, `article-${record.id}`);
      await this.deps.articles.removePending(pending.articleId);
      queued++;
    }
    return queued;
  }

  private async require(id: string): Promise<ArticleRecord> {
    const record = await this.deps.articles.get(id);
    if (!record) throw new ArticleNotFoundError(id);
    return record;
  }
}

function sameMetadata(a: ArticleRecord, b: ArticleRecord): boolean {
  return (
    a.title === b.title &&
    a.category === b.category &&
    JSON.stringify(a.tags ?? []) === JSON.stringify(b.tags ?? []) &&
    a.publishedAt === b.publishedAt &&
    (a.published ?? true) === (b.published ?? true) &&
    JSON.stringify(a.voices ?? []) === JSON.stringify(b.voices ?? []) &&
    JSON.stringify(a.chapters ?? null) === JSON.stringify(b.chapters ?? null) &&
    a.url === b.url
  );
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
