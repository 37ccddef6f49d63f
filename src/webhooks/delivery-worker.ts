/**
 * Sends queued webhook deliveries: signs each attempt with its own timestamp, POSTs
 * through the SSRF-checked client, logs the attempt, and lets BullMQ retry with back-off
 * on anything but a 2xx. A target the SSRF rules refuse, or a 410 Gone, is not retried.
 */
import { UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { WebhookConfig } from './webhook-config.js';
import type { OutboundClient } from '../net/outbound-client.js';
import { OutboundError } from '../net/outbound-error.js';
import type { WebhookDeliveryLog } from './delivery-log.js';
import { SIGNATURE_HEADER, signWebhook } from './sign-webhook.js';
import { WEBHOOK_QUEUE, type WebhookJobData } from './webhook-queue.js';

/** Refusals that no retry can change. */
const PERMANENT = new Set(['invalid_url', 'host_not_allowed', 'address_refused']);

export interface DeliveryWorkerDeps {
  connection: ConnectionOptions;
  prefix: string;
  config: WebhookConfig & { secret: string };
  client: OutboundClient;
  log: WebhookDeliveryLog;
  logger: Logger;
}

export function startDeliveryWorker(deps: DeliveryWorkerDeps): Worker<WebhookJobData> {
  const { config, client, log, logger } = deps;
  const worker = new Worker<WebhookJobData>(
    WEBHOOK_QUEUE,
    async (job) => {
      const id = job.id!;
      const attempt = job.attemptsMade + 1;
      const last = attempt >= (job.opts.attempts ?? 1);
      await log.open({ id, eventId: job.data.eventId, type: job.data.type, url: job.data.url });
      const started = Date.now();
      const at = new Date(started).toISOString();
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'tts-reader-webhooks/1',
        'x-tts-event': job.data.type,
        'x-tts-delivery': id,
        [SIGNATURE_HEADER]: signWebhook(config.secret, job.data.body, Math.floor(started / 1000)),
      };
      let status: number;
      try {
        const response = await client.send(job.data.url, { method: 'POST', headers, body: job.data.body, signal: AbortSignal.timeout(config.timeoutMs) });
        status = response.statusCode;
        await response.body.dump().catch(() => undefined);
      } catch (error) {
        const message = error instanceof OutboundError ? error.message : 'request failed';
        const permanent = error instanceof OutboundError && PERMANENT.has(error.code);
        await log.recordAttempt(id, { at, durationMs: Date.now() - started, error: message }, permanent || last ? 'failed' : 'retrying');
        throw permanent ? new UnrecoverableError(message) : new Error(message);
      }
      const durationMs = Date.now() - started;
      if (status >= 200 && status < 300) {
        await log.recordAttempt(id, { at, durationMs, status }, 'delivered');
        return { status };
      }
      await log.recordAttempt(id, { at, durationMs, status }, status === 410 || last ? 'failed' : 'retrying');
      const message = `the receiver answered HTTP ${status}`;
      throw status === 410 ? new UnrecoverableError(message) : new Error(message);
    },
    { connection: deps.connection, prefix: deps.prefix, concurrency: 8 },
  );
  worker.on('failed', (job, error) => logger.warn({ deliveryId: job?.id, type: job?.data.type, attempt: job?.attemptsMade, err: error.message }, 'webhook delivery failed'));
  worker.on('error', (error) => logger.warn({ err: error.message }, 'webhook worker error'));
  return worker;
}
