import type { Redis } from 'ioredis';
import type { AudioService } from '../services/audio-service.js';
import type { VoiceId } from '../voices.js';

export interface BatchItem {
  articleId: string;
  voice: VoiceId;
}

/** Batches are kept a week: long enough to follow any pre-generation run. */
const BATCH_TTL_SECONDS = 7 * 24 * 3600;

/** Pre-generation batches in Redis: what was asked, so its progress can be followed. */
export class BatchStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(id: string) {
    return `${this.prefix}:batch:${id}`;
  }

  async create(id: string, items: BatchItem[]): Promise<void> {
    await this.redis.set(this.key(id), JSON.stringify({ createdAt: new Date().toISOString(), items }), 'EX', BATCH_TTL_SECONDS);
  }

  /** Counts each item's state now (ready, generating/queued, failed) with the failures named. */
  async summarize(id: string, service: AudioService) {
    const raw = await this.redis.get(this.key(id));
    if (!raw) return undefined;
    const { createdAt, items } = JSON.parse(raw) as { createdAt: string; items: BatchItem[] };
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
