import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Redis } from 'ioredis';
import type { SynthesisQueue } from '../queue/synthesis-queue.js';
import type { ProviderSet } from '../tts/registry.js';

/**
 * Prometheus metrics of the API process. Queue depth and provider characters are read
 * from Redis when scraped, so they cover every worker, wherever it runs.
 */
export function createMetrics(deps: { queue: SynthesisQueue; redis: Redis; providers: ProviderSet; prefix: string }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const audioRequests = new Counter({
    name: 'tts_audio_requests_total',
    help: 'Audio requests by outcome: ready (cache hit), pending (generating), failed',
    labelNames: ['outcome', 'voice'] as const,
    registers: [registry],
  });

  new Gauge({
    name: 'tts_queue_jobs',
    help: 'Synthesis jobs by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const counts = await deps.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed').catch(() => undefined);
      for (const [state, n] of Object.entries(counts ?? {})) this.set({ state }, n);
    },
  });

  new Gauge({
    name: 'tts_provider_characters_total',
    help: 'Characters sent to each paid TTS provider (the cost counter), all workers',
    labelNames: ['provider'] as const,
    registers: [registry],
    async collect() {
      for (const provider of deps.providers.providers()) {
        if (!provider.limits.paid) continue;
        const chars = await deps.redis.get(`${deps.prefix}:tts:${provider.name}:chars`).catch(() => null);
        this.set({ provider: provider.name }, Number(chars ?? 0));
      }
    },
  });

  const listeningEvents = new Counter({
    name: 'tts_listening_events_total',
    help: 'Listening events counted from players: play, progress (with percent), complete, speed, error',
    labelNames: ['type', 'voice', 'detail'] as const,
    registers: [registry],
  });

  return { registry, audioRequests, listeningEvents };
}

export type Metrics = ReturnType<typeof createMetrics>;
