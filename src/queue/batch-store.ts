import type { Redis } from 'ioredis';
import type { AudioService } from '../services/audio-service.js';
import type { VoiceId } from '../voices.js';

export interface BatchItem {
  articleId: string;
  voice: VoiceId;
}

/** Batches are kept a week: long enough to follow any pre-generation run. */
const BATCH_TTL_SECONDS = 7 * 24 * 3600;

export interface BatchRecord {
  createdAt: string;
  items: BatchItem[];
  /** Receives this batch's webhooks. */
  callbackUrl?: string;
}

/** Pre-generation batches in Redis: what was asked, so its progress can be followed. */
export class BatchStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(id: string) {
    return `${this.prefix}:batch:${id}`;
  }

  /** `watch`: someone waits for `batch.finished` (webhooks), so the batch joins the open set. */
  async create(id: string, items: BatchItem[], options: { callbackUrl?: string; watch?: boolean } = {}): Promise<void> {
    const record: BatchRecord = { createdAt: new Date().toISOString(), items, ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}) };
    const tx = this.redis.multi().set(this.key(id), JSON.stringify(record), 'EX', BATCH_TTL_SECONDS);
    if (options.watch) tx.zadd(this.openKey(), Date.now(), id);
    await tx.exec();
  }

  async read(id: string): Promise<BatchRecord | undefined> {
    const raw = await this.redis.get(this.key(id));
    return raw ? (JSON.parse(raw) as BatchRecord) : undefined;
  }

  private openKey() {
    return `${this.prefix}:batches:open`;
  }

  /** Watched batches not yet reported finished, oldest first. */
  async openBatches(limit = 100): Promise<string[]> {
    return this.redis.zrange(this.openKey(), 0, limit - 1);
  }

  /** Takes a batch out of the open set; true for exactly one caller, however many race. */
  async closeBatch(id: string): Promise<boolean> {
    return (await this.redis.zrem(this.openKey(), id)) === 1;
  }

  /** Counts each item's state now (ready, generating/queued, failed) with the failures named. */
  async summarize(id: string, service: AudioService) {
    const record = await this.read(id);
    if (!record) return undefined;
    const { createdAt, items } = record;
    let ready = 0;
    let pending = 0;
    let progressSum = 0;
    const failures: { articleId: string; voice: VoiceId; error: string }[] = [];
    for (const item of items) {
      const status = await service.requestAudio(item.articleId, item.voice, { start: false }).catch((error: Error) => ({
        state: 'failed' as const,
        error: error.message.includes('not found') || error.name === 'ArticleNotFoundError' ? 'article deleted' : error.message,
      }));
      if (status.state === 'ready') {
        ready++;
        progressSum += 1;
      } else if (status.state === 'pending') {
        pending++;
        progressSum += status.progress;
      } else {
        failures.push({ ...item, error: status.error });
      }
    }
    return {
      batchId: id,
      createdAt,
      total: items.length,
      ready,
      pending,
      failed: failures.length,
      progress: items.length ? progressSum / items.length : 1,
      done: pending === 0,
      failures,
    };
  }
}
