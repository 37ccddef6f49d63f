/**
 * Webhooks in a worker process: the delivery worker and the observer of synthesis jobs.
 * Without WEBHOOK_SECRET nothing starts (no event could be signed).
 */
import { createOutboundClient } from '../net/outbound-client.js';
import type { Services } from '../services/container.js';
import { WebhookDeliveryLog } from './delivery-log.js';
import { startDeliveryWorker } from './delivery-worker.js';
import { startSynthesisObserver } from './synthesis-observer.js';
import { createWebhookQueue } from './webhook-queue.js';

/**
 * Starts webhook delivery; call once per worker process (several processes are fine).
 * @example const webhooks = startWebhooks(services); … await webhooks.close();
 */
export function startWebhooks(services: Services): { close(): Promise<void> } {
  const { config, logger } = services;
  const secret = config.webhooks.secret;
  if (!secret) return { close: async () => undefined };
  const prefix = config.queuePrefix;
  const client = createOutboundClient({ policy: config.webhooks.policy, connectTimeoutMs: config.webhooks.timeoutMs });
  const log = new WebhookDeliveryLog(services.redis, prefix);
  const webhookQueue = createWebhookQueue(services.connection, prefix, config.webhooks);
  webhookQueue.on('error', (error) => logger.warn({ err: error.message }, 'webhook queue error'));
  const worker = startDeliveryWorker({ connection: services.connection, prefix, config: { ...config.webhooks, secret }, client, log, logger });
  const observer = startSynthesisObserver({
    connection: services.connection,
    prefix,
    redis: services.redis,
    synthesisQueue: services.queue,
    batches: services.batches,
    service: services.service,
    webhookQueue,
    url: config.webhooks.url,
    publicUrl: config.publicUrl,
    logger,
  });
  return {
    async close() {
      await observer.close();
      await worker.close();
      await webhookQueue.close();
      await client.close();
    },
  };
}
