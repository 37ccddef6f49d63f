import { randomUUID } from 'node:crypto';
import { ArticlesNotFoundError, NotFoundError } from '../errors.js';
import type { ArticleRecord, ArticleStore } from '../storage/article-store.js';
import type { BatchStore, BatchSummary, Settlement } from '../storage/batch-store.js';
import type { VoiceId } from '../voices.js';
import type { AudioService } from './audio-service.js';
import type { GenerationEstimate, GenerationEstimator } from './generation-estimate.js';

/** Articles read, planned and queued together. */
const SLICE = 500;

export interface BatchRequest {
  articles: string[];
  voices: VoiceId[];
  callbackUrl?: string;
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
      /** Told when batches finish (webhooks): once per batch, by whoever finished it. */
      onFinished?(batchIds: string[]): Promise<void>;
    },
  ) {}

  async start(request: BatchRequest): Promise<{ batchId: string; total: number }> {
    const ids = [...new Set(request.articles)];
    const missing = await this.deps.articles.missing(ids);
    if (missing.length) throw new ArticlesNotFoundError(missing);
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
    const ids = [...new Set(request.articles)];
    const missing = await this.deps.articles.missing(ids);
    if (missing.length) throw new ArticlesNotFoundError(missing);
    const records: ArticleRecord[] = [];
    for (let i = 0; i < ids.length; i += SLICE) records.push(...(await this.deps.articles.getMany(ids.slice(i, i + SLICE))));
    return this.deps.estimator.estimate(records, request.voices);
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
