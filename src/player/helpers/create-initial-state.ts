import type { AudioAnswer, PlayerManifest, PlayerState } from '../types.js';
import { clampSpeed } from './clamp-speed.js';
import { DEFAULT_OFFERED } from './pick-voice.js';

/**
 * The state of a player before it knows anything about its article's audio.
 * @example createInitialState({ articleId: 'bai-1', voice: 'north-female', speed: 1.5, autoNext: true }).phase //=> 'idle'
 */
export function createInitialState(options: Pick<PlayerState, 'articleId' | 'voice' | 'autoNext' | 'resumeMs'> & { speed?: number }): PlayerState {
  return {
    ...forgetAudio(),
    articleId: options.articleId,
    voice: options.voice,
    voices: DEFAULT_OFFERED,
    speed: clampSpeed(options.speed ?? 1),
    autoNext: options.autoNext,
    resumeMs: options.resumeMs,
    playing: false,
    buffering: false,
    hasPrevious: false,
    offscreen: false,
  };
}

/** What a player must forget when it moves to another article or voice: every trace of the old audio. */
export function forgetAudio(): Pick<PlayerState, 'phase' | 'segments' | 'durationMs' | 'durationGrowing' | 'progress' | 'currentMs' | 'currentIndex' | 'downloadUrl' | 'error'> {
  return { phase: 'idle', segments: [], durationMs: 0, durationGrowing: false, progress: 0, currentMs: 0, currentIndex: -1, downloadUrl: undefined, error: undefined };
}

type Pending = Extract<AudioAnswer, { kind: 'pending' }>;

/** The state while the worker generates: the transcript only grows (an older answer never shrinks it). */
export function generatingState(answer: Pending, state: PlayerState): Partial<PlayerState> {
  const segments = answer.segments.length >= state.segments.length ? answer.segments : state.segments;
  return { phase: 'generating', progress: answer.progress, segments, durationMs: Math.max(answer.readyMs, state.durationMs), durationGrowing: true };
}

/** The state once the finished file and its manifest exist. */
export function readyState(manifest: PlayerManifest): Partial<PlayerState> {
  return {
    phase: 'ready',
    progress: 1,
    title: manifest.title,
    segments: manifest.segments,
    durationMs: manifest.durationMs,
    durationGrowing: false,
    downloadUrl: manifest.audioUrl,
  };
}
