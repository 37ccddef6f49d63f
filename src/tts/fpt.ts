/**
 * FPT.AI TTS v5: the request returns an `async` URL where the file appears some seconds
 * later; that URL is polled (404 or empty until ready) for a bounded time.
 */
import { decodeAudio } from './decode.js';
import type { VoiceId } from '../voices.js';
import { pollForFile, requestJson } from './http-client.js';
import { ProviderError, type ProviderLimits, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import { buildVoiceTable, type KnownVoice } from './voice-table.js';

export const FPT_DEFAULT_URL = 'https://api.fpt.ai/hmi/tts/v5';

/** FPT.AI v5 voices and their real accents. */
export const FPT_VOICES: Readonly<Record<string, KnownVoice>> = {
  banmai: { accent: 'north', gender: 'female' },
  thuminh: { accent: 'north', gender: 'female' },
  leminh: { accent: 'north', gender: 'male' },
  lannhi: { accent: 'south', gender: 'female' },
  linhsan: { accent: 'south', gender: 'female' },
  minhquang: { accent: 'south', gender: 'male' },
  myan: { accent: 'central', gender: 'female' },
  ngoclam: { accent: 'central', gender: 'female' },
  giahuy: { accent: 'central', gender: 'male' },
};

const DEFAULT_VOICES: Record<VoiceId, string> = {
  'north-female': 'banmai',
  'north-male': 'leminh',
  'south-female': 'lannhi',
  'south-male': 'minhquang',
  'central-female': 'myan',
  'central-male': 'giahuy',
};

export interface FptConfig {
  apiKey: string;
  url?: string;
  voices?: Partial<Record<VoiceId, string>>;
  /** −3..3. */
  speed?: number;
  timeoutMs?: number;
  /** Wait between two looks at the async URL. */
  pollIntervalMs?: number;
  /** Give up on the async URL after this long (retryable). */
  pollTimeoutMs?: number;
  limits?: Partial<ProviderLimits>;
}

interface FptReply {
  async?: string;
  error?: number;
  message?: string;
  request_id?: string;
}

/**
 * Creates the FPT.AI provider.
 * @example createFptProvider({ apiKey }).voices['north-male'].providerVoice //=> 'leminh'
 */
export function createFptProvider(config: FptConfig): TtsProvider {
  const name = 'fpt';
  const url = config.url ?? FPT_DEFAULT_URL;
  const timeoutMs = config.timeoutMs ?? 30_000;
  const voices = buildVoiceTable(name, (voice) => FPT_VOICES[voice], DEFAULT_VOICES, config.voices);
  // FPT documents 5,000 characters for v5; stay well under to keep each poll short.
  const limits: ProviderLimits = { maxBytes: 4_500, maxChars: 1_500, concurrency: 4, requestsPerMinute: 60, paid: true, ...config.limits };

  async function synthesize(request: SynthesisRequest): Promise<SynthesizedAudio> {
    const http = { provider: name, timeoutMs, signal: request.signal };
    const reply = await requestJson<FptReply>(url, {
      method: 'POST',
      headers: {
        'api-key': config.apiKey,
        voice: voices[request.voice].providerVoice,
        speed: String(config.speed ?? 0),
        format: 'wav',
        'content-type': 'text/plain; charset=utf-8',
      },
      body: request.text,
    }, http);
    if (reply.error !== 0 || !reply.async) {
      // FPT accepted the HTTP request but refused the work (bad voice, quota, bad text):
      // the same request would be refused again.
      const detail = reply.message || (reply.error === 0 ? 'reply has no async URL' : 'no message');
      throw new ProviderError(`fpt: error ${reply.error ?? 'missing'}: ${detail}`,
        reply.error === 0 ? 'retryable' : 'permanent', { provider: name });
    }
    const bytes = await pollForFile(reply.async, {
      ...http,
      intervalMs: config.pollIntervalMs ?? 1_000,
      maxWaitMs: config.pollTimeoutMs ?? 60_000,
    });
    return decodeAudio(bytes, { provider: name });
  }

  return {
    name,
    limits,
    readsForeignWords: true, // a cloud voice reads foreign names and brands itself
    voices,
    synthesize,
    async check() {
      if (!config.apiKey) throw new Error('fpt: FPT_API_KEY is not set');
    },
  };
}
