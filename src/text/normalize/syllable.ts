/**
 * Is a token a Vietnamese syllable (onset + rhyme + tone)? In text written in capitals a
 * syllable is a word ("ĐI", "GIA LAI"); a token that cannot be one ("CSGT", "HAGL") is an
 * acronym. Tables: data/syllables.ts.
 */
import { HIGHLAND_SYLLABLES, ONSETS, QU_ONLY_RHYMES, RHYMES, STOP_CODAS } from '../data/syllables.js';

/** Tone marks as combining characters (NFD): huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SACK_OR_NANG = /[\u0301\u0323]/u;
const ANY_MARK = /[\u0300-\u036f]|đ/u;

const stripAll = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');

const RHYME_SET: ReadonlySet<string> = new Set(RHYMES);
/** Rhymes written without any diacritic ("GIA", "NGHIEN"), for text typed without accents. */
const BARE_RHYME_SET: ReadonlySet<string> = new Set(RHYMES.map(stripAll));
const BARE_ONSETS: readonly string[] = [...new Set(ONSETS.map(stripAll))].sort((a, b) => b.length - a.length);
const SORTED_ONSETS: readonly string[] = [...ONSETS].sort((a, b) => b.length - a.length);
/** "ghi", "nghe", "kê": these onsets spell a consonant only before i, e, ê (and k before y). */
const FRONT_ONLY: ReadonlySet<string> = new Set(['gh', 'ngh', 'k']);
/** "c", "g", "ng" are never spelled before i, e, ê ("ke", "ghe", "nghe" instead). */
const NOT_FRONT: ReadonlySet<string> = new Set(['c', 'g', 'ng']);
const FRONT_VOWEL = /^[ieêy]/u;

const QU_ONLY: ReadonlySet<string> = new Set(QU_ONLY_RHYMES);

function spellingAllows(onset: string, rhyme: string): boolean {
  if (QU_ONLY.has(rhyme)) return onset === 'qu';
  if (FRONT_ONLY.has(onset)) return FRONT_VOWEL.test(rhyme) && !(onset !== 'k' && rhyme.startsWith('y'));
  if (NOT_FRONT.has(onset)) return !/^[ieê]/u.test(rhyme);
  return true;
}

/** Splits a toneless word into onset + rhyme when both are in the tables. */
function split(word: string, onsets: readonly string[], rhymes: ReadonlySet<string>): [string, string] | undefined {
  for (const onset of [...onsets.filter((o) => word.startsWith(o)), '']) {
    const rest = word.slice(onset.length);
    if (rhymes.has(rest) && spellingAllows(onset, rest)) return [onset, rest];
    // "gìn", "giếng": the i of "gi" doubles as the rhyme's vowel.
    if (onset === 'gi' && rhymes.has(`i${rest}`)) return [onset, `i${rest}`];
  }
  return undefined;
}

/**
 * True for a Vietnamese syllable, in any case, with or without diacritics. With diacritics
 * the tone must fit the rhyme ("cấp" yes, "càp" and "cap" with a mark elsewhere no);
 * without any mark, any tone is assumed (text typed without accents).
 * @example isSyllable('ĐI') //=> true
 * @example isSyllable('GIA') //=> true
 * @example isSyllable('CSGT') //=> false
 */
export function isSyllable(token: string): boolean {
  let known = cache.get(token);
  if (known === undefined) {
    if (cache.size > 10_000) cache.clear(); // acronyms and headline words repeat; keep it bounded
    known = testSyllable(token);
    cache.set(token, known);
  }
  return known;
}

const cache = new Map<string, boolean>();

function testSyllable(token: string): boolean {
  const lower = token.toLowerCase();
  if (lower.length > 7 || !/^[\p{Ll}]+$/u.test(lower)) return false;
  if (HIGHLAND_SYLLABLES.has(lower)) return true;
  if (!ANY_MARK.test(lower.normalize('NFD'))) return split(lower, BARE_ONSETS, BARE_RHYME_SET) !== undefined;
  const nfd = lower.normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const toneless = nfd.replace(TONE_MARKS, '').normalize('NFC');
  const parts = split(toneless, SORTED_ONSETS, RHYME_SET);
  if (!parts) return false;
  const stop = STOP_CODAS.some((c) => parts[1].endsWith(c));
  return !stop || (tones.length === 1 && SACK_OR_NANG.test(tones[0]));
}

/** True when the token carries a Vietnamese letter or tone mark (ă â ê ô ơ ư đ, a tone). */
export function hasVietnameseMarks(token: string): boolean {
  return ANY_MARK.test(token.toLowerCase().normalize('NFD'));
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const MARKED_VOWEL = /[ăâêôơ]/u;

/**
 * True when the token carries a tone or one of ă â ê ô ơ, which no acronym has ("Đ" and
 * "Ư" do occur in acronyms: "ĐBQH", "NSƯT", "UBKTTƯ").
 */
export function hasToneOrVowelMark(token: string): boolean {
  const lower = token.toLowerCase();
  return MARKED_VOWEL.test(lower) || TONE.test(lower.normalize('NFD'));
}
