/**
 * How HTTP failures of any provider become `ProviderError`s: which statuses are worth
 * retrying, how `Retry-After` is read, and how network faults and timeouts are named.
 */
import { ProviderError } from './provider.js';

/**
 * 408, 425, 429 and 5xx are transient; every other 4xx (bad request, bad key, forbidden,
 * text too long) will fail the same way again, so it is permanent.
 * @example classifyStatus(429) //=> 'retryable'
 * @example classifyStatus(401) //=> 'permanent'
 */
export function classifyStatus(status: number): 'retryable' | 'permanent' {
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retryable';
  return 'permanent';
}

/**
 * Reads a `Retry-After` header (delta-seconds or an HTTP date) as milliseconds from now.
 * @example parseRetryAfter('2') //=> 2000
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Builds the error for a non-2xx reply, keeping the provider's own message. */
export function errorFromStatus(
  provider: string,
  status: number,
  providerMessage: string,
  retryAfterHeader?: string | null,
): ProviderError {
  const message = `${provider}: HTTP ${status}${providerMessage ? `: ${providerMessage}` : ''}`;
  return new ProviderError(message, classifyStatus(status), {
    provider,
    status,
    retryAfterMs: parseRetryAfter(retryAfterHeader),
  });
}

/**
 * Names a thrown fetch/client failure: the caller's abort is permanent (the job was
 * cancelled, retrying is wrong); our own timeout and connection faults are retryable.
 */
export function errorFromException(provider: string, error: unknown, callerSignal?: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  if (callerSignal?.aborted) {
    return new ProviderError(`${provider}: request cancelled`, 'permanent', { provider, cause: error });
  }
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError') {
    return new ProviderError(`${provider}: request timed out`, 'retryable', { provider, cause: error });
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return new ProviderError(`${provider}: network error: ${detail}`, 'retryable', { provider, cause: error });
}

/** Pulls a human message out of an error body: JSON `message`/`error_message`/…, or text. */
export function extractProviderMessage(body: string): string {
  const trimmed = body.trim();
  try {
    const json = JSON.parse(trimmed) as Record<string, unknown>;
    const nested = json.error && typeof json.error === 'object' ? (json.error as Record<string, unknown>) : undefined;
    const candidates = [nested?.message, json.error_message, json.message, json.en_message, json.msg, json.error];
    const found = candidates.find((value) => typeof value === 'string' && value.length > 0);
    if (typeof found === 'string') return found;
  } catch {
    // not JSON: fall through to plain text
  }
  return trimmed.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}
