/**
 * Webhook signatures, as the major payment and Git hosts sign theirs: HMAC-SHA256 over
 * `${timestamp}.${body}` with the shared secret, sent as
 * `X-TTS-Signature: t=<unix seconds>,v1=<hex>`. The timestamp is signed too, so a
 * captured delivery cannot be replayed later than the receiver's tolerance.
 * docs/webhooks.md has the same check in Node and Python for receivers.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-tts-signature';
/** How old a signature a receiver should accept, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * The signature header value for a body sent at `timestamp` (unix seconds).
 * @example signWebhook('bi-mat-du-16-ky-tu', '{"type":"audio.ready"}', 1764550800) //=> 't=1764550800,v1=…64 hex…'
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/**
 * True when `header` is a valid signature of `body` no older than `toleranceSeconds`.
 * @example verifyWebhookSignature(secret, req.headers['x-tts-signature'], rawBody) //=> true
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  if (!header) return false;
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const received = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(received)) return false;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = signWebhook(secret, body, timestamp).split('v1=')[1];
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(received, 'hex'));
}
