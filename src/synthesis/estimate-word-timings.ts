import type { ManifestWord } from '../manifest.js';

/**
 * One spoken word tied to the written token it was read from: the text front end's
 * alignment (`SpokenSentence.words`), when it gives one. `spokenStart`/`spokenEnd` are
 * UTF-16 offsets into `spoken`; `charStart`/`charEnd` into the clean article text (the
 * same space as the sentence's own `charStart`). Every spoken word of "20-7" has the span
 * of "20-7".
 */
export interface SpokenWordLink {
  spokenStart: number;
  spokenEnd: number;
  charStart: number;
  charEnd: number;
}

/** The parts of a spoken sentence the estimate reads (a `SpokenSentence` fits). */
export interface EstimateInput {
  /** The sentence as written, `cleanText.slice(charStart, charEnd)`. */
  text: string;
  charStart: number;
  /** What the voice was given. */
  spoken: string;
  /** The front end's alignment; without it, written tokens are matched to spoken words here. */
  words?: readonly SpokenWordLink[];
}

/** A spoken word (offsets into `spoken`) and the written token (offsets into the clean text) it belongs to. */
export interface AlignedWord {
  spokenEnd: number;
  charStart: number;
  charEnd: number;
}

/** Time a listener hears as a pause after these marks in the spoken text, in syllables. */
const PAUSE_SYLLABLES: Record<string, number> = { ',': 1, ';': 1.5, ':': 1.5, '(': 0.5, ')': 0.5, '.': 1.5, '!': 1.5, '?': 1.5 };
/** How far ahead a written word is looked for among the spoken words (lexicon entries can add a few). */
const ANCHOR_WINDOW = 12;
/**
 * A written token: a number with its separators ("20-7", "15/01/2024", "2,5%", "7h30"), a
 * word or abbreviation ("Đắk", "TP.HCM", "H'Mông"; "đồng/kg" is two tokens, so "đồng" can
 * match its spoken word), or a symbol read aloud.
 */
const WORD = /\p{N}(?:[\p{N}.,:/\-–h%]*[\p{N}%h])?|\p{L}(?:[\p{L}\p{M}\p{N}.'’&]*[\p{L}\p{M}\p{N}])?|[%&+$€₫]/gu;

/**
 * Spreads a sentence's speech over its spoken words by syllable count, for engines that
 * report no word timings (`wordTiming: "estimated"` in the manifest). A Vietnamese
 * syllable is one written word; a number, date or abbreviation gets as many slots as the
 * spoken words it became, and a comma or a bracket in the spoken text adds a short pause.
 * `startMs`/`endMs` bound the speech (the sentence's start to its last sound, not the
 * pause after it). Returns one entry per spoken word, in order; all spoken words of one
 * written token carry that token's span.
 * @example
 * estimateWordTimings({ text: 'Sáng 20-7', charStart: 0, spoken: 'Sáng hai mươi tháng bảy' }, { startMs: 0, endMs: 1000 })
 * //=> [{startMs: 0, endMs: 200, charStart: 0, charEnd: 4}, {startMs: 200, endMs: 400, charStart: 5, charEnd: 9}, … 3 more for "20-7"]
 */
export function estimateWordTimings(sentence: EstimateInput, span: { startMs: number; endMs: number }): ManifestWord[] {
  const aligned = alignSpokenWords(sentence);
  const durationMs = span.endMs - span.startMs;
  if (aligned.length === 0 || !(durationMs > 0)) return [];
  // Each word takes one slot, then the pause its trailing punctuation makes.
  const pauses = aligned.map((word, i) => pauseAfter(sentence.spoken, word.spokenEnd, aligned[i + 1]?.spokenEnd));
  const total = aligned.length + pauses.reduce((sum, p) => sum + p, 0) - pauses[pauses.length - 1];
  const msPerSlot = durationMs / total;
  const words: ManifestWord[] = [];
  let slot = 0;
  for (let i = 0; i < aligned.length; i++) {
    const startMs = Math.round(span.startMs + slot * msPerSlot);
    slot += 1;
    words.push({ startMs, endMs: Math.round(span.startMs + slot * msPerSlot), charStart: aligned[i].charStart, charEnd: aligned[i].charEnd });
    slot += pauses[i];
  }
  return words;
}

/**
 * Every spoken word of a sentence (by where it ends in `spoken`) with the written token it
 * was read from: the front end's alignment when it gives one, else a match made here.
 */
export function alignSpokenWords(sentence: EstimateInput): AlignedWord[] {
  return sentence.words?.length ? fromLinks(sentence.words) : alignTokens(sentence);
}

function fromLinks(links: readonly SpokenWordLink[]): AlignedWord[] {
  return links.map((link) => ({ spokenEnd: link.spokenEnd, charStart: link.charStart, charEnd: link.charEnd }));
}

/** Pause weight of the punctuation between a spoken word's end and the next word. */
function pauseAfter(spoken: string, from: number, to = spoken.length): number {
  let pause = 0;
  for (const mark of spoken.slice(from, to)) pause = Math.max(pause, PAUSE_SYLLABLES[mark] ?? 0);
  return pause;
}

interface Token {
  start: number;
  end: number;
  /** Lower-cased, for matching against the spoken words. */
  folded: string;
}

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, folded: m[0].toLocaleLowerCase('vi') }));
}

/**
 * Matches written tokens to spoken words in order: a written word found among the next
 * spoken words is an anchor (one syllable, itself); the tokens between two anchors (numbers,
 * abbreviations, lexicon entries) share the spoken words between them in proportion to a
 * rough guess of their length.
 */
function alignTokens(sentence: EstimateInput): AlignedWord[] {
  const written = tokenize(sentence.text);
  const spoken = tokenize(sentence.spoken);
  const aligned: AlignedWord[] = [];
  let next = 0; // the first spoken word not yet given to a token
  let pending: Token[] = [];
  const give = (tokens: Token[], until: number) => {
    const counts = share(until - next, tokens.map(guessSyllables));
    tokens.forEach((token, t) => {
      for (let k = 0; k < counts[t]; k++) aligned.push({ spokenEnd: spoken[next++].end, charStart: sentence.charStart + token.start, charEnd: sentence.charStart + token.end });
    });
    // Spoken words no written token accounts for belong to the token before them.
    const last = aligned[aligned.length - 1];
    for (; next < until; next++) aligned.push({ ...(last ?? { charStart: sentence.charStart + tokens[0].start, charEnd: sentence.charStart + tokens[0].end }), spokenEnd: spoken[next].end });
  };
  for (const token of written) {
    const earliest = next + pending.length; // each pending token needs at least one word
    const found = findSpoken(spoken, token.folded, earliest, earliest + ANCHOR_WINDOW);
    if (found < 0) {
      pending.push(token);
      continue;
    }
    if (pending.length) give(pending, found);
    else if (found > next && aligned.length) give([], found);
    pending = [];
    give([token], found + 1);
  }
  if (pending.length) give(pending, spoken.length);
  else if (next < spoken.length && aligned.length) give([], spoken.length);
  return aligned;
}

function findSpoken(spoken: Token[], folded: string, from: number, to: number): number {
  for (let i = from; i < Math.min(to, spoken.length); i++) if (spoken[i].folded === folded) return i;
  return -1;
}

/**
 * Splits `count` spoken words among tokens by weight, in order: every token gets at least
 * one while words last, the rest go by largest remainder.
 */
function share(count: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  if (count <= weights.length) return weights.map((_, i) => (i < count ? 1 : 0));
  const spare = count - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const counts = exact.map((e) => 1 + Math.floor(e));
  let left = count - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) if (left-- > 0) counts[i]++;
  return counts;
}

/** A rough count of the syllables a token is read as, only used to split words between tokens. */
function guessSyllables(token: Token): number {
  const digits = token.folded.match(/\p{N}/gu)?.length ?? 0;
  const separators = token.folded.match(/[-–/:]/g)?.length ?? 0;
  const letters = token.folded.match(/\p{L}/gu)?.length ?? 0;
  const symbols = token.folded.match(/[%&+$€₫]/g)?.length ?? 0;
  return Math.max(1, digits * 1.5 + separators + Math.min(letters, 6) + symbols * 1.5);
}
