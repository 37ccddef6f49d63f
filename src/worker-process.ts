/**
 * What a worker process runs: the synthesis worker, the house-keeping around it, and (when
 * webhooks are on) their delivery and the observer of jobs. Used by `dist/worker.js`,
 * `server.js --with-worker` and the tests' service helper, so all three run the same thing.
 */
import type { Container } from './container.js';
import { CacheEvictor } from './services/cache-evictor.js';
import type { Settlement } from './storage/batch-store.js';
import { startSynthesisWorker, type SynthesisWorkerOptions } from './synthesis/worker.js';
import { startWebhooks } from './webhooks/start-webhooks.js';

/** House-keeping periods. */
const SWEEP_EVERY_MS = 60_000;
const OUTBOX_EVERY_MS = 5_000;
const EVICT_AFTER_JOB_MIN_MS = 60_000;
/** A job's settlement is tried this often, this far apart, before it is given up (and logged). */
const SETTLE_ATTEMPTS = 10;
const SETTLE_RETRY_MS = 3_000;
/** Partial files of ended attempts stay this long for listeners still streaming them. */
const ENDED_WORK_KEEP_MS = 10 * 60_000;
/** Retired audio is looked for at least twice per grace period, at most once a second, at least once a minute. */
const retireEveryMs = (retentionMs: number) => Math.min(60_000, Math.max(1000, Math.floor(retentionMs / 2)));

export interface WorkerProcessOptions extends SynthesisWorkerOptions {
  /** Test seam: how often the house is swept (default every minute). */
  sweepEveryMs?: number;
}

/**
 * Starts a worker process. Besides running jobs it removes what crashed workers left,
 * queues generation that waited for the queue (the outbox), keeps the store under its
 * bound, tells batches how jobs ended, removes audio no article uses once its grace period
 * is over, and removes expired demo articles.
 */
export function startWorkerProcess(container: Container, options: WorkerProcessOptions = {}) {
  const { config, logger } = container;
  const chores = new Chores(logger);
  const evictor = new CacheEvictor({ ...container, maxBytes: config.cacheMaxBytes });
  let lastEviction = 0;
  const evict = () =>
    chores.run('eviction', async () => {
      lastEviction = Date.now();
      const report = await evictor.run();
      if (report.evictedAudio.length || report.removedObjects) logger.info({ ...report, evictedAudio: report.evictedAudio.length }, 'cache eviction');
    });
  const onSettled = (key: string, settlement: Settlement) => {
    options.onSettled?.(key, settlement);
    void chores.run(`settle ${key}`, async () => {
      // Redis may be away for a moment just as the job ends: a lost settlement would leave its batches unfinished.
      await withRetries(() => container.batchService.settle(key, settlement), SETTLE_ATTEMPTS, SETTLE_RETRY_MS);
      if (settlement.state === 'ready' && Date.now() - lastEviction > EVICT_AFTER_JOB_MIN_MS) await evict();
    });
  };
  const synthesis = startSynthesisWorker(container, { ...options, onSettled });
  const webhooks = startWebhooks({ ...container, notifier: container.webhooks, manifests: container.audioService.manifests });
  const timers = [
    setInterval(() => chores.run('outbox', () => container.articleService.drainPending()), OUTBOX_EVERY_MS),
    setInterval(() => chores.run('sweep', () => sweep(container, synthesis)), options.sweepEveryMs ?? SWEEP_EVERY_MS),
    setInterval(evict, config.evictionIntervalMs),
    setInterval(() => chores.run('retire', () => removeRetired(container)), retireEveryMs(config.audioRetentionMs)),
  ];
  for (const timer of timers) timer.unref();
  void chores.run('sweep', () => sweep(container, synthesis));

  return {
    worker: synthesis.worker,
    /** Drains the synthesis worker (bounded by DRAIN_TIMEOUT_MS), then stops the rest. */
    async close(drainMs?: number) {
      for (const timer of timers) clearInterval(timer);
      await synthesis.close(drainMs);
      await chores.idle();
      await webhooks.close();
    },
  };
}

/** Removes audio whose grace period after its last article let go of it has passed. */
async function removeRetired(container: Container): Promise<void> {
  const removed = await container.audioService.removeRetired();
  if (removed) container.logger.info({ removed }, 'removed audio no article uses any more');
}

/** Clears encoder files of dead workers; partial files of failed attempts, of attempts that ended long ago or whose job no worker holds; expired demo articles. */
async function sweep(container: Container, synthesis: { sweepEncoders(): Promise<string[]> }): Promise<void> {
  const orphans = await synthesis.sweepEncoders();
  if (orphans.length) container.logger.info({ removed: orphans.length }, 'removed encoder files of dead workers');
  const cleared = await container.work.sweep({
    endedBeforeMs: Date.now() - ENDED_WORK_KEEP_MS,
    isLive: async (key) => {
      const state = (await container.queue.get(key))?.state;
      return state === 'active' || state === 'waiting' || state === 'prioritized' || state === 'delayed';
    },
  });
  if (cleared.length) container.logger.info({ cleared: cleared.length }, 'removed partial audio of ended or dead jobs');
  const expired = await container.articles.deleteExpired(new Date());
  if (expired.length) container.logger.info({ expired: expired.length }, 'removed expired demo articles');
}

/** Background tasks: one at a time per name, failures logged, never thrown. */
class Chores {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly logger: Container['logger']) {}

  run(name: string, task: () => Promise<unknown>): Promise<void> {
    const current = this.running.get(name);
    if (current) return current;
    const promise = task()
      .then(() => undefined, (error: Error) => this.logger.warn({ err: error?.message ?? String(error) }, `${name} failed`))
      .finally(() => this.running.delete(name));
    this.running.set(name, promise);
    return promise;
  }

  async idle(): Promise<void> {
    await Promise.all(this.running.values());
  }
}

/** Runs `task` until it succeeds, at most `attempts` times, `delayMs` apart; the last failure is thrown. */
async function withRetries<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
    }
  }
}
