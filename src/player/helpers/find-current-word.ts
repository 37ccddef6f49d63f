import type { PlayerSegment, PlayerState, PlayerWord } from '../types.js';
import { findWordIndex } from './find-word-index.js';
import { mergeWordTokens } from './merge-word-tokens.js';

/** Merged word spans per segment, computed once per manifest segment. */
const tokensBySegment = new WeakMap<PlayerSegment, PlayerWord[]>();

/** The written tokens of a sentence to highlight, in order (one per token, not per spoken word). */
export function readWordTokens(segment: PlayerSegment): PlayerWord[] {
  let tokens = tokensBySegment.get(segment);
  if (!tokens) tokensBySegment.set(segment, (tokens = mergeWordTokens(segment.words)));
  return tokens;
}

/**
 * The token being spoken in the current sentence, with its index; undefined between
 * sentences, before playback, and for manifests without words (version 1).
 * @example findCurrentWord(state) //=> { index: 3, token: { startMs: 2250, endMs: 2900, charStart: 5, charEnd: 9 } }
 */
export function findCurrentWord(state: Pick<PlayerState, 'segments' | 'currentIndex' | 'currentMs'>): { index: number; token: PlayerWord } | undefined {
  const segment = state.segments[state.currentIndex];
  if (!segment?.words?.length) return undefined;
  const tokens = readWordTokens(segment);
  const index = findWordIndex(tokens, state.currentMs);
  return index < 0 ? undefined : { index, token: tokens[index] };
}
