import { PLAYER_VOICES } from './helpers/pick-voice.js';
import type { Emit, PlayerState } from './types.js';

/** Seconds the lock screen's and headset's skip buttons move by, like the player's ±10 s. */
const SKIP_MS = 10_000;

/**
 * Lock-screen and headset controls (Media Session): the title and voice, play/pause,
 * ±10 s, seeking, and next/previous article. "Previous" restarts the article when it has
 * been playing for more than 3 s or there is no previous article, as music players do.
 * Actions are sent as player events, like any component's.
 */
export function updateMediaSession(state: PlayerState, emit: Emit): void {
  const session = typeof navigator === 'undefined' ? undefined : navigator.mediaSession;
  if (!session || typeof MediaMetadata === 'undefined') return;
  const voice = PLAYER_VOICES.find((v) => v.id === state.voice)?.label ?? '';
  session.metadata = new MediaMetadata({ title: state.title || document.title, artist: voice, album: location.hostname });
  const previous = () => emit(state.hasPrevious && state.currentMs < 3000 ? { type: 'previous-article' } : { type: 'seek', ms: 0 });
  const actions: [MediaSessionAction, MediaSessionActionHandler | null][] = [
    ['play', () => emit({ type: 'toggle-play' })],
    ['pause', () => emit({ type: 'toggle-play' })],
    ['seekbackward', (details) => emit({ type: 'seek-by', ms: -(details.seekOffset ?? SKIP_MS / 1000) * 1000 })],
    ['seekforward', (details) => emit({ type: 'seek-by', ms: (details.seekOffset ?? SKIP_MS / 1000) * 1000 })],
    ['seekto', (details) => emit({ type: 'seek', ms: (details.seekTime ?? 0) * 1000 })],
    ['previoustrack', previous],
    // Without a next article the button is left out, rather than doing nothing.
    ['nexttrack', state.next ? () => emit({ type: 'next-article' }) : null],
  ];
  for (const [action, handler] of actions) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // an action this browser does not know
    }
  }
}

/** Tells the lock screen where playback is, so its progress bar matches the player's. */
export function updatePositionState(state: PlayerState): void {
  const duration = state.durationMs / 1000;
  if (typeof navigator === 'undefined' || !navigator.mediaSession?.setPositionState || !(duration > 0)) return;
  try {
    navigator.mediaSession.setPositionState({ duration, position: Math.min(state.currentMs / 1000, duration), playbackRate: state.speed });
  } catch {
    // position past a duration that is still growing
  }
}
