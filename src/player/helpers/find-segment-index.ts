/** The part of a manifest segment these helpers need: where it sits in the audio. */
export interface TimedSpan {
  startMs: number;
  endMs: number;
}

/**
 * Finds the sentence playing at `ms` by binary search over ordered segments. Before the
 * first sentence → 0; in a gap or past the end → the last sentence that started; no
 * segments → -1.
 * @example findSegmentIndex([{startMs: 0, endMs: 900}, {startMs: 900, endMs: 2000}], 900) //=> 1
 */
export function findSegmentIndex(segments: readonly TimedSpan[], ms: number): number {
  if (segments.length === 0) return -1;
  if (!(ms > segments[0].startMs)) return 0; // also NaN
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].startMs <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}
