import type { PlayerWord } from '../types.js';

/**
 * Joins the spoken words of one written token into one span to highlight: "20-7" is read
 * as four words that all point at "20-7", and is lit from the first one's start to the
 * last one's end. Words stay in reading order.
 * @example mergeWordTokens([{startMs: 0, endMs: 200, charStart: 5, charEnd: 9}, {startMs: 200, endMs: 400, charStart: 5, charEnd: 9}])
 * //=> [{startMs: 0, endMs: 400, charStart: 5, charEnd: 9}]
 */
export function mergeWordTokens(words: readonly PlayerWord[] | undefined): PlayerWord[] {
  const tokens: PlayerWord[] = [];
  for (const word of words ?? []) {
    const last = tokens[tokens.length - 1];
    if (last && last.charStart === word.charStart && last.charEnd === word.charEnd) last.endMs = Math.max(last.endMs, word.endMs);
    else tokens.push({ ...word });
  }
  return tokens;
}
