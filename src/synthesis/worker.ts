import type { Redis } from 'ioredis';
import { EncoderPool } from '../audio/encoder-pool.js';
import { runSynthesisWorker } from '../queue/bullmq-synthesis-worker.js';
import type { ConnectionOptions } from 'bullmq';
import { startHeartbeat } from '../queue/worker-heartbeat.js';
import type { SynthesisQueue } from '../queue/synthesis-queue.js';
import type { ArticleService } from '../services/article-service.js';
import type { BatchService } from '../services/batch-service.js';
import { CacheEvictor } from '../services/cache-evictor.js';
import type { ArticleStore } from '../storage/article-store.js';
import type { AudioStore } from '../storage/audio-store.js';
import type { InvalidationBus } from '../storage/cache-invalidation.js';
import type { ObjectStore } from '../storage/object-store.js';
import type { WorkStore } from '../storage/work-store.js';
import type { TtsProvider } from '../tts/provider.js';
import type { ProviderSet } from '../tts/registry.js';
import { createSynthesizer, type Synthesizer } from '../tts/resilient.js';
import type { ArticleKeys } from './article-keys.js';
import { ChunkAudioCache } from './chunk-cache.js';
import { createSynthesisProcessor, type ProcessorLogger } from './synthesis-processor.js';
import type { WordTimer } from './stitcher.js';

/** What a worker process needs (the composition root provides it). */
export interface WorkerDeps {
  config: {
    queuePrefix: string;
    workerConcurrency: number;
    workDir: string;
    cacheMaxBytes: number;
    jobLockMs: number;
    stalledCheckMs: number;
    maxStalls: number;
    drainTimeoutMs: number;
    evictionIntervalMs: number;
  };
  logger: ProcessorLogger & { error(details: object, message: string): void };
  connection: ConnectionOptions;
  redis: Redis;
  bus: InvalidationBus;
  objects: ObjectStore;
  audio: AudioStore;
  work: WorkStore;
  articles: ArticleStore;
  keys: ArticleKeys;
  queue: SynthesisQueue;
  providers: ProviderSet;
  usage: ConstructorParameters<typeof CacheEvictor>[0]['usage'];
  articleService: ArticleService;
  batchService: BatchService;
}

export interface SynthesisWorkerOptions {
  concurrency?: number;
  /** Test seam: retry timings of provider calls. */
  retry?: Parameters<typeof createSynthesizer>[1]['retry'];
  timeWords?: WordTimer;
}

/** Housekeeping periods. */
const SWEEP_EVERY_MS = 60_000;
const OUTBOX_EVERY_MS = 5_000;
const EVICT_AFTER_JOB_MIN_MS = 60_000;
/** Partial files of ended attempts stay this long for listeners still streaming them. */
const ENDED_WORK_KEEP_MS = 10 * 60_000;

/**
 * A synthesis worker: runs jobs from the queue and keeps the house in order — removes what
 * crashed workers left, queues generation that waited for the queue (the outbox), keeps
 * the store under its bound, tells batches how jobs ended, and reports itself alive.
 */
export function startSynthesisWorker(deps: WorkerDeps, options: SynthesisWorkerOptions = {}) {
  const { config, logger } = deps;
  const encoders = new EncoderPool(`${config.workDir}/.encoders`);
  const knownRates = deps.providers.providers().flatMap((p) => (p.sampleRate ? [p.sampleRate] : []));
  const ready = encoders.start(knownRates).then(
    (removed) => removed.length && logger.info({ removed: removed.length }, 'removed encoder files left by crashed workers'),
    (error: Error) => logger.warn({ err: error.message }, 'encoder pool did not start'),
  );
  const synthesizers = new Map<string, Synthesizer>();
  const synthesizerFor = (provider: TtsProvider) => {
    let synthesizer = synthesizers.get(provider.name);
    if (!synthesizer) {
      synthesizer = createSynthesizer(provider, { redis: deps.redis, prefix: config.queuePrefix, retry: options.retry, logger });
      synthesizers.set(provider.name, synthesizer);
    }
    return synthesizer;
  };
  const processor = createSynthesisProcessor(
    {
      keys: deps.keys,
      audio: deps.audio,
      work: deps.work,
      encoders,
      chunkCache: new ChunkAudioCache(deps.objects),
      timeWords: options.timeWords,
      synthesizeChunk: async (provider, text, voice, signal) => {
        const audio = await synthesizerFor(provider).synthesize({ text, voice, signal });
        return { ...audio, billedChars: audio.chars };
      },
    },
    logger,
  );
  const evictor = new CacheEvictor({ audio: deps.audio, objects: deps.objects, work: deps.work, bus: deps.bus, usage: deps.usage, maxBytes: config.cacheMaxBytes });
  const chores = new Chores(logger);
  let lastEviction = 0;
  const evict = () => chores.run('eviction', async () => {
    lastEviction = Date.now();
    const report = await evictor.run();
    if (report.evictedAudio.length || report.removedObjects) logger.info({ ...report, evictedAudio: report.evictedAudio.length }, 'cache eviction');
  });

  const runner = runSynthesisWorker(
    async (job) => {
      await ready;
      return processor(job);
    },
    {
      connection: deps.connection,
      prefix: config.queuePrefix,
      concurrency: options.concurrency ?? config.workerConcurrency,
      lockMs: config.jobLockMs,
      stalledCheckMs: config.stalledCheckMs,
      maxStalls: config.maxStalls,
      onError: (error) => logger.warn({ err: error.message }, 'worker error'),
      onSettled: (key, settlement) =>
        chores.run(`settle ${key}`, async () => {
          await deps.batchService.settle(key, settlement);
          if (settlement.state === 'ready' && Date.now() - lastEviction > EVICT_AFTER_JOB_MIN_MS) await evict();
        }),
    },
  );
  const heartbeat = startHeartbeat(deps.redis, config.queuePrefix);
  const timers = [
    setInterval(() => chores.run('outbox', () => deps.articleService.drainPending()), OUTBOX_EVERY_MS),
    setInterval(() => chores.run('sweep', () => sweep(deps)), SWEEP_EVERY_MS),
    setInterval(evict, config.evictionIntervalMs),
  ];
  for (const timer of timers) timer.unref();
  void chores.run('sweep', () => sweep(deps));

  return {
    worker: runner.worker,
    /** Stops taking jobs, drains (bounded by DRAIN_TIMEOUT_MS), hands back what did not finish. */
    async close(drainMs = config.drainTimeoutMs) {
      for (const timer of timers) clearInterval(timer);
      const { handedBack } = await runner.close(drainMs);
      if (handedBack) logger.warn({ handedBack }, 'shutdown: jobs handed back to the queue');
      await heartbeat.stop();
      await chores.idle();
      await ready;
      await encoders.close();
      await Promise.all([...synthesizers.values()].map((s) => s.close()));
    },
  };
}

/** Clears partial files of attempts that ended long ago or whose job no worker holds. */
async function sweep(deps: WorkerDeps): Promise<void> {
  const cleared = await deps.work.sweep({
    endedBeforeMs: Date.now() - ENDED_WORK_KEEP_MS,
    isLive: async (key) => {
      const state = (await deps.queue.get(key))?.state;
      return state === 'active' || state === 'waiting' || state === 'prioritized' || state === 'delayed';
    },
  });
  if (cleared.length) deps.logger.info({ cleared: cleared.length }, 'removed partial audio of ended or dead jobs');
  const expired = await deps.articles.deleteExpired(new Date());
  if (expired.length) deps.logger.info({ expired: expired.length }, 'removed expired demo articles');
}

/** Background tasks: one at a time per name, failures logged, never thrown. */
class Chores {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly logger: WorkerDeps['logger']) {}

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
