/**
 * Wraps a provider for use by workers: shared concurrency and rate limits (Redis), retries
 * with backoff, and character counting for paid providers. Providers stay simple — one
 * request, one classified error — and every fault policy lives here.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { UndecodableAudioError } from './decode.js';
import { ProviderError, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import { createProviderLimiter, type ProviderLimiter } from './rate-limit.js';
import { DEFAULT_RETRY_POLICY, retryWithBackoff, type RetryHooks, type RetryPolicy } from './retry.js';

/** The pino subset used here. */
export interface SynthesizerLogger {
  warn(details: object, message: string): void;
}

export interface SynthesizerOptions {
  /** An ioredis client (kept open on close), a redis:// URL, or connection options. */
  redis: Redis | string | RedisOptions;
  /** Deployment-wide key prefix; keys live under `<prefix>:tts:<provider>:…`. */
  prefix: string;
  retry?: Partial<RetryPolicy> & {
    /**
     * Undecodable replies (error pages served as audio) are retried, but only this many
     * attempts in all: a provider that keeps sending garbage should fail the chunk fast.
     */
    maxUndecodableAttempts?: number;
  };
  /** Lease lifetime of a concurrency slot; a crashed worker's slot frees after this. */
  leaseMs?: number;
  logger?: SynthesizerLogger;
  /** Test seams: sleep, random, clock. */
  hooks?: Omit<RetryHooks, 'onRetry'>;
}

/** What one call produced, with what it took: attempts and characters billed. */
export interface SynthesisResult extends SynthesizedAudio {
  attempts: number;
  /** Characters (code points) sent to a paid provider for this result; 0 for free engines. */
  chars: number;
}

export interface Synthesizer {
  readonly provider: TtsProvider;
  synthesize(request: SynthesisRequest): Promise<SynthesisResult>;
  /** Total characters sent to this provider by all workers (the cost counter). */
  totalChars(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Creates the resilient synthesizer of one provider.
 * @example
 *   const synth = createSynthesizer(zalo, { redis: 'redis://127.0.0.1:6379', prefix: 'tts' });
 *   await synth.synthesize({ text: 'Xin chào các bạn', voice: 'south-female' }) //=> { sampleRate, pcm, attempts: 1, chars: 16 }
 */
export function createSynthesizer(provider: TtsProvider, options: SynthesizerOptions): Synthesizer {
  const ownsRedis = !(options.redis instanceof Redis);
  const redis = toRedis(options.redis);
  const charsKey = `${options.prefix}:tts:${provider.name}:chars`;
  const { maxUndecodableAttempts = 2, ...policyOverrides } = options.retry ?? {};
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...policyOverrides };
  // Local engines (espeak-ng) are bounded by the worker's own CPU, not by a vendor.
  const limiter: ProviderLimiter | undefined = provider.limits.local
    ? undefined
    : createProviderLimiter({
        redis,
        provider: provider.name,
        prefix: options.prefix,
        concurrency: provider.limits.concurrency,
        requestsPerMinute: provider.limits.requestsPerMinute,
        leaseMs: options.leaseMs,
      });

  async function attemptOnce(request: SynthesisRequest, undecodableSoFar: { count: number }): Promise<SynthesizedAudio> {
    const lease = await limiter?.acquire(request.signal);
    try {
      return await provider.synthesize(request);
    } catch (error) {
      if (error instanceof UndecodableAudioError && ++undecodableSoFar.count >= maxUndecodableAttempts) {
        throw new ProviderError(`${error.message} (${undecodableSoFar.count} undecodable replies)`, 'permanent', error.options);
      }
      throw error;
    } finally {
      await lease?.release();
    }
  }

  return {
    provider,
    async synthesize(request) {
      const undecodable = { count: 0 };
      const { value, attempts } = await retryWithBackoff(() => attemptOnce(request, undecodable), policy, {
        ...options.hooks,
        onRetry: ({ attempt, delayMs, error }) =>
          options.logger?.warn({ provider: provider.name, voice: request.voice, attempt, delayMs, err: error.message },
            'TTS request failed; retrying'),
      }, request.signal);
      // Counted once per synthesized chunk: what the provider bills for the audio we keep.
      const chars = provider.limits.paid ? Array.from(request.text).length : 0;
      if (chars > 0) await redis.incrby(charsKey, chars);
      return { ...value, attempts, chars };
    },
    async totalChars() {
      return Number((await redis.get(charsKey)) ?? 0);
    },
    async close() {
      if (ownsRedis) await redis.quit().catch(() => undefined);
    },
  };
}

function toRedis(option: SynthesizerOptions['redis']): Redis {
  if (option instanceof Redis) return option;
  // maxRetriesPerRequest: null waits for Redis to come back rather than failing a synthesis.
  if (typeof option === 'string') return new Redis(option, { maxRetriesPerRequest: null });
  return new Redis({ maxRetriesPerRequest: null, ...option });
}
