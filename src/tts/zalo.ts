/**
 * Zalo AI TTS: a form-urlencoded request returns a URL, then the audio is downloaded from it.
 * Two northern and two southern voices, the only vendor here with a southern male speaker
 * that sounds like a newsreader.
 */
import { decodeAudio } from './decode.js';
import type { VoiceId } from '../voices.js';
import { pollForFile, requestJson } from './http-client.js';
import { ProviderError, type ProviderLimits, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import { buildVoiceTable, type KnownVoice } from './voice-table.js';

export const ZALO_DEFAULT_URL = 'https://api.zalo.ai/v1/tts/synthesize';

/** Zalo speaker IDs and their real accents (Zalo AI documentation). */
export const ZALO_SPEAKERS: Readonly<Record<string, KnownVoice>> = {
  '1': { accent: 'south', gender: 'female' },
  '2': { accent: 'north', gender: 'female' },
  '3': { accent: 'south', gender: 'male' },
  '4': { accent: 'north', gender: 'male' },
  '5': { accent: 'north', gender: 'female' },
  '6': { accent: 'south', gender: 'female' },
};

const DEFAULT_SPEAKERS: Record<VoiceId, string> = {
  'north-female': '2',
  'north-male': '4',
  'south-female': '1',
  'south-male': '3',
  // Zalo has no central voice: the northern ones serve, and /v1/voices says so.
  'central-female': '2',
  'central-male': '4',
};

/** Zalo's "input text too long" error code. */
const TEXT_TOO_LONG = 155;

export interface ZaloConfig {
  apiKey: string;
  /** Synthesis endpoint; point it at a gateway or a test server. */
  url?: string;
  /** Speaker ID per voice ID, overriding the defaults. */
  voices?: Partial<Record<VoiceId, string>>;
  /** 0.8–1.2. */
  speed?: number;
  timeoutMs?: number;
  /** How long to keep polling the returned URL while it answers 404. */
  downloadWaitMs?: number;
  downloadIntervalMs?: number;
  limits?: Partial<ProviderLimits>;
}

interface ZaloReply {
  error_code?: number;
  error_message?: string;
  data?: { url?: string };
}

/**
 * Creates the Zalo AI provider.
 * @example createZaloProvider({ apiKey: process.env.ZALO_API_KEY! }).voices['south-male'] //=> { providerVoice: '3', accent: 'south', … }
 */
export function createZaloProvider(config: ZaloConfig): TtsProvider {
  const name = 'zalo';
  const url = config.url ?? ZALO_DEFAULT_URL;
  const timeoutMs = config.timeoutMs ?? 30_000;
  const voices = buildVoiceTable(name, (speaker) => ZALO_SPEAKERS[speaker], DEFAULT_SPEAKERS, config.voices);
  const limits: ProviderLimits = { maxBytes: 6_000, maxChars: 2_000, concurrency: 4, requestsPerMinute: 60, paid: true, ...config.limits };

  async function synthesize(request: SynthesisRequest): Promise<SynthesizedAudio> {
    const http = { provider: name, timeoutMs, signal: request.signal };
    const form = new URLSearchParams({
      input: request.text,
      speaker_id: voices[request.voice].providerVoice,
      speed: String(config.speed ?? 1),
      encode_type: '0', // WAV: exact PCM, no MP3 encoder padding to trim
    });
    const reply = await requestJson<ZaloReply>(url, {
      method: 'POST',
      headers: { apikey: config.apiKey, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    }, http);
    const audioUrl = reply.data?.url;
    if (reply.error_code !== 0 || !audioUrl) throw errorFromReply(reply);
    const bytes = await pollForFile(audioUrl, {
      ...http,
      intervalMs: config.downloadIntervalMs ?? 500,
      maxWaitMs: config.downloadWaitMs ?? 10_000,
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
      if (!config.apiKey) throw new Error('zalo: ZALO_API_KEY is not set');
    },
  };
}

/**
 * Zalo reports API errors inside a 200 reply. Its codes are sparsely documented: only
 * "text too long" (155) is known for sure, and like other bad input it is permanent.
 * An unknown code is permanent too — retrying a request Zalo understood and refused
 * would only bill it again — and its message goes into the job's error.
 */
function errorFromReply(reply: ZaloReply): ProviderError {
  const code = reply.error_code ?? 'missing';
  const detail = reply.error_message || (reply.error_code === 0 ? 'reply has no audio URL' : 'no message');
  const kind = reply.error_code === 0 ? 'retryable' : 'permanent';
  const prefix = reply.error_code === TEXT_TOO_LONG ? 'text too long: ' : '';
  return new ProviderError(`zalo: ${prefix}error ${code}: ${detail}`, kind, { provider: 'zalo' });
}
