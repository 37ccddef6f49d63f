import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/tts/provider.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetriesExhaustedError, retryWithBackoff, type RetryPolicy } from '../../src/tts/retry.js';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalMs: 10_000 };
const retryable = (message = 'HTTP 503', retryAfterMs?: number) => new ProviderError(message, 'retryable', { provider: 'p', status: 503, retryAfterMs });

/** A fake clock that advances by each sleep. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return { sleeps, hooks: { now: () => now, random: () => 1, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) } };
}

describe('backoffDelay', () => {
  it.each([
    [1, 1, undefined, 100],
    [3, 1, undefined, 400],
    [10, 1, undefined, 1_000], // capped
    [3, 0.5, undefined, 200], // jittered
    [3, 0, undefined, 0],
    [1, 0.5, 5_000, 5_000], // Retry-After is a floor
  ])('attempt %i, random %d, Retry-After %s → %i ms', (attempt, random, retryAfter, expected) => {
    expect(backoffDelay(attempt, policy, () => random, retryAfter)).toBe(expected);
  });
});

describe('retryWithBackoff', () => {
  it('returns the value and the attempts it took', async () => {
    const time = fakeTime();
    let calls = 0;
    const result = await retryWithBackoff(async () => {
      calls += 1;
      if (calls < 3) throw retryable();
      return 'audio';
    }, policy, time.hooks);
    expect(result).toEqual({ value: 'audio', attempts: 3 });
    expect(time.sleeps).toEqual([100, 200]);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    const error = await retryWithBackoff(async () => {
      calls += 1;
      throw new ProviderError('p: HTTP 401: bad key', 'permanent', { provider: 'p', status: 401 });
    }, policy, fakeTime().hooks).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect((error as RetriesExhaustedError).message).toBe('p: HTTP 401: bad key (permanent error, not retried after 1 attempt)');
    expect((error as RetriesExhaustedError).options.status).toBe(401);
  });

  it('stops at the attempt bound', async () => {
    const error = await retryWithBackoff(async () => { throw retryable(); }, policy, fakeTime().hooks).catch((e: unknown) => e);
    expect((error as RetriesExhaustedError).attempts).toBe(4);
    expect((error as Error).message).toContain('gave up after 4 attempts');
  });

  it('stops when the next wait would pass the total time budget', async () => {
    const error = await retryWithBackoff(async () => { throw retryable('HTTP 429', 60_000); }, policy, fakeTime().hooks)
      .catch((e: unknown) => e);
    expect((error as RetriesExhaustedError).attempts).toBe(1);
    expect((error as Error).message).toMatch(/exceeds the 10 s budget/);
  });

  it('rethrows errors that are not provider errors (bugs) untouched', async () => {
    const bug = new TypeError('undefined is not a function');
    await expect(retryWithBackoff(async () => { throw bug; }, DEFAULT_RETRY_POLICY)).rejects.toBe(bug);
  });

  it('stops waiting when the job is cancelled', async () => {
    const controller = new AbortController();
    const pending = retryWithBackoff(async () => { throw retryable(); }, { ...policy, baseDelayMs: 10_000, maxDelayMs: 10_000, maxTotalMs: 60_000 }, { random: () => 1 }, controller.signal);
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    expect((error as ProviderError).kind).toBe('permanent');
    expect((error as Error).message).toMatch(/cancelled/);
  });
});
