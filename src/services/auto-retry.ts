import type { JobSnapshot } from '../queue/synthesis-queue.js';

/**
 * When a failed audio is tried again on its own: on the next listener request after a
 * back-off that doubles with each automatic retry (30 s, 1 min, 2 min, … up to an hour),
 * at most `maxRetries` times a day. Listeners never stay stuck on one transient failure,
 * and a text that always fails does not keep the workers busy.
 */
export class AutoRetryPolicy {
  constructor(
    private readonly baseSeconds = 30,
    private readonly maxSeconds = 3600,
    private readonly maxRetries = 8,
  ) {}

  /**
   * Seconds to wait before the next automatic retry (0: now); `Infinity` once exhausted.
   * @example new AutoRetryPolicy(30).secondsUntilRetry({ finishedOn: Date.now() - 40_000, autoRetries: 0 }) //=> 0
   */
  secondsUntilRetry(job: Pick<JobSnapshot, 'finishedOn' | 'autoRetries'>, now = Date.now()): number {
    if (job.autoRetries >= this.maxRetries) return Number.POSITIVE_INFINITY;
    const backoff = Math.min(this.maxSeconds, this.baseSeconds * 2 ** job.autoRetries);
    const elapsed = (now - (job.finishedOn ?? now)) / 1000;
    return Math.max(0, Math.ceil(backoff - elapsed));
  }
}
