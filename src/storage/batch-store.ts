import type { VoiceId } from '../voices.js';

/** One (article, voice) of a pre-generation batch, with its audio key. */
export interface BatchItem {
  articleId: string;
  voice: VoiceId;
  key: string;
  /** Ready when the batch was made (its audio existed), or queued. */
  state: 'ready' | 'queued';
}

export interface BatchFailure {
  articleId: string;
  voice: VoiceId;
  error: string;
}

export interface BatchSummary {
  batchId: string;
  createdAt: string;
  total: number;
  ready: number;
  failed: number;
  pending: number;
  /** Share of items settled (ready or failed), 0–1. */
  progress: number;
  done: boolean;
  failures: BatchFailure[];
  callbackUrl?: string;
}

/** How a job ended, as batches learn it. */
export type Settlement = { state: 'ready' } | { state: 'failed'; error: string };

/**
 * Pre-generation batches: what was asked, and counters the workers move as jobs end, so a
 * summary costs the same for 10 items or 40,000. Implementations: `queue/batch-store.redis.ts`
 * (default) and `batch-store.postgres.ts`; both pass `tests/storage/batch-store.conformance.ts`.
 *
 * A job that completes while its batch is being created is not missed: completions are
 * remembered for a few minutes and `create` counts items whose key just completed.
 */
export interface BatchStore {
  /** Starts a batch of `total` items; they are added with `addItems`, in slices. */
  create(id: string, total: number, options?: { callbackUrl?: string }): Promise<void>;
  addItems(id: string, items: BatchItem[]): Promise<void>;
  summary(id: string, options?: { maxFailures?: number }): Promise<BatchSummary | undefined>;
  /** Records how the job of `key` ended; returns the batches that this settlement finished. */
  settle(key: string, settlement: Settlement): Promise<string[]>;
}

export function summaryOf(fields: { batchId: string; createdAt: string; total: number; ready: number; failed: number; callbackUrl?: string }, failures: BatchFailure[]): BatchSummary {
  const settled = fields.ready + fields.failed;
  return {
    ...fields,
    pending: fields.total - settled,
    progress: fields.total ? settled / fields.total : 1,
    done: settled >= fields.total,
    failures,
  };
}
