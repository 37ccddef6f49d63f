import { randomUUID } from 'node:crypto';
import { ArticlesNotFoundError, NotFoundError } from '../errors.js';
import type { ArticleRecord, ArticleStore } from '../storage/article-store.js';
import type { BatchStore, BatchSummary, Settlement } from '../storage/batch-store.js';
import type { VoiceId } from '../voices.js';
import type { ArticleInput } from '../text/types.js';
import type { ArticleMetadata, ArticleService } from './article-service.js';
import type { AudioService } from './audio-service.js';
import type { GenerationEstimate, GenerationEstimator } from './generation-estimate.js';

/** Articles read, planned and queued together. */
const SLICE = 500;

export interface BatchRequest {
  articles: string[];
  voices: VoiceId[];
  callbackUrl?: string;
  /** Articles among `articles` read from pages just now: registered (or, in a dry run, only drafted) first. */
  pages?: PageArticle[];
}

/** An article read from a page, ready to be registered. */
export interface PageArticle {
  id: string;
  url: string;
  input: ArticleInput;
  metadata: ArticleMetadata;
}

/**
 * Pre-generation of many articles × voices: validated as a whole (an unknown article
 * queues nothing), then read, planned and queued in slices with pipelined queue calls, and
 * followed through counters that workers move as jobs end.
 */
export class BatchService {
  constructor(
    private readonly deps: {
      articles: ArticleStore;
      audio: AudioService;
      batches: BatchStore;
      estimator: Pick<GenerationEstimator, 'estimate'>;
      /** Registers articles read from pages. */
      articleService: Pick<ArticleService, 'draft' | 'put'>;
      /** Told when batches finish (webhooks): once per batch, by whoever finished it. */
      onFinished?(batchIds: string[]): Promise<void>;
    },
  ) {}

  async start(request: BatchRequest): Promise<{ batchId: string; total: number }> {
    const ids = [...new Set(request.articles)];
    const pages = request.pages ?? [];
    await this.requireStored(ids, pages);
    // Every page is checked (something to read, not too long) before any is stored.
    for (const page of pages) this.deps.articleService.draft(page.id, page.input, page.metadata);
    for (const page of pages) await this.deps.articleService.put(page.id, page.input, page.metadata);
    const batchId = randomUUID();
    const total = ids.length * request.voices.length;
    await this.deps.batches.create(batchId, total, { callbackUrl: request.callbackUrl });
    // The next slice is read and planned while the previous one is written to Redis.
    let writing: Promise<void> = Promise.resolve();
    for (let i = 0; i < ids.length; i += SLICE) {
      const records = await this.deps.articles.getMany(ids.slice(i, i + SLICE));
      const items = await this.deps.audio.plan(records, request.voices);
      await writing;
      writing = (async () => {
        // Items first, then jobs: a job cannot end before its batch knows it waits for it.
        await this.deps.batches.addItems(batchId, items);
        await this.deps.audio.enqueue(items, { batchId });
      })();
      writing.catch(() => undefined); // awaited on the next turn or below; never unhandled meanwhile
    }
    await writing;
    // Everything was ready already: no job will end to say the batch is finished.
    if ((await this.deps.batches.summary(batchId, { maxFailures: 0 }))?.done) await this.deps.onFinished?.([batchId]);
    return { batchId, total };
  }

  /** What the batch would take (a dry run): validated like `start`, then only read. */
  async estimate(request: BatchRequest): Promise<GenerationEstimate> {
    const pages = request.pages ?? [];
    const ids = [...new Set(request.articles)];
    await this.requireStored(ids, pages);
    // Pages are estimated as they would be stored, without storing them.
    const drafts = new Map(pages.map((page) => [page.id, this.deps.articleService.draft(page.id, page.input, page.metadata)]));
    const stored = ids.filter((id) => !drafts.has(id));
    const records: ArticleRecord[] = [...drafts.values()];
    for (let i = 0; i < stored.length; i += SLICE) records.push(...(await this.deps.articles.getMany(stored.slice(i, i + SLICE))));
    return this.deps.estimator.estimate(records, request.voices);
  }

  /** Every ID that is not a page just read must name a stored article (or nothing is done). */
  private async requireStored(ids: string[], pages: PageArticle[]): Promise<void> {
    const fromPages = new Set(pages.map((page) => page.id));
    const missing = await this.deps.articles.missing(ids.filter((id) => !fromPages.has(id)));
    if (missing.length) throw new ArticlesNotFoundError(missing);
  }

  async summary(batchId: string): Promise<BatchSummary> {
    const summary = await this.deps.batches.summary(batchId);
    if (!summary) throw new NotFoundError('batch');
    return summary;
  }

  /** A job ended: moves the counters of every batch waiting for it; returns the batches it finished. */
  async settle(key: string, settlement: Settlement): Promise<string[]> {
    const finished = await this.deps.batches.settle(key, settlement);
    if (finished.length) await this.deps.onFinished?.(finished);
    return finished;
  }
}
