/**
 * Turns what happens to synthesis jobs into webhook events, without touching the job code:
 * it reads the `synthesize` queue's event stream (BullMQ QueueEvents) for `audio.ready` and
 * `audio.failed` (a final failure, after the retries). Its place in the stream is kept in
 * Redis, so events that happen while no worker runs are sent after a restart.
 */
import { QueueEvents, type ConnectionOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { SYNTHESIS_QUEUE_NAME } from '../queue/bullmq-synthesis-queue.js';
import type { SynthesisQueue } from '../queue/synthesis-queue.js';
import type { Manifest } from '../manifest.js';
import type { WebhookNotifier } from './webhook-notifier.js';

export interface SynthesisObserverDeps {
  connection: ConnectionOptions;
  prefix: string;
  redis: Redis;
  queue: Pick<SynthesisQueue, 'get'>;
  manifests: { get(key: string): Promise<Manifest | undefined> };
  notifier: WebhookNotifier;
  logger: Logger;
}

export function startSynthesisObserver(deps: SynthesisObserverDeps): { close(): Promise<void> } {
  const { redis, prefix, logger } = deps;
  const cursorKey = `${prefix}:webhooks:events-cursor`;

  const onJobEvent = async (type: 'audio.ready' | 'audio.failed', jobId: string, streamId: string, reason?: string) => {
    const job = await deps.queue.get(jobId);
    const manifest = type === 'audio.ready' ? await deps.manifests.get(jobId) : undefined;
    const articleId = job?.data.articleId ?? manifest?.articleId;
    const voice = job?.data.voice ?? manifest?.voice;
    if (!articleId || !voice) return logger.warn({ jobId }, 'webhook: finished job without article or voice');
    // The stream ID is the same for every observer: several worker processes send one event.
    await deps.notifier.audioSettled({
      eventId: `evt-${streamId}`,
      type,
      articleId,
      voice,
      key: jobId,
      batchId: job?.data.batchId,
      durationMs: manifest?.durationMs,
      error: reason,
      attempts: job?.attemptsMade ?? 0,
    });
  };

  const handle = (work: () => Promise<unknown>, streamId: string) => {
    work()
      .then(() => redis.set(cursorKey, streamId))
      .catch((error: Error) => logger.warn({ err: error.message, streamId }, 'webhook event not queued'));
  };

  const events = (async () => {
    // First start: from now (as a stream ID), so events between start-up and the first read are kept.
    const lastEventId = (await redis.get(cursorKey).catch(() => null)) ?? `${Date.now()}-0`;
    const queueEvents = new QueueEvents(SYNTHESIS_QUEUE_NAME, { connection: deps.connection, prefix, lastEventId });
    queueEvents.on('completed', ({ jobId }, id) => handle(() => onJobEvent('audio.ready', jobId, id), id));
    queueEvents.on('failed', ({ jobId, failedReason }, id) => handle(() => onJobEvent('audio.failed', jobId, id, failedReason), id));
    queueEvents.on('error', (error) => logger.warn({ err: error.message }, 'webhook observer error'));
    return queueEvents;
  })();

  return {
    async close() {
      await (await events).close();
    },
  };
}
