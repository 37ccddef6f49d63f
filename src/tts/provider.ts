import type { Accent, Gender, VoiceId } from '../voices.js';

/**
 * The contract every TTS engine implements. Adding an engine means adding one file in
 * `src/tts/` that exports a factory returning a `TtsProvider`, and one line in `registry.ts`.
 */
export interface TtsProvider {
  /** Short stable name used in config, cache keys and manifests: "espeak", "google", … */
  readonly name: string;
  readonly limits: ProviderLimits;
  /**
   * The engine reads foreign names, brands and English words as written ("YouTube", "ASEAN"):
   * true for the cloud engines. False for espeak-ng and the sherpa-onnx models it phonemizes,
   * which cannot: the front end respells those words in Vietnamese sounds for them
   * (`respellForeign`, src/text/data/respellings.ts).
   */
  readonly readsForeignWords: boolean;
  /**
   * The sample rate of every chunk, when known before the first request (espeak-ng: 22050).
   * Lets the MP3 encoder start while the first chunk is still being synthesized.
   */
  readonly sampleRate?: number;
  /** How each of the four voice IDs is served, with the voice's real accent. */
  readonly voices: Record<VoiceId, ProviderVoice>;
  /**
   * Synthesizes one chunk of normalized Vietnamese text. Returns mono 16-bit PCM.
   * Throws `ProviderError` (retryable or not) on failure; never returns empty or undecodable audio.
   */
  synthesize(request: SynthesisRequest): Promise<SynthesizedAudio>;
  /** Readiness probe (binary present, credentials configured, …). Throws with a clear message. */
  check(): Promise<void>;
  /** Releases threads, sockets, child processes. */
  close?(): Promise<void>;
}

export interface ProviderLimits {
  /** Max UTF-8 bytes of text per request (Vietnamese letters take 2–3 bytes). */
  maxBytes: number;
  /** Max characters (code points) per request where the provider counts those. */
  maxChars?: number;
  /** Requests in flight at once, across all workers. */
  concurrency: number;
  /** Requests per minute across all workers, where the provider enforces one. */
  requestsPerMinute?: number;
  /** True when the provider bills per character (the worker counts characters sent). */
  paid: boolean;
  /**
   * True for engines that run on the worker's own CPU (espeak-ng): their concurrency is per
   * process and needs no Redis-shared limiter. Remote engines leave it unset.
   */
  local?: boolean;
}

export interface ProviderVoice {
  /** The provider's own voice name or speaker ID, e.g. "vi-VN-Neural2-A", "2", "vi+f2". */
  providerVoice: string;
  /** The accent the voice really has (Google has no southern voice: it says "north"). */
  accent: Accent;
  gender: Gender;
  /** Anything a listener or editor should know, e.g. "Google has no southern Vietnamese voice". */
  note?: string;
  /** Local models (sherpa): the model's name, its output rate and its licence, as configured. */
  model?: string;
  sampleRate?: number;
  license?: string;
}

export interface SynthesisRequest {
  text: string;
  voice: VoiceId;
  /** Aborted when the job is cancelled or times out. */
  signal?: AbortSignal;
}

export interface WordTiming {
  /** Milliseconds from the start of this chunk's audio. */
  startMs: number;
  /** Code-point offsets into the request text. */
  charStart: number;
  charEnd: number;
}

export interface SynthesizedAudio {
  sampleRate: number;
  /** Mono signed 16-bit little-endian samples. */
  pcm: Buffer;
  words?: WordTiming[];
}

export type ProviderErrorKind = 'retryable' | 'permanent';

/** A provider failure, classified so the worker knows whether to retry. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: ProviderErrorKind,
    readonly options: { provider: string; status?: number; retryAfterMs?: number; cause?: unknown } ,
  ) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
  }
  get retryable(): boolean {
    return this.kind === 'retryable';
  }
}
