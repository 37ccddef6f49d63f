import type { Lexicon } from '../text/types.js';
import type { VoiceId } from '../voices.js';
import type { ArticleListQuery, ArticleRecord, ArticleStore } from './article-store.js';
import type { InvalidationBus } from './cache-invalidation.js';
import type { LexiconStore, SiteLexicon } from './lexicon-store.js';

/** Records kept per process; a long article is a few hundred kilobytes. */
const ARTICLE_CACHE_ENTRIES = 5000;

/**
 * An ArticleStore that answers repeated reads from memory (players ask for the same
 * article many times a second) and stays correct across processes: every write goes
 * through the bus, and nothing is kept while the bus is not live.
 */
export class CachedArticleStore implements ArticleStore {
  private readonly records = new Map<string, ArticleRecord | null>();
  /** Bumped by every invalidation: a read that overlapped one must not be remembered. */
  private generation = 0;

  constructor(
    private readonly inner: ArticleStore,
    private readonly bus: InvalidationBus,
  ) {
    bus.subscribe((message) => {
      this.generation++;
      if (message.kind === 'article') this.records.delete(message.id);
      else if (message.kind === 'all') this.records.clear();
    });
  }

  async get(id: string): Promise<ArticleRecord | undefined> {
    if (this.bus.live) {
      const known = this.records.get(id);
      if (known !== undefined) return known ?? undefined;
    } else if (this.records.size) {
      this.records.clear();
    }
    const generation = this.generation;
    const record = await this.inner.get(id);
    if (this.bus.live && generation === this.generation) this.remember(id, record ?? null);
    return record;
  }

  async put(record: ArticleRecord): Promise<void> {
    this.records.delete(record.id);
    await this.inner.put(record);
    await this.bus.publish({ kind: 'article', id: record.id });
  }

  async delete(id: string): Promise<boolean> {
    this.records.delete(id);
    const existed = await this.inner.delete(id);
    await this.bus.publish({ kind: 'article', id });
    return existed;
  }

  getMany(ids: string[]) {
    return this.inner.getMany(ids);
  }

  missing(ids: string[]) {
    return this.inner.missing(ids);
  }

  list(query: ArticleListQuery) {
    return this.inner.list(query);
  }

  async deleteExpired(now: Date): Promise<string[]> {
    const ids = await this.inner.deleteExpired(now);
    for (const id of ids) {
      this.records.delete(id);
      await this.bus.publish({ kind: 'article', id });
    }
    return ids;
  }

  addPending(articleId: string, voices: VoiceId[]) {
    return this.inner.addPending(articleId, voices);
  }

  listPending(limit: number) {
    return this.inner.listPending(limit);
  }

  removePending(articleId: string) {
    return this.inner.removePending(articleId);
  }

  close() {
    return this.inner.close?.() ?? Promise.resolve();
  }

  private remember(id: string, record: ArticleRecord | null): void {
    if (this.records.size >= ARTICLE_CACHE_ENTRIES) this.records.delete(this.records.keys().next().value!);
    this.records.set(id, record);
  }
}

/** A LexiconStore read from memory until some process changes the lexicon. */
export class CachedLexiconStore implements LexiconStore {
  private cached: SiteLexicon | undefined;
  private generation = 0;

  constructor(
    private readonly inner: LexiconStore,
    private readonly bus: InvalidationBus,
  ) {
    bus.subscribe((message) => {
      if (message.kind !== 'lexicon' && message.kind !== 'all') return;
      this.generation++;
      this.cached = undefined;
    });
  }

  async get(): Promise<SiteLexicon> {
    if (this.cached && this.bus.live) return this.cached;
    const generation = this.generation;
    const lexicon = await this.inner.get();
    this.cached = this.bus.live && generation === this.generation ? lexicon : undefined;
    return lexicon;
  }

  async put(entries: Lexicon): Promise<SiteLexicon> {
    this.cached = undefined;
    const lexicon = await this.inner.put(entries);
    await this.bus.publish({ kind: 'lexicon' });
    return lexicon;
  }
}
