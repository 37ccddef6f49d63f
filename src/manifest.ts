import type { VoiceId } from './voices.js';

/**
 * Manifest format version. 1: sentence timings only. 2: adds `mp3` (size and SHA-256 of
 * the published MP3), per-segment `words`, `wordTiming` and `warnings`. Readers accept
 * both: every field added in 2 is optional for them.
 */
export const MANIFEST_VERSION = 2;

/** One spoken word, tied to the written token it came from. */
export interface ManifestWord {
  /** Milliseconds from the start of the article's audio. */
  startMs: number;
  endMs: number;
  /**
   * UTF-16 offsets into the clean article text of the written token the word was read
   * from: every spoken word of "20-7" points at "20-7".
   */
  charStart: number;
  charEnd: number;
}

/** Where the front end fell back to spelling something it had no rule for. */
export interface ManifestWarning {
  /** The written token, e.g. "₭" or "XKCD". */
  token: string;
  /** Index of the sentence (segment `i`) it occurs in. */
  sentence: number;
  /** What it was read as. */
  spokenAs: string;
}

/** One spoken sentence in the audio, tied to its place in the clean article text. */
export interface ManifestSegment {
  i: number;
  startMs: number;
  endMs: number;
  /** The original sentence (what a player highlights). */
  text: string;
  /** What was sent to the voice. */
  spoken: string;
  charStart: number;
  charEnd: number;
  paragraph: number;
  /** Word timings (offsets into the clean text); how they were obtained: `Manifest.wordTiming`. */
  words?: ManifestWord[];
}

/**
 * One article of a bulletin (an episode made of several articles), in the bulletin's audio:
 * from the first sound of its paragraph to the end of that paragraph's last sentence.
 */
export interface ManifestChapter {
  articleId: string;
  title: string;
  startMs: number;
  endMs: number;
}

/** What a player reads to play and highlight an article's audio (the DESIGN.md contract). */
export interface Manifest {
  /** Absent in version 1 manifests. */
  version?: number;
  articleId?: string;
  voice: VoiceId;
  provider: string;
  providerVoice: string;
  key: string;
  audioUrl: string;
  durationMs: number;
  sampleRate: number;
  bitrateKbps: number;
  title?: string;
  segments: ManifestSegment[];
  /** What the published MP3 must be; a file that does not match is never served. */
  mp3?: { bytes: number; sha256: string };
  /** "exact": from the engine (espeak-ng word events, Google marks); "estimated": spread by syllables. */
  wordTiming?: 'exact' | 'estimated';
  warnings?: ManifestWarning[];
  /** Bulletins only: where each article it reads starts and ends (added when served). */
  chapters?: ManifestChapter[];
  createdAt: string;
}

/** A 64-hex-digit content key; anything else is never turned into a path. */
export const AUDIO_KEY_PATTERN = /^[a-f0-9]{64}$/;
