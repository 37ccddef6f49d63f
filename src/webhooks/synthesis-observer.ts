/**
 * Turns what happens to synthesis jobs into webhook events, without touching the job code:
 * it reads the `synthesize` queue's event stream (BullMQ QueueEvents) for `audio.ready` and
 * `audio.failed` (a final failure, after the retries), and polls the batches that someone
 * waits for to send `batch.finished` once. Its place in the stream is kept in Redis, so
 * events that happen while no worker runs are sent after a restart.
 */
import { QueueEvents, type ConnectionOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { BatchStore } from '../queue/batch-store.js';
import { SYNTHESIS_QUEUE, type SynthesisJobData, type SynthesisQueue } from '../queue/synthesis-queue.js';
import type { AudioService } from '../services/audio-service.js';
import type { WebhookEvent, WebhookEventType } from './webhook-events.js';
import { enqueueWebhook, type WebhookQueue } from './webhook-queue.js';

/** How often watched batches are checked for completion. */
const BATCH_POLL_MS = 1000;
const MAX_FAILURES_LISTED = 100;

export interface SynthesisObserverDeps {
  connection: ConnectionOptions;
  prefix: string;
  redis: Redis;
  synthesisQueue: SynthesisQueue;
  batches: BatchStore;
  service: AudioService;
  webhookQueue: WebhookQueue;
  /** WEBHOOK_URL: receives every event. */
  url?: string;
  /** Makes the URLs in events absolute. */
  publicUrl?: string;
  logger: Logger;
}

export function startSynthesisObserver(deps: SynthesisObserverDeps): { close(): Promise<void> } {
  const { redis, prefix, logger } = deps;
  const cursorKey = `${prefix}:webhooks:events-cursor`;
  const base = deps.publicUrl?.replace(/\/$/, '') ?? '';
  let closed = false;

  const send = async (event: WebhookEvent, batchCallback?: string) => {
    const targets = [deps.url, batchCallback].filter((u): u is string => Boolean(u));
    if (targets.length > 0) await enqueueWebhook(deps.webhookQueue, event, targets);
  };

  /** What a finished job was for: from the job, or from its manifest if the job record is gone. */
  const describeJob = async (jobId: string): Promise<Partial<SynthesisJobData> & { attempts: number }> => {
    const job = await deps.synthesisQueue.getJob(jobId);
    if (job) return { ...job.data, attempts: job.attemptsMade };
    const manifest = await deps.service.manifestFor(jobId).catch(() => undefined);
    return { key: jobId, articleId: manifest?.articleId, voice: manifest?.voice, attempts: 0 };
  };

  const onJobEvent = async (type: Extract<WebhookEventType, 'audio.ready' | 'audio.failed'>, jobId: string, streamId: string, reason?: string) => {
    const job = await describeJob(jobId);
    if (!job.articleId || !job.voice) return logger.warn({ jobId }, 'webhook: finished job without article or voice');
    const batch = job.batchId ? await deps.batches.read(job.batchId) : undefined;
    const common = { articleId: job.articleId, voice: job.voice, key: jobId, ...(job.batchId ? { batchId: job.batchId } : {}) };
    const manifest = type === 'audio.ready' ? await deps.service.manifestFor(jobId) : undefined;
    const data = type === 'audio.ready'
      ? { ...common, audioUrl: `${base}/v1/audio/${jobId}.mp3`, manifestUrl: `${base}/v1/articles/${job.articleId}/audio?voice=${job.voice}`, durationMs: manifest?.durationMs }
      : { ...common, error: reason ?? 'generation failed', attempts: job.attempts };
    // The stream ID is the same for every observer: several worker processes send one event.
    await send({ id: `evt-${streamId}`, type, createdAt: new Date().toISOString(), data }, batch?.callbackUrl);
  };

  const handle = (work: () => Promise<unknown>, streamId: string) => {
    work()
      .then(() => redis.set(cursorKey, streamId))
      .catch((error: Error) => logger.warn({ err: error.message, streamId }, 'webhook event not queued'));
  };

  const events = (async () => {
    // First start: from now (as a stream ID), so events between start-up and the first read are kept.
    const lastEventId = (await redis.get(cursorKey).catch(() => null)) ?? `${Date.now()}-0`;
    const queueEvents = new QueueEvents(SYNTHESIS_QUEUE, { connection: deps.connection, prefix, lastEventId });
    queueEvents.on('completed', ({ jobId }, id) => handle(() => onJobEvent('audio.ready', jobId, id), id));
    queueEvents.on('failed', ({ jobId, failedReason }, id) => handle(() => onJobEvent('audio.failed', jobId, id, failedReason), id));
    queueEvents.on('error', (error) => logger.warn({ err: error.message }, 'webhook observer error'));
    return queueEvents;
  })();

  const checkBatches = async () => {
    for (const batchId of await deps.batches.openBatches()) {
      const summary = await deps.batches.summarize(batchId, deps.service);
      if (summary && !summary.done) continue;
      const record = summary && (await deps.batches.read(batchId));
      // Only the process that takes the batch out of the open set sends its event.
      if (!(await deps.batches.closeBatch(batchId)) || !summary) continue;
      const data = { batchId, total: summary.total, ready: summary.ready, failed: summary.failed, failures: summary.failures.slice(0, MAX_FAILURES_LISTED) };
      await send({ id: `evt-batch-${batchId}`, type: 'batch.finished', createdAt: new Date().toISOString(), data }, record?.callbackUrl);
    }
  };
  let polling = Promise.resolve();
  const timer = setInterval(() => {
    // One check at a time: a slow summary of a large batch must not pile checks up.
    polling = polling.then(() => (closed ? undefined : checkBatches())).catch((error: Error) => logger.warn({ err: error.message }, 'batch check failed'));
  }, BATCH_POLL_MS);

  return {
    async close() {
      closed = true;
      clearInterval(timer);
      await polling;
      await (await events).close();
    },
  };
}
