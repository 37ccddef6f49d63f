import type { Lexicon } from '../text/types.js';
import type { VoiceId } from '../voices.js';
import type { ArticleListQuery, ArticleRecord, ArticleStore } from './article-store.js';
import { ALL_KEYS, BusInvalidatedCache, type InvalidationBus } from './cache-invalidation.js';
import type { LexiconStore, SiteLexicon } from './lexicon-store.js';

/** Records kept per process; a long article is a few hundred kilobytes. */
const ARTICLE_CACHE_ENTRIES = 5000;
/** The one key of the lexicon cache. */
const LEXICON = 'lexicon';

/**
 * An ArticleStore that answers repeated reads from memory (players ask for the same
 * article many times a second) and stays correct across processes: every write goes
 * through the bus, and nothing is kept while the bus is not live.
 */
export class CachedArticleStore implements ArticleStore {
  /** null: known not to exist. */
  private readonly records: BusInvalidatedCache<ArticleRecord | null>;

  constructor(
    private readonly inner: ArticleStore,
    private readonly bus: InvalidationBus,
  ) {
    this.records = new BusInvalidatedCache(bus, ARTICLE_CACHE_ENTRIES, (m) => (m.kind === 'article' ? m.id : undefined));
  }

  async get(id: string): Promise<ArticleRecord | undefined> {
    const known = this.records.get(id);
    if (known !== undefined) return known ?? undefined;
    const stamp = this.records.stamp();
    const record = await this.inner.get(id);
    this.records.remember(id, record ?? null, stamp);
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

}

/** A LexiconStore read from memory until some process changes the lexicon. */
export class CachedLexiconStore implements LexiconStore {
  private readonly cache: BusInvalidatedCache<SiteLexicon>;

  constructor(
    private readonly inner: LexiconStore,
    private readonly bus: InvalidationBus,
  ) {
    this.cache = new BusInvalidatedCache(bus, 1, (m) => (m.kind === 'lexicon' ? ALL_KEYS : undefined));
  }

  async get(): Promise<SiteLexicon> {
    const known = this.cache.get(LEXICON);
    if (known) return known;
    const stamp = this.cache.stamp();
    const lexicon = await this.inner.get();
    this.cache.remember(LEXICON, lexicon, stamp);
    return lexicon;
  }

  async put(entries: Lexicon): Promise<SiteLexicon> {
    this.cache.delete(LEXICON);
    const lexicon = await this.inner.put(entries);
    await this.bus.publish({ kind: 'lexicon' });
    return lexicon;
  }
}
