import type { PlayerState } from '../types.js';
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
