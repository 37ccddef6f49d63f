import type { Redis } from 'ioredis';
import { EncoderPool } from '../audio/encoder-pool.js';
import { runSynthesisWorker } from '../queue/bullmq-synthesis-worker.js';
import type { ConnectionOptions } from 'bullmq';
import { startHeartbeat } from '../queue/worker-heartbeat.js';
import type { Settlement } from '../storage/batch-store.js';
import type { AudioStore } from '../storage/audio-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import type { WorkStore } from '../storage/work-store.js';
import type { TtsProvider } from '../tts/provider.js';
import type { ProviderSet } from '../tts/registry.js';
import { createSynthesizer, type Synthesizer } from '../tts/resilient.js';
import type { ArticleKeys } from './article-keys.js';
import { ChunkAudioCache } from './chunk-cache.js';
import { createSynthesisProcessor, type ProcessorLogger } from './synthesis-processor.js';
import type { WordTimer } from './stitcher.js';

/** What a synthesis worker needs (the composition root provides it). */
export interface WorkerDeps {
  config: {
    queuePrefix: string;
    workerConcurrency: number;
    workDir: string;
    jobLockMs: number;
    stalledCheckMs: number;
    maxStalls: number;
    drainTimeoutMs: number;
  };
  logger: ProcessorLogger & { error(details: object, message: string): void };
  connection: ConnectionOptions;
  redis: Redis;
  objects: ObjectStore;
  audio: AudioStore;
  work: WorkStore;
  keys: ArticleKeys;
  providers: ProviderSet;
}

export interface SynthesisWorkerOptions {
  concurrency?: number;
  /** A job ended for good (completed, or failed with no attempt left). */
  onSettled?(key: string, settlement: Settlement): void;
  /** Test seam: retry timings of provider calls. */
  retry?: Parameters<typeof createSynthesizer>[1]['retry'];
  timeWords?: WordTimer;
}

/**
 * A synthesis worker: runs jobs from the queue with encoders started ahead, one resilient
 * synthesizer per engine, kept chunk audio of paid voices, and reports itself alive. The
 * process around it (worker-process.ts) keeps the house in order.
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
      onSettled: options.onSettled,
    },
  );
  const heartbeat = startHeartbeat(deps.redis, config.queuePrefix);

  return {
    worker: runner.worker,
    /** Removes encoder files of dead workers (also done at start). */
    async sweepEncoders(): Promise<string[]> {
      await ready;
      return encoders.removeOrphans();
    },
    /** Stops taking jobs, drains (bounded by DRAIN_TIMEOUT_MS), hands back what did not finish. */
    async close(drainMs = config.drainTimeoutMs) {
      const { handedBack } = await runner.close(drainMs);
      if (handedBack) logger.warn({ handedBack }, 'shutdown: jobs handed back to the queue');
      await heartbeat.stop();
      await ready;
      await encoders.close();
      await Promise.all([...synthesizers.values()].map((s) => s.close()));
    },
  };
}
