/**
 * What the service tells the CMS, as webhook events queued for delivery: `audio.ready` and
 * `audio.failed` (from the observer of synthesis jobs) and `batch.finished` (from whoever
 * settled a batch's last item, or created a batch that was ready at once). Queuing only:
 * delivery runs in the workers (delivery-worker.ts), so API processes may notify too.
 */
import type { ConnectionOptions } from 'bullmq';
import type { WebhookConfig } from './webhook-config.js';
import type { BatchSummary } from '../storage/batch-store.js';
import type { VoiceId } from '../voices.js';
import { createWebhookQueue, enqueueWebhook, type WebhookQueue } from './webhook-queue.js';

const MAX_FAILURES_LISTED = 100;

export interface AudioSettlement {
  eventId: string;
  type: 'audio.ready' | 'audio.failed';
  articleId: string;
  voice: VoiceId;
  key: string;
  batchId?: string;
  durationMs?: number;
  error?: string;
  attempts: number;
}

export interface WebhookNotifier {
  audioSettled(settlement: AudioSettlement): Promise<void>;
  batchesFinished(batchIds: string[]): Promise<void>;
  close(): Promise<void>;
}

/** A notifier that sends nothing: webhooks are off (no WEBHOOK_SECRET). */
export const NO_WEBHOOKS: WebhookNotifier = { audioSettled: async () => undefined, batchesFinished: async () => undefined, close: async () => undefined };

export function createWebhookNotifier(deps: {
  connection: ConnectionOptions;
  prefix: string;
  config: WebhookConfig;
  /** Makes the URLs in events absolute. */
  publicUrl?: string;
  batchSummary(batchId: string): Promise<BatchSummary | undefined>;
}): WebhookNotifier {
  if (!deps.config.secret) return NO_WEBHOOKS;
  const queue: WebhookQueue = createWebhookQueue(deps.connection, deps.prefix, deps.config);
  queue.on('error', () => undefined);
  const base = deps.publicUrl?.replace(/\/$/, '') ?? '';
  const targets = (batchCallback?: string) => [deps.config.url, batchCallback].filter((u): u is string => Boolean(u));

  return {
    async audioSettled(s) {
      const batch = s.batchId ? await deps.batchSummary(s.batchId).catch(() => undefined) : undefined;
      const common = { articleId: s.articleId, voice: s.voice, key: s.key, ...(s.batchId ? { batchId: s.batchId } : {}) };
      const data =
        s.type === 'audio.ready'
          ? { ...common, audioUrl: `${base}/v1/audio/${s.key}.mp3`, manifestUrl: `${base}/v1/articles/${s.articleId}/audio?voice=${s.voice}`, durationMs: s.durationMs }
          : { ...common, error: s.error ?? 'generation failed', attempts: s.attempts };
      const to = targets(batch?.callbackUrl);
      if (to.length) await enqueueWebhook(queue, { id: s.eventId, type: s.type, createdAt: new Date().toISOString(), data }, to);
    },
    async batchesFinished(batchIds) {
      for (const batchId of batchIds) {
        const summary = await deps.batchSummary(batchId);
        if (!summary) continue;
        const to = targets(summary.callbackUrl);
        if (!to.length) continue;
        const data = { batchId, total: summary.total, ready: summary.ready, failed: summary.failed, failures: summary.failures.slice(0, MAX_FAILURES_LISTED) };
        // One event ID per batch: however many processes report it, it is delivered once.
        await enqueueWebhook(queue, { id: `evt-batch-${batchId}`, type: 'batch.finished', createdAt: new Date().toISOString(), data }, to);
      }
    },
    close: () => queue.close(),
  };
}
