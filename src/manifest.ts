import type { VoiceId } from './voices.js';

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
  /** Word timings where the engine gives them (offsets into the clean text). */
  words?: { startMs: number; endMs: number; charStart: number; charEnd: number }[];
}

/** What a player reads to play and highlight an article's audio (the DESIGN.md contract). */
export interface Manifest {
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
  createdAt: string;
}

/** A 64-hex-digit content key; anything else is never turned into a path. */
export const AUDIO_KEY_PATTERN = /^[a-f0-9]{64}$/;
