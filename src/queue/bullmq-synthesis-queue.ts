import { Queue, type ConnectionOptions, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { onRedis } from './redis-availability.js';
import type {
  EnqueueRequest,
  JobSnapshot,
  JobState,
  SynthesisJobData,
  SynthesisJobResult,
  SynthesisProgress,
  SynthesisQueue,
} from './synthesis-queue.js';
import { liveWorkerCount } from './worker-heartbeat.js';

export const SYNTHESIS_QUEUE_NAME = 'synthesize';

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  // Finished audio lives in the store; the job record is only needed briefly for status.
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 24 * 3600, count: 10_000 },
};

/** Job states asked for together. */
const STATE_SLICE = 1000;

/** How long the automatic-retry counter of an audio is remembered. */
const AUTO_RETRY_TTL_SECONDS = 24 * 3600;

/**
 * The synthesis queue on BullMQ. `redis` is the fail-fast client of the process: every call
 * first checks that it is connected, so a request handler gets `DependencyUnavailableError`
 * in milliseconds instead of waiting on a queue that reconnects forever.
 */
export class BullmqSynthesisQueue implements SynthesisQueue {
  readonly queue: Queue<SynthesisJobData, SynthesisJobResult>;

  constructor(
    connection: ConnectionOptions,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.queue = new Queue<SynthesisJobData, SynthesisJobResult>(SYNTHESIS_QUEUE_NAME, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    this.queue.on('error', () => undefined); // surfaced through the calls below
  }

  private reachable<T>(run: () => Promise<T>): Promise<T> {
    return onRedis(this.redis, run);
  }

  private autoRetryKey(id: string): string {
    return `${this.prefix}:autoretry:${id}`;
  }

  async add(request: EnqueueRequest): Promise<JobSnapshot> {
    return this.reachable(async () => {
      const job = await this.queue.add(SYNTHESIS_QUEUE_NAME, request.data, { jobId: request.data.key, priority: request.priority });
      return this.snapshot(job);
    });
  }

  async addMany(requests: EnqueueRequest[]): Promise<JobSnapshot[]> {
    if (requests.length === 0) return [];
    return this.reachable(async () => {
      const jobs = await this.queue.addBulk(
        requests.map((r) => ({ name: SYNTHESIS_QUEUE_NAME, data: r.data, opts: { jobId: r.data.key, priority: r.priority } })),
      );
      // States of fresh jobs are known without asking Redis again, one by one.
      return jobs.map((job) => this.shape(job, job.opts.priority ? 'prioritized' : 'waiting', 0));
    });
  }

  async get(id: string): Promise<JobSnapshot | undefined> {
    return this.reachable(async () => {
      const job = await this.queue.getJob(id);
      return job ? this.snapshot(job) : undefined;
    });
  }

  async states(ids: string[]): Promise<Map<string, JobState>> {
    return this.reachable(async () => {
      const states = new Map<string, JobState>();
      for (let i = 0; i < ids.length; i += STATE_SLICE) {
        // A job's state takes a script that looks in eight lists and sets; whether it exists
        // at all takes one EXISTS. New batches are mostly new keys: ask the cheap question first.
        const slice = await this.existing(ids.slice(i, i + STATE_SLICE));
        // Sent together on one connection: Redis answers them in one pipelined stream.
        const answers = await Promise.all(slice.map((id) => this.queue.getJobState(id)));
        slice.forEach((id, j) => {
          const state = answers[j] as JobState | 'unknown';
          if (state !== 'unknown') states.set(id, KNOWN_STATES.has(state) ? state : 'unknown');
        });
      }
      return states;
    });
  }

  /** The IDs among `ids` that have a job, in one pipelined round trip. */
  private async existing(ids: string[]): Promise<string[]> {
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.exists(this.queue.toKey(id));
    const answers = (await pipeline.exec()) ?? [];
    return ids.filter((_, i) => {
      const [error, found] = answers[i] ?? [new Error('no answer')];
      return error !== null || found === 1; // when unsure, ask for the state
    });
  }

  async retry(id: string, options: { automatic?: boolean } = {}): Promise<void> {
    await this.reachable(async () => {
      const job = await this.queue.getJob(id);
      if (!job) return;
      if (options.automatic) await this.redis.multi().incr(this.autoRetryKey(id)).expire(this.autoRetryKey(id), AUTO_RETRY_TTL_SECONDS).exec();
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }).catch((error: Error) => {
        // Another request retried it a moment ago: the job is already waiting.
        if (!/not in the failed state|is not in the/i.test(error.message)) throw error;
      });
    });
  }

  async remove(id: string): Promise<void> {
    await this.reachable(async () => {
      const job = await this.queue.getJob(id);
      await job?.remove().catch(() => undefined); // an active job cannot be removed; it ends as obsolete
      await this.redis.del(this.autoRetryKey(id));
    });
  }

  async counts(): Promise<Record<string, number>> {
    return this.reachable(() => this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'));
  }

  async liveWorkers(): Promise<number> {
    return this.reachable(() => liveWorkerCount(this.redis, this.prefix));
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }

  private async snapshot(job: Job<SynthesisJobData, SynthesisJobResult>): Promise<JobSnapshot> {
    const [state, autoRetries] = await Promise.all([job.getState(), this.redis.get(this.autoRetryKey(job.id!))]);
    return this.shape(job, state as JobState, Number(autoRetries ?? 0));
  }

  private shape(job: Job<SynthesisJobData, SynthesisJobResult>, state: JobState, autoRetries: number): JobSnapshot {
    return {
      id: job.id!,
      state: KNOWN_STATES.has(state) ? state : 'unknown',
      data: job.data,
      progress: readProgress(job.progress),
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason || undefined,
      finishedOn: job.finishedOn,
      result: job.returnvalue ?? undefined,
      autoRetries,
    };
  }
}

const KNOWN_STATES = new Set<JobState>(['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed']);

function readProgress(p: unknown): SynthesisProgress {
  if (p && typeof p === 'object') {
    const q = p as Partial<SynthesisProgress>;
    return { fraction: q.fraction ?? 0, chunksDone: q.chunksDone ?? 0, chunksTotal: q.chunksTotal ?? 0, readyMs: q.readyMs ?? 0 };
  }
  return { fraction: typeof p === 'number' ? p : 0, chunksDone: 0, chunksTotal: 0, readyMs: 0 };
}
