/**
 * Webhooks in a worker process: the delivery worker and the observer of synthesis jobs.
 * Without WEBHOOK_SECRET nothing starts (no event could be signed).
 */
import type { ConnectionOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WebhookConfig } from './webhook-config.js';
import type { Manifest } from '../manifest.js';
import { createOutboundClient } from '../net/outbound-client.js';
import type { SynthesisQueue } from '../queue/synthesis-queue.js';
import { WebhookDeliveryLog } from './delivery-log.js';
import { startDeliveryWorker } from './delivery-worker.js';
import { startSynthesisObserver } from './synthesis-observer.js';
import type { WebhookNotifier } from './webhook-notifier.js';

export interface WebhookDeps {
  config: { queuePrefix: string; webhooks: WebhookConfig };
  connection: ConnectionOptions;
  redis: Redis;
  queue: Pick<SynthesisQueue, 'get'>;
  manifests: { get(key: string): Promise<Manifest | undefined> };
  notifier: WebhookNotifier;
  logger: Logger;
}

/**
 * Starts webhook delivery; call once per worker process (several processes are fine).
 * @example const webhooks = startWebhooks(container); … await webhooks.close();
 */
export function startWebhooks(deps: WebhookDeps): { close(): Promise<void> } {
  const { config, logger } = deps;
  const secret = config.webhooks.secret;
  if (!secret) return { close: async () => undefined };
  const prefix = config.queuePrefix;
  const client = createOutboundClient({ policy: config.webhooks.policy, connectTimeoutMs: config.webhooks.timeoutMs });
  const log = new WebhookDeliveryLog(deps.redis, prefix);
  const worker = startDeliveryWorker({ connection: deps.connection, prefix, config: { ...config.webhooks, secret }, client, log, logger });
  const observer = startSynthesisObserver({ connection: deps.connection, prefix, redis: deps.redis, queue: deps.queue, manifests: deps.manifests, notifier: deps.notifier, logger });
  return {
    async close() {
      await observer.close();
      await worker.close();
      await client.close();
    },
  };
}
