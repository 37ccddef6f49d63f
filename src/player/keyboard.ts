import type { Emit, PlayerState } from './types.js';

/** Keys that never mean a shortcut while this element has focus (it uses them itself). */
const OWN_KEYS: Record<string, RegExp> = {
  INPUT: /^(ArrowLeft|ArrowRight|ArrowUp|ArrowDown|Home|End|PageUp|PageDown)$/,
  SELECT: /^(ArrowUp|ArrowDown| |Enter)$/,
  BUTTON: /^( |Enter)$/,
  A: /^Enter$/,
  /** The auto-continue checkbox: Space ticks it. */
  CHECKBOX: /^( |ArrowLeft|ArrowRight|ArrowUp|ArrowDown)$/,
};

/** Seconds ←/→ move by (outside the seek bar, whose arrows move by its own step). */
const ARROW_SEEK_MS = 10_000;

/**
 * Maps a key pressed inside the player to a player event: Space/K play-pause, J/L previous
 * and next sentence, ←/→ back and forward 10 s, Shift+N / Shift+P next and previous
 * article, Shift+, / Shift+. slower and faster (as in video players).
 * Returns undefined for keys the focused control handles itself.
 * @example mapKeyToEvent({ key: 'l' }, 'DIV', state) //=> { type: 'skip', delta: 1 }
 */
export function mapKeyToEvent(key: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, focusedTag: string, state: Pick<PlayerState, 'speed'>): Parameters<Emit>[0] | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey) return undefined;
  if (OWN_KEYS[focusedTag]?.test(key.key)) return undefined;
  switch (key.key) {
    case ' ':
    case 'k':
    case 'K':
      return { type: 'toggle-play' };
    case 'j':
    case 'J':
      return { type: 'skip', delta: -1 };
    case 'l':
    case 'L':
      return { type: 'skip', delta: 1 };
    case 'ArrowLeft':
    case 'ArrowRight':
      return { type: 'seek-by', ms: key.key === 'ArrowLeft' ? -ARROW_SEEK_MS : ARROW_SEEK_MS };
    case 'N':
      return { type: 'next-article' };
    case 'P':
      return { type: 'previous-article' };
    case '>':
      return { type: 'speed', rate: state.speed + 0.25 } // clamped to 2× by the controller;
    case '<':
      return { type: 'speed', rate: state.speed - 0.25 };
    default:
      return undefined;
  }
}
