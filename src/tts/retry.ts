/**
 * Exponential backoff with full jitter, honouring `Retry-After`, bounded both in attempts
 * and in total time. Only `ProviderError`s of kind "retryable" are retried.
 */
import { ProviderError } from './provider.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff ceiling before the first retry; doubles after each attempt. */
  baseDelayMs: number;
  /** Cap on a single backoff (a larger `Retry-After` still wins, within `maxTotalMs`). */
  maxDelayMs: number;
  /** No retry starts later than this after the first attempt began. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxTotalMs: 120_000,
};

/** Seams for tests (and for a fake clock); production uses the real ones. */
export interface RetryHooks {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Called before each wait, e.g. to log. */
  onRetry?: (info: { attempt: number; delayMs: number; error: ProviderError }) => void;
}

/** The last error once retrying stopped, with how many attempts were made. */
export class RetriesExhaustedError extends ProviderError {
  constructor(readonly last: ProviderError, readonly attempts: number, reason: string) {
    super(`${last.message} (${reason})`, last.kind, { ...last.options, cause: last });
    this.name = 'RetriesExhaustedError';
  }
}

/**
 * Full jitter (a uniform wait up to the exponential ceiling) spreads retries of many
 * workers apart; a server's `Retry-After` is a floor on top of it.
 * @example backoffDelay(3, { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100 }, () => 0.5) //=> 200
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Runs `operation` until it succeeds, fails permanently, or the policy's bounds are hit.
 * @returns the value and the number of attempts it took.
 */
export async function retryWithBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks = {},
  signal?: AbortSignal,
): Promise<{ value: T; attempts: number }> {
  const now = hooks.now ?? Date.now;
  const sleep = hooks.sleep ?? sleepFor;
  const random = hooks.random ?? Math.random;
  const startedAt = now();
  for (let attempt = 1; ; attempt += 1) {
    let error: ProviderError;
    try {
      return { value: await operation(attempt), attempts: attempt };
    } catch (thrown) {
      if (!(thrown instanceof ProviderError)) throw thrown; // a bug, not a provider fault
      error = thrown;
    }
    const tried = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
    if (!error.retryable) throw new RetriesExhaustedError(error, attempt, `permanent error, not retried after ${tried}`);
    if (attempt >= policy.maxAttempts) throw new RetriesExhaustedError(error, attempt, `gave up after ${tried}`);
    const delayMs = backoffDelay(attempt, policy, random, error.options.retryAfterMs);
    const elapsed = now() - startedAt;
    if (elapsed + delayMs > policy.maxTotalMs) {
      const seconds = ((elapsed + delayMs) / 1000).toFixed(1);
      throw new RetriesExhaustedError(error, attempt, `gave up after ${tried}: next retry at ${seconds} s exceeds the ${policy.maxTotalMs / 1000} s budget`);
    }
    hooks.onRetry?.({ attempt, delayMs, error });
    if (signal?.aborted) throw cancelled(error);
    await sleep(delayMs, signal).catch(() => {
      throw cancelled(error);
    });
  }
}

function cancelled(last: ProviderError): ProviderError {
  return new ProviderError(`${last.options.provider}: cancelled while waiting to retry`, 'permanent', { provider: last.options.provider, cause: last });
}

/** A sleep that an abort signal cuts short (rejecting). */
export function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
