/**
 * Google Cloud Text-to-Speech through `@google-cloud/text-to-speech` in REST mode
 * (`fallback: 'rest'`: plain HTTP/1.1, so a gateway or a test server can stand in).
 * Google has no southern Vietnamese voice: the south-* IDs are served by northern voices
 * and the voice table says so. Word timings come from v1beta1 SSML marks.
 */
import { protos, v1, v1beta1 } from '@google-cloud/text-to-speech';
import { decodeAudio } from './decode.js';
import { VOICE_IDS, VOICES, type VoiceId } from '../voices.js';
import { classifyStatus, errorFromException, extractProviderMessage, parseRetryAfter } from './http-errors.js';
import { ProviderError, type ProviderLimits, type ProviderVoice, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import { buildGoogleSsml, GOOGLE_MAX_BYTES, wordTimingsFromTimepoints } from './google-ssml.js';
import { buildVoiceTable, type KnownVoice } from './voice-table.js';

const SSML_MARK = protos.google.cloud.texttospeech.v1beta1.SynthesizeSpeechRequest.TimepointType.SSML_MARK;
const NO_SOUTHERN_VOICE = 'Google has no southern Vietnamese voice';

const DEFAULT_VOICES: Record<VoiceId, string> = {
  'north-female': 'vi-VN-Neural2-A',
  'north-male': 'vi-VN-Neural2-D',
  'south-female': 'vi-VN-Neural2-A',
  'south-male': 'vi-VN-Neural2-D',
  // Google documents no central (or southern) Vietnamese voice: northern ones serve, and say so.
  'central-female': 'vi-VN-Neural2-A',
  'central-male': 'vi-VN-Neural2-D',
};

/**
 * Every vi-VN voice Google documents is northern; Standard/Wavenet/Neural2 genders follow
 * the letter (A, C female; B, D male). Chirp3-HD names are not tabled here: their gender is
 * taken from the voice ID they serve, and the note says so.
 */
export function describeGoogleVoice(voice: string, id: VoiceId): KnownVoice | undefined {
  const letter = /^vi-VN-(?:Standard|Wavenet|Neural2)-([A-D])$/.exec(voice)?.[1];
  if (letter) return { accent: 'north', gender: letter === 'A' || letter === 'C' ? 'female' : 'male' };
  if (voice.startsWith('vi-VN-Chirp3-HD-')) return { accent: 'north', gender: VOICES[id].gender, note: 'Chirp3-HD gender assumed from the voice ID' };
  return undefined;
}

/** The south-* IDs can only be served by a northern voice: say why, first. */
function noteMissingSouthernVoice(table: Record<VoiceId, ProviderVoice>): Record<VoiceId, ProviderVoice> {
  for (const id of VOICE_IDS) {
    const served = table[id];
    if (VOICES[id].accent === 'south' && served.accent !== 'south') {
      served.note = [NO_SOUTHERN_VOICE, served.note].filter(Boolean).join('; ');
    }
  }
  return table;
}

/** gRPC status codes Google may return when not in REST mode. */
const RETRYABLE_GRPC_CODES = new Set([4 /* DEADLINE_EXCEEDED */, 8 /* RESOURCE_EXHAUSTED */, 10 /* ABORTED */, 13 /* INTERNAL */, 14 /* UNAVAILABLE */]);

export interface GoogleConfig {
  /** API key auth (`GOOGLE_TTS_API_KEY`). Either this or `keyFilename`/ADC. */
  apiKey?: string;
  /** Service-account JSON (`GOOGLE_APPLICATION_CREDENTIALS`). */
  keyFilename?: string;
  projectId?: string;
  /** Base URL of the API or a stand-in, e.g. `http://127.0.0.1:9999`. */
  endpoint?: string;
  voices?: Partial<Record<VoiceId, string>>;
  /** Ask for word timepoints (v1beta1 SSML marks) where the voice supports them. Default true. */
  wordTimings?: boolean;
  timeoutMs?: number;
  /** Google asks for at least 30 s after a 429 that carries no `Retry-After`. */
  quotaRetryAfterMs?: number;
  limits?: Partial<ProviderLimits>;
}

type SynthesizeSpeechClient = Pick<v1beta1.TextToSpeechClient, 'synthesizeSpeech' | 'close'>;

/**
 * Creates the Google Cloud TTS provider.
 * @example createGoogleProvider({ apiKey, projectId }).voices['south-female'].note //=> 'Google has no southern Vietnamese voice; …'
 */
export function createGoogleProvider(config: GoogleConfig): TtsProvider {
  const name = 'google';
  const timeoutMs = config.timeoutMs ?? 30_000;
  const voices = noteMissingSouthernVoice(buildVoiceTable(name, describeGoogleVoice, DEFAULT_VOICES, config.voices));
  const limits: ProviderLimits = { maxBytes: GOOGLE_MAX_BYTES, concurrency: 8, requestsPerMinute: 300, paid: true, ...config.limits };
  const wordTimings = config.wordTimings ?? true;
  // v1 has no timepoints; v1beta1 is only needed when they are asked for.
  const Client = wordTimings ? v1beta1.TextToSpeechClient : v1.TextToSpeechClient;
  const client: SynthesizeSpeechClient = new Client({ fallback: 'rest', ...clientOptions(config) });

  async function synthesize(request: SynthesisRequest): Promise<SynthesizedAudio> {
    // The client sends even for an aborted signal: a cancelled job must not be billed.
    request.signal?.throwIfAborted();
    const voiceName = voices[request.voice].providerVoice;
    const ssml = wordTimings && !voiceName.includes('Chirp3') ? buildGoogleSsml(request.text) : undefined;
    const call = client.synthesizeSpeech({
      input: ssml ? { ssml: ssml.ssml } : { text: request.text },
      voice: { languageCode: 'vi-VN', name: voiceName },
      // LINEAR16 without sampleRateHertz: a WAV at the voice's natural rate, read without ffmpeg.
      audioConfig: { audioEncoding: 'LINEAR16' },
      ...(ssml ? { enableTimePointing: [SSML_MARK] } : {}),
    });
    let response: Awaited<typeof call>[0];
    try {
      [response] = await withDeadline(call, timeoutMs, request.signal);
    } catch (error) {
      throw errorFromGoogle(error, request.signal, config.quotaRetryAfterMs ?? 30_000);
    }
    const content = response.audioContent;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'base64') : Buffer.from(content ?? new Uint8Array());
    const audio = await decodeAudio(bytes, { provider: name });
    const timepoints = (response as { timepoints?: { markName?: string | null; timeSeconds?: number | null }[] }).timepoints;
    const words = ssml && timepoints?.length ? wordTimingsFromTimepoints(ssml.marks, timepoints) : undefined;
    return words?.length ? { ...audio, words } : audio;
  }

  return {
    name,
    limits,
    readsForeignWords: true, // a cloud voice reads foreign names and brands itself
    voices,
    synthesize,
    async check() {
      if (!config.apiKey && !config.keyFilename) {
        throw new Error('google: set GOOGLE_TTS_API_KEY or GOOGLE_APPLICATION_CREDENTIALS');
      }
    },
    async close() {
      await client.close();
    },
  };
}

function clientOptions(config: GoogleConfig): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (config.apiKey) options.apiKey = config.apiKey;
  if (config.keyFilename) options.keyFilename = config.keyFilename;
  // Without a project ID the auth library probes gcloud and the metadata server (~3 s);
  // TTS does not put the project in the URL, so any ID will do with an API key.
  options.projectId = config.projectId ?? (config.apiKey ? 'tts-reader' : undefined);
  if (config.endpoint) {
    const url = new URL(config.endpoint);
    options.apiEndpoint = url.hostname;
    options.protocol = url.protocol.replace(':', '');
    options.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
  }
  return options;
}

/**
 * The client ignores call timeouts in REST mode (checked with 6.4.1), so the deadline and
 * the job's signal are enforced here. The abandoned HTTP call finishes in the background.
 */
function withDeadline<T>(promise: Promise<T>, timeoutMs: number, signal?: AbortSignal): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(combined.reason);
    if (combined.aborted) return onAbort();
    combined.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => combined.removeEventListener('abort', onAbort));
  });
}

/** Client errors carry the HTTP status in `code` (REST) or a gRPC code; the message is Google's JSON. */
function errorFromGoogle(error: unknown, signal: AbortSignal | undefined, quotaRetryAfterMs: number): ProviderError {
  const code = (error as { code?: unknown })?.code;
  // DOMExceptions (our timeout, the caller's abort) carry a numeric `code` of their own.
  if (typeof code !== 'number' || error instanceof DOMException) return errorFromException('google', error, signal);
  const message = extractProviderMessage(String((error as Error).message ?? ''));
  const isHttp = code >= 100;
  const status = isHttp ? code : undefined;
  const kind = isHttp ? classifyStatus(code) : RETRYABLE_GRPC_CODES.has(code) ? 'retryable' : 'permanent';
  const quotaHit = code === 429 || code === 8;
  const retryAfterMs = parseRetryAfter(readHeader(error, 'retry-after')) ?? (quotaHit ? quotaRetryAfterMs : undefined);
  return new ProviderError(`google: ${isHttp ? `HTTP ${code}` : `gRPC code ${code}`}: ${message}`, kind, {
    provider: 'google',
    status,
    retryAfterMs,
    cause: error,
  });
}

function readHeader(error: unknown, header: string): string | undefined {
  const headers = (error as { response?: { headers?: unknown } })?.response?.headers;
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(header) ?? undefined;
  const value = (headers as Record<string, unknown>)[header];
  return typeof value === 'string' ? value : undefined;
}
