import { UnrecoverableError, WaitingError, Worker, type ConnectionOptions } from 'bullmq';
import { SYNTHESIS_QUEUE_NAME } from './bullmq-synthesis-queue.js';
import type { Settlement } from '../storage/batch-store.js';
import { JobFailure, type SynthesisJobData, type SynthesisJobResult, type SynthesisProcessor } from './synthesis-queue.js';

export interface QueueWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  /**
   * A running job's lock lives this long and is renewed at half of it; a worker killed
   * without warning loses its jobs to another worker within about lock + 2 × stalled check.
   */
  lockMs: number;
  stalledCheckMs: number;
  /** Crashes a job may survive (each is retried like a failed attempt) before it fails. */
  maxStalls: number;
  onError?(error: Error): void;
  /** A job ended for good: completed, or failed with no attempt left. */
  onSettled?(key: string, settlement: Settlement): void;
}

/**
 * Runs a synthesis processor on the BullMQ queue. A `JobFailure` that is not retryable
 * fails the job at once; anything else is retried with back-off. `close()` drains: it
 * waits for running jobs up to a bound, then hands the rest back to the queue (they go
 * to another worker at once, and the hand-back does not count as a failed attempt).
 */
export function runSynthesisWorker(processor: SynthesisProcessor, options: QueueWorkerOptions) {
  const running = new Map<string, AbortController>();
  let handingBack = false;

  const worker = new Worker<SynthesisJobData, SynthesisJobResult>(
    SYNTHESIS_QUEUE_NAME,
    async (job, token) => {
      const controller = new AbortController();
      running.set(job.id!, controller);
      try {
        return await processor({
          id: job.id!,
          data: job.data,
          attemptsMade: job.attemptsMade,
          signal: controller.signal,
          reportProgress: (progress) => job.updateProgress(progress as unknown as object),
        });
      } catch (error) {
        if (handingBack && controller.signal.aborted && token) {
          await job.moveToWait(token);
          throw new WaitingError();
        }
        if (error instanceof JobFailure && !error.retryable) throw new UnrecoverableError(error.message);
        throw new Error(error instanceof JobFailure ? error.message : 'audio generation failed');
      } finally {
        running.delete(job.id!);
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: options.stalledCheckMs,
      maxStalledCount: options.maxStalls,
    },
  );
  worker.on('error', (error) => options.onError?.(error));
  worker.on('completed', (job) => options.onSettled?.(job.id!, { state: 'ready' }));
  worker.on('failed', (job, error) => {
    if (!job || error instanceof WaitingError) return;
    const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) options.onSettled?.(job.id!, { state: 'failed', error: job.failedReason || error.message });
  });

  return {
    worker,
    /** Stops taking jobs; waits up to `drainMs` for running ones, then hands them back. */
    async close(drainMs: number): Promise<{ handedBack: number }> {
      const closing = worker.close();
      const drained = await Promise.race([closing.then(() => true), new Promise<false>((r) => setTimeout(r, drainMs, false).unref())]);
      if (drained) return { handedBack: 0 };
      handingBack = true;
      const handedBack = running.size;
      for (const controller of running.values()) controller.abort();
      await closing;
      return { handedBack };
    },
  };
}
