import type { OutboundPolicy } from '../net/address-policy.js';

/** Webhook settings (WEBHOOK_*). */
export interface WebhookConfig {
  /** Receives every event; batches may add their own `callbackUrl`. */
  url?: string;
  /** HMAC key; without it no webhook is sent. */
  secret?: string;
  /** Targets share the SSRF rules of URL intake (its private hosts), with their own allowlist. */
  policy: OutboundPolicy;
  maxAttempts: number;
  retryDelayMs: number;
  timeoutMs: number;
}
