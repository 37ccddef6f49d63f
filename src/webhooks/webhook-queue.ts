/**
 * Deliveries go through a BullMQ queue of their own: a slow or failing receiver never
 * holds up a synthesis job, retries back off exponentially, and pending deliveries
 * survive a restart (they are jobs in Redis).
 */
import { createHash } from 'node:crypto';
import { Queue, type ConnectionOptions } from 'bullmq';
import type { WebhookConfig } from './webhook-config.js';
import type { WebhookEvent } from './webhook-events.js';

export const WEBHOOK_QUEUE = 'webhooks';

export interface WebhookJobData {
  eventId: string;
  type: WebhookEvent['type'];
  url: string;
  /** The exact JSON that is signed and sent. */
  body: string;
}

export type WebhookQueue = Queue<WebhookJobData>;

export function createWebhookQueue(connection: ConnectionOptions, prefix: string, config: WebhookConfig): WebhookQueue {
  return new Queue<WebhookJobData>(WEBHOOK_QUEUE, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: config.maxAttempts,
      backoff: { type: 'exponential', delay: config.retryDelayMs, jitter: 0.2 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
    },
  });
}

/**
 * Queues one delivery per target. The job ID comes from the event ID and the target, so
 * the same event seen by several worker processes is still delivered once.
 */
export async function enqueueWebhook(queue: WebhookQueue, event: WebhookEvent, targets: readonly string[]): Promise<void> {
  const body = JSON.stringify(event);
  await queue.addBulk(
    [...new Set(targets)].map((url) => ({
      name: event.type,
      data: { eventId: event.id, type: event.type, url, body },
      opts: { jobId: `${event.id}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}` },
    })),
  );
}
