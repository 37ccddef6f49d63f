/**
 * Webhooks in a worker process: the delivery worker and the observer of synthesis jobs.
 * Without WEBHOOK_SECRET nothing starts (no event could be signed).
 */
import type { WebhookConfig } from './webhook-config.js';
import { createOutboundClient } from '../net/outbound-client.js';
import { WebhookDeliveryLog } from './delivery-log.js';
import { startDeliveryWorker } from './delivery-worker.js';
import { startSynthesisObserver, type SynthesisObserverDeps } from './synthesis-observer.js';

/** What the observer needs, with the settings the prefix and the delivery come from. */
export interface WebhookDeps extends Omit<SynthesisObserverDeps, 'prefix'> {
  config: { queuePrefix: string; webhooks: WebhookConfig };
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
  const { connection, redis, queue, manifests, notifier } = deps;
  const observer = startSynthesisObserver({ connection, prefix, redis, queue, manifests, notifier, logger });
  return {
    async close() {
      await observer.close();
      await worker.close();
      await client.close();
    },
  };
}
