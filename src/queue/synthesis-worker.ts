import path from 'node:path';
import { UnrecoverableError, Worker } from 'bullmq';
import { EncoderPool } from '../audio/encoder-pool.js';
import { ObsoleteJobError, synthesizeArticle } from '../jobs/synthesize-article.js';
import type { Services } from '../services/container.js';
import { ProviderError } from '../tts/provider.js';
import { createSynthesizer, type Synthesizer } from '../tts/resilient.js';
import { startWebhooks } from '../webhooks/start-webhooks.js';
import { SYNTHESIS_QUEUE, type SynthesisJobData, type SynthesisJobResult } from './synthesis-queue.js';

export interface SynthesisWorkerOptions {
  concurrency?: number;
  /** Test seam: retry timings of provider calls. */
  retry?: Parameters<typeof createSynthesizer>[1]['retry'];
}

/**
 * The BullMQ worker that runs synthesis jobs. Faults that retrying cannot fix (bad input,
 * a provider's 400/401/403, an article changed meanwhile) end the job at once; the
 * rest are retried by BullMQ with backoff, reusing every chunk already synthesized.
 */
export function startSynthesisWorker(services: Services, options: SynthesisWorkerOptions = {}) {
  const { logger } = services;
  const encoders = new EncoderPool(path.join(services.config.cacheDir, 'work', '.spare-encoders'));
  const knownRates = services.providers.providers().flatMap((p) => (p.sampleRate ? [p.sampleRate] : []));
  const ready = encoders.start(knownRates).catch((error) => logger.warn({ err: error.message }, 'encoder pool did not start'));
  const synthesizers = new Map<string, Synthesizer>();
  const synthesizerFor = (provider: Parameters<typeof createSynthesizer>[0]) => {
    let synthesizer = synthesizers.get(provider.name);
    if (!synthesizer) {
      synthesizer = createSynthesizer(provider, { redis: services.redis, prefix: services.config.queuePrefix, retry: options.retry, logger });
      synthesizers.set(provider.name, synthesizer);
    }
    return synthesizer;
  };

  const worker = new Worker<SynthesisJobData, SynthesisJobResult>(
    SYNTHESIS_QUEUE,
    async (job) => {
      await ready;
      const started = Date.now();
      try {
        const result = await synthesizeArticle(
          { data: job.data, reportProgress: (progress) => job.updateProgress(progress as unknown as object) },
          {
            keys: services.keys,
            audio: services.audio,
            encoders,
            synthesizeChunk: async (provider, text, voice, signal) => {
              const audio = await synthesizerFor(provider).synthesize({ text, voice, signal });
              return { ...audio, billedChars: audio.chars };
            },
          },
        );
        logger.info({ jobId: job.id, articleId: job.data.articleId, voice: job.data.voice, ms: Date.now() - started, ...result }, 'audio ready');
        await services.audio.enforceLimit().catch((error) => logger.warn({ err: error.message }, 'cache eviction failed'));
        return result;
      } catch (error) {
        const err = error as Error;
        logger.warn({ jobId: job.id, articleId: job.data.articleId, attempt: job.attemptsMade + 1, err: err.message }, 'synthesis failed');
        if (err instanceof ObsoleteJobError || (err instanceof ProviderError && !err.retryable)) throw new UnrecoverableError(err.message);
        throw err;
      }
    },
    {
      connection: services.connection,
      prefix: services.config.queuePrefix,
      concurrency: options.concurrency ?? services.config.workerConcurrency,
      // Long articles on slow providers: the lock is renewed while the job runs.
      lockDuration: 60_000,
    },
  );
  worker.on('error', (error) => logger.warn({ err: error.message }, 'worker error'));
  // Webhooks watch this queue's events from the outside (src/webhooks): the job code knows nothing of them.
  const webhooks = startWebhooks(services);

  return {
    worker,
    async close() {
      await worker.close();
      await webhooks.close();
      await ready;
      await encoders.close();
      await Promise.all([...synthesizers.values()].map((s) => s.close()));
    },
  };
}
