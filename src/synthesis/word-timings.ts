import type { ManifestWord } from '../manifest.js';
import { alignSpokenWords, estimateWordTimings } from './estimate-word-timings.js';
import type { WordTimer } from './stitcher.js';

/** Below this share of spoken words with an engine event, the sentence is estimated instead. */
const MIN_EXACT_SHARE = 0.6;

/** A spoken word starts where its letters start: the run of letters that ends at `spokenEnd`. */
function spokenStartOf(spoken: string, spokenEnd: number): number {
  let i = spokenEnd;
  while (i > 0 && /[\p{L}\p{M}\p{N}'’]/u.test(spoken[i - 1])) i--;
  return i;
}

/**
 * Word timings from the engine's own word events (espeak-ng word events, Google SSML
 * marks): each spoken word starts when the engine says it did, and ends where the next one
 * starts (the last at the sentence's last sound). A word the engine gave no event for is
 * placed between its neighbours. When the engine reported too few words for the sentence,
 * the sentence is estimated by syllables instead — and says so.
 * @example timeWordsByEngine({ sentence, startMs: 0, speechEndMs: 900, endMs: 1250, engineWords }) //=> { words: [...], timing: 'exact' }
 */
export const timeWordsByEngine: WordTimer = ({ sentence, startMs, speechEndMs, engineWords }) => {
  const aligned = alignSpokenWords(sentence);
  const estimated = () => ({ words: estimateWordTimings(sentence, { startMs, endMs: speechEndMs }), timing: 'estimated' as const });
  if (aligned.length === 0 || engineWords.length === 0) return estimated();
  const events = [...engineWords].sort((a, b) => a.spokenStart - b.spokenStart);
  const starts: (number | undefined)[] = aligned.map((word) => {
    const from = spokenStartOf(sentence.spoken, word.spokenEnd);
    return events.find((e) => e.spokenStart >= from && e.spokenStart < word.spokenEnd)?.startMs;
  });
  const known = starts.filter((s) => s !== undefined).length;
  if (known / aligned.length < MIN_EXACT_SHARE) return estimated();
  fillGaps(starts, startMs, speechEndMs);
  // Engine times only move forward; a word never starts before the one before it.
  for (let i = 1; i < starts.length; i++) starts[i] = Math.max(starts[i]!, starts[i - 1]!);
  const words: ManifestWord[] = aligned.map((word, i) => ({
    startMs: Math.round(starts[i]!),
    endMs: Math.round(Math.max(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : speechEndMs)),
    charStart: word.charStart,
    charEnd: word.charEnd,
  }));
  return { words, timing: 'exact' };
};

/** Words the engine did not report get a start spread evenly between their known neighbours. */
function fillGaps(starts: (number | undefined)[], first: number, last: number): void {
  let i = 0;
  while (i < starts.length) {
    if (starts[i] !== undefined) {
      i++;
      continue;
    }
    const from = i;
    while (i < starts.length && starts[i] === undefined) i++;
    const before = from > 0 ? starts[from - 1]! : first;
    const after = i < starts.length ? starts[i]! : last;
    const step = (after - before) / (i - from + (from > 0 ? 1 : 0));
    for (let k = from; k < i; k++) starts[k] = before + step * (k - from + (from > 0 ? 1 : 0));
  }
}
