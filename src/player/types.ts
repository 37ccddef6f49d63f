import type { OfferedVoice, PlayerVoiceId } from './helpers/pick-voice.js';

/**
 * One spoken word (manifest v2): audio time and the span of the written token it was read
 * from, as offsets into the clean article text. All words of "20-7" share one span.
 */
export interface PlayerWord {
  startMs: number;
  endMs: number;
  charStart: number;
  charEnd: number;
}

/** One sentence as the manifest gives it: text tied to audio time (see DESIGN.md). */
export interface PlayerSegment {
  i: number;
  startMs: number;
  endMs: number;
  text: string;
  spoken?: string;
  charStart?: number;
  charEnd?: number;
  paragraph: number;
  /** Absent in version 1 manifests: then only the sentence is highlighted. */
  words?: PlayerWord[];
}

/** The subset of the manifest the player reads. */
export interface PlayerManifest {
  articleId?: string;
  voice: PlayerVoiceId;
  audioUrl: string;
  durationMs: number;
  title?: string;
  segments: PlayerSegment[];
  /** How `words` were timed: by the engine, or spread over the sentence by syllables. */
  wordTiming?: 'exact' | 'estimated';
}

/** An article the player can go on to ("Nghe tiếp"). */
export interface PlaylistEntry {
  articleId: string;
  title?: string;
  durationMs?: number;
}

/** What the audio route answered, reduced to the three cases the player acts on. */
export type AudioAnswer =
  | { kind: 'ready'; manifest: PlayerManifest }
  | {
      kind: 'pending';
      progress: number;
      jobId?: string;
      /** The growing MP3, once the worker has encoded its first sentence. */
      streamUrl?: string;
      readyMs: number;
      segments: PlayerSegment[];
    }
  | { kind: 'failed'; status: number | 'network'; message: string };

/** Where the player is in its life; drives what the view shows. */
export type PlayerPhase = 'idle' | 'loading' | 'generating' | 'ready' | 'failed';

/** Everything the view renders, owned and changed only by the controller. */
export interface PlayerState {
  articleId: string;
  voice: PlayerVoiceId;
  /** The voices the server offers (GET /v1/voices), in button order. */
  voices: readonly OfferedVoice[];
  speed: number;
  phase: PlayerPhase;
  playing: boolean;
  /** Waiting for audio data (start of a stream, a seek ahead of what is generated). */
  buffering: boolean;
  /** Generation progress, 0–1. */
  progress: number;
  title?: string;
  segments: PlayerSegment[];
  currentMs: number;
  /** The whole article once known; while generating, the audio that exists so far. */
  durationMs: number;
  /** True while `durationMs` may still grow. */
  durationGrowing: boolean;
  currentIndex: number;
  downloadUrl?: string;
  error?: string;
  /** The article after this one, when the playlist has one. */
  next?: PlaylistEntry;
  /** An article was played before this one in this player (Media Session "previous"). */
  hasPrevious: boolean;
  /** Go on to the next article when this one ends (the listener's setting). */
  autoNext: boolean;
  /** A remembered position offered as "Nghe tiếp từ 2:31"; undefined when none is offered. */
  resumeMs?: number;
  /** The full player has scrolled out of view (the mini-player may show). */
  offscreen: boolean;
}

/** What components ask for; the controller is the only place that acts on these. */
export type PlayerEvent =
  | { type: 'toggle-play' }
  | { type: 'seek'; ms: number }
  | { type: 'skip'; delta: number }
  | { type: 'seek-by'; ms: number }
  /** A click on a word: play from its start. */
  | { type: 'play-from'; ms: number }
  | { type: 'next-article' }
  | { type: 'previous-article' }
  | { type: 'auto-next'; on: boolean }
  | { type: 'resume' }
  | { type: 'offscreen'; offscreen: boolean }
  | { type: 'jump'; index: number }
  | { type: 'voice'; voice: PlayerVoiceId }
  | { type: 'speed'; rate: number }
  | { type: 'retry' };

/** Components report user intent through this one function (one-way data flow). */
export type Emit = (event: PlayerEvent) => void;
