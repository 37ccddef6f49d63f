/**
 * Viettel AI TTS: one JSON request, the reply body is the audio itself. Northern (hn-) and
 * southern (hcm-) voices, plus two central (hue-) ones.
 */
import { decodeAudio } from './decode.js';
import type { VoiceId } from '../voices.js';
import { requestBytes } from './http-client.js';
import { extractProviderMessage } from './http-errors.js';
import { ProviderError, type ProviderLimits, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import { buildVoiceTable, type KnownVoice } from './voice-table.js';

export const VIETTEL_DEFAULT_URL = 'https://viettelai.vn/tts/speech_synthesis';

const FEMALE = ['quynhanh', 'phuongtrang', 'thaochi', 'thanhha', 'thanhphuong', 'diemmy', 'phuongly', 'thuydung', 'thuyduyen', 'leyen', 'maingoc'];
const REGION_ACCENTS: Readonly<Record<string, KnownVoice['accent']>> = { hn: 'north', hcm: 'south', hue: 'central' };

/** Viettel voices follow `<region>-<name>`; the region prefix is the accent. */
export function describeViettelVoice(voice: string): KnownVoice | undefined {
  const [region, speaker] = voice.split('-', 2);
  const accent = region ? REGION_ACCENTS[region] : undefined;
  if (!accent || !speaker) return undefined;
  return { accent, gender: FEMALE.includes(speaker) ? 'female' : 'male' };
}

const DEFAULT_VOICES: Record<VoiceId, string> = {
  'north-female': 'hn-quynhanh',
  'north-male': 'hn-thanhtung',
  'south-female': 'hcm-diemmy',
  'south-male': 'hcm-minhquan',
  'central-female': 'hue-maingoc',
  'central-male': 'hue-baoquoc',
};

export interface ViettelConfig {
  token: string;
  url?: string;
  voices?: Partial<Record<VoiceId, string>>;
  /** 0.7–1.3. */
  speed?: number;
  timeoutMs?: number;
  limits?: Partial<ProviderLimits>;
}

/**
 * Creates the Viettel AI provider.
 * @example createViettelProvider({ token }).voices['south-female'].providerVoice //=> 'hcm-diemmy'
 */
export function createViettelProvider(config: ViettelConfig): TtsProvider {
  const name = 'viettel';
  const url = config.url ?? VIETTEL_DEFAULT_URL;
  const timeoutMs = config.timeoutMs ?? 30_000;
  const voices = buildVoiceTable(name, describeViettelVoice, DEFAULT_VOICES, config.voices);
  // No documented limit; public clients stay at or under 500 characters a request.
  const limits: ProviderLimits = { maxBytes: 1_500, maxChars: 500, concurrency: 4, requestsPerMinute: 60, paid: true, ...config.limits };

  async function synthesize(request: SynthesisRequest): Promise<SynthesizedAudio> {
    const reply = await requestBytes(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: '*/*' },
      body: JSON.stringify({
        text: request.text,
        voice: voices[request.voice].providerVoice,
        speed: config.speed ?? 1,
        tts_return_option: 2, // WAV
        token: config.token,
        without_filter: false,
      }),
    }, { provider: name, timeoutMs, signal: request.signal });
    if (reply.headers.get('content-type')?.includes('json')) throw errorFromJsonReply(reply.body);
    return decodeAudio(reply.body, { provider: name });
  }

  return {
    name,
    limits,
    readsForeignWords: true, // a cloud voice reads foreign names and brands itself
    voices,
    synthesize,
    async check() {
      if (!config.token) throw new Error('viettel: VIETTEL_TOKEN is not set');
    },
  };
}

/**
 * A 200 with a JSON body is Viettel refusing the request (bad token, bad voice, …):
 * permanent unless the body carries a transient status code of its own.
 */
function errorFromJsonReply(body: Buffer): ProviderError {
  const text = body.toString('utf8');
  let code: number | undefined;
  try {
    const parsed = JSON.parse(text) as { code?: unknown; status?: unknown };
    const candidate = Number(parsed.code ?? parsed.status);
    code = Number.isFinite(candidate) ? candidate : undefined;
  } catch {
    // keep code undefined
  }
  const transient = code === 429 || (code !== undefined && code >= 500 && code < 600);
  return new ProviderError(`viettel: request refused${code ? ` (${code})` : ''}: ${extractProviderMessage(text)}`,
    transient ? 'retryable' : 'permanent', { provider: 'viettel', status: code });
}
