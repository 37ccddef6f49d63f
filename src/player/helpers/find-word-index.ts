import { findSegmentIndex, type TimedSpan } from './find-segment-index.js';

/**
 * The word being spoken at `ms` among one sentence's words: -1 before the first word and
 * after the last one ends (the pause between sentences lights no word). Between two words
 * (a comma's pause), the word before stays lit.
 * @example findWordIndex([{startMs: 100, endMs: 300}, {startMs: 300, endMs: 500}], 320) //=> 1
 * @example findWordIndex([{startMs: 100, endMs: 300}], 650) //=> -1
 */
export function findWordIndex(words: readonly TimedSpan[], ms: number): number {
  if (words.length === 0 || !(ms >= words[0].startMs) || ms >= words[words.length - 1].endMs) return -1;
  return findSegmentIndex(words, ms);
}
