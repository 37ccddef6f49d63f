import { setTimeout as delay } from 'node:timers';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Redis } from 'ioredis';
import type { SynthesisQueue } from '../queue/synthesis-queue.js';
import type { ProviderSet } from '../tts/registry.js';

/**
 * A scrape must answer even when Redis does not: each Redis-backed figure gets this long,
 * then is left out of that scrape (process metrics always come).
 */
const REDIS_FIGURE_TIMEOUT_MS = 300;

/** Resolves to undefined when `work` takes longer than `ms`. */
export function withTimeout<T>(work: Promise<T>, ms = REDIS_FIGURE_TIMEOUT_MS): Promise<T | undefined> {
  return Promise.race([work.catch(() => undefined), new Promise<undefined>((resolve) => (delay(resolve, ms) as unknown as NodeJS.Timeout).unref())]);
}

/**
 * Prometheus metrics of the API process. Queue depth, live workers and provider characters
 * are read from Redis when scraped, so they cover every worker, wherever it runs.
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
      const counts = await withTimeout(deps.queue.counts());
      for (const [state, n] of Object.entries(counts ?? {})) this.set({ state }, n);
    },
  });

  new Gauge({
    name: 'tts_live_workers',
    help: 'Worker processes that reported themselves alive in the last 15 s',
    registers: [registry],
    async collect() {
      const n = await withTimeout(deps.queue.liveWorkers());
      if (n !== undefined) this.set(n);
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
        const chars = await withTimeout(deps.redis.get(`${deps.prefix}:tts:${provider.name}:chars`));
        if (chars !== undefined) this.set({ provider: provider.name }, Number(chars ?? 0));
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
