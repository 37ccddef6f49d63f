/**
 * Text written in capitals (headlines, lead-ins "GIA LAI – ", company names): a token that
 * is a Vietnamese syllable is a word there, and only real acronyms are spelled. A run of
 * all-caps tokens is "shouted" when it holds a word with Vietnamese marks ("HÀ NỘI") or
 * mostly syllables that are not known acronyms ("GIA LAI"); in mixed-case text a lone
 * capitalised syllable ("AI", "TIN") stays an acronym.
 */
import { CAPS_ACRONYMS, CAPS_ACRONYMS_BEFORE, KICKER_WORDS } from '../data/acronyms.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { FOREIGN_WORDS } from './lexicon.js';
import { MILLION_AFTER } from '../data/currency.js';
import { precededBy, wordAfter } from './context.js';
import { STAGE_NAME_BEFORE } from '../data/context-words.js';
import { spellLetters } from './spell.js';
import { hasToneOrVowelMark, hasVietnameseMarks, isSyllable } from './syllable.js';
import type { SemioticClass } from './types.js';

/** A lexicon acronym, or a foreign one left as written ("NATO", "ISO": data/respellings.ts): not a word in capitals. */
const isKnown = (token: string): boolean => ABBREVIATIONS.has(token) || FOREIGN_WORDS.has(token);

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
/** Capitals with Vietnamese marks (for cheap pre-checks: [A-ZĐ…] scans faster than \p{Lu}). */
const VIET_CAPITAL = 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
/** A capital with Vietnamese marks next to another capital: a word in capitals ("ĐIỀU", "ÁN"). */
// Written to start with the small class [A-ZĐ], which the engine scans for quickly: any two
// capitals side by side in a Vietnamese word include one of them.
const VIET_CAPS = new RegExp(`[A-ZĐ](?:[${VIET_CAPITAL}]|(?<=[${VIET_CAPITAL}][A-ZĐ]))`);
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

interface Run {
  start: number;
  end: number;
  shouted: boolean;
}

/** The first spaced dash or colon of a sentence: where a dateline or label ends ("NEW YORK – ", "VIDEO: "). */
const LEAD_IN_END = /\s[-–—]\s|:/;

/** A kicker in capitals in brackets opening a headline: "[VIDEO] …", "(CLIP) …", "[ẢNH] …". */
const BRACKET_KICKER = /^\s*[[(][^\p{Ll}\])]*\p{Lu}[^\p{Ll}\])]*[\])]/u;

/** Every word of the bracket is a kicker word or a word with Vietnamese marks ("[ẢNH]", "[TRỰC TIẾP]"). */
const isKicker = (bracket: string): boolean =>
  (bracket.match(/\p{L}+/gu) ?? []).every((w) => KICKER_WORDS.has(w) || hasToneOrVowelMark(w));

/** Where a lead-in in capitals ends, or -1: the text before the first dash or colon has no lower case. */
function leadInEnd(text: string): number {
  const kicker = BRACKET_KICKER.exec(text);
  if (kicker && isKicker(kicker[0])) return kicker[0].length;
  const m = LEAD_IN_END.exec(text);
  if (!m || m.index === 0) return -1;
  const head = text.slice(0, m.index);
  return HAS_LOWER.test(head) || !HAS_LETTER.test(head) ? -1 : m.index;
}

/** Groups the all-caps tokens of a sentence into runs (numbers do not break a run, lower case does). */
function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let run: { start: number; end: number; tokens: string[] } | undefined;
  const close = (): void => {
    if (run && run.tokens.length > 0) runs.push({ start: run.start, end: run.end, shouted: isShoutedRun(run.tokens) });
    run = undefined;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    if (HAS_LOWER.test(token)) {
      close();
      continue;
    }
    if (!HAS_LETTER.test(token)) continue; // "2024" in "NĂM 2024" neither starts nor breaks a run
    run ??= { start: m.index, end: m.index, tokens: [] };
    run.tokens.push(token);
    run.end = m.index + token.length;
  }
  close();
  return runs;
}

function isShoutedRun(tokens: readonly string[]): boolean {
  const letters = tokens.filter((t) => /^\p{Lu}+$/u.test(t));
  if (letters.length < 2) return false;
  // A lexicon acronym with a mark ("BCH TƯ" trung ương) does not make the run a headline; "THỨ TƯ" does.
  if (letters.some((t) => t.length > 1 && hasVietnameseMarks(t) && isSyllable(t) && !isKnown(t))) return true;
  if (letters.some(isMarkedWord)) return true;
  const words = letters.filter((t) => (isSyllable(t) || isMarkedWord(t)) && !isKnown(t) && !CAPS_ACRONYMS.has(t));
  return words.length * 2 > letters.length;
}

let lastText = '';
let lastRuns: Run[] = [];
let lastLeadIn = -1;

/** True when some run of the sentence is shouted. */
const hasShoutedRun = (text: string): boolean => runsOf(text).some((r) => r.shouted) || lastLeadIn >= 0;

/** Two capitalised tokens with vowels side by side, as in "GIA LAI" (a cheap scan before the runs). */
const ASCII_SHOUT = /[AEIOUY][A-ZĐ]* [A-ZĐ]{0,3}[AEIOUY]/;
/** A sentence opening with capitals before a dash or a colon ("TOKYO – ", "VIDEO: "). */
const LEAD_IN = /^[\s(“"'‘]*[A-ZĐ][^a-z]*?(?:\s[-–—]\s|:)|^\s*[[(][A-ZĐ][^a-z\])]*[\])]/;
/** A kicker word in capitals anywhere ("Xem lại bàn thắng: VIDEO"). */
const KICKER_TOKEN = new RegExp(`(?<![A-Z])(?:${[...KICKER_WORDS].join('|')})(?![A-Z])`);
/** A brand or word printed in capitals inside mixed-case text ("cổ phiếu VINAMILK"). */
const LONG_ASCII_CAPS = /[A-Z]{6}/;

/** The runs of the sentence being read (memoised: every token of a sentence asks). */
function runsOf(text: string): Run[] {
  if (text !== lastText) {
    lastText = text;
    lastRuns = findRuns(text);
    lastLeadIn = leadInEnd(text);
  }
  return lastRuns;
}

/** True when the token at `start` opens the sentence as a dateline or label ("TOKYO – ", "VIDEO: "). */
function inLeadIn(text: string, start: number): boolean {
  runsOf(text);
  return start < lastLeadIn;
}

/** True when the token at `start` lies in a shouted run of the sentence or in a lead-in. */
export function inShoutedRun(text: string, start: number): boolean {
  return inLeadIn(text, start) || inRun(text, start);
}

const inRun = (text: string, start: number): boolean => runsOf(text).some((r) => r.shouted && r.start <= start && start < r.end);

/**
 * A token with a tone mark or one of ă â ê ô ơ that the lexicon does not know: a word even
 * where the syllable tables have no rhyme for it, as in the Central Highlands place names
 * "ĐẮK LẮK", "KRÔNG PẮC" (acronyms never carry tones; "NƠXH" is in the lexicon).
 */
function isMarkedWord(token: string): boolean {
  return token.length > 1 && hasToneOrVowelMark(token) && !isKnown(token);
}

/** "CA" before "TỈNH": an acronym that only the next word tells from the syllable (data/acronyms.ts). */
function isAcronymBefore(token: string, text: string, start: number): boolean {
  return CAPS_ACRONYMS_BEFORE.get(token)?.has(wordAfter(text, start + token.length)) ?? false;
}

/**
 * True when an all-caps token is read as a word: in a shouted run, any syllable that is not
 * a known acronym ("GIA" in "GIA LAI", "CA" in "CA SĨ", but "CA TỈNH" is công an tỉnh);
 * elsewhere a syllable with Vietnamese marks that the lexicon does not know ("Một ĐIỀU",
 * but "TƯ" is trung ương).
 */
export function isCapsWord(token: string, text: string, start: number): boolean {
  if (!isSyllable(token)) return isMarkedWord(token);
  // A lone lexicon acronym opening a label stays one ("AI: cơ hội và thách thức").
  const shouted = inRun(text, start) || (inLeadIn(text, start) && !isKnown(token));
  if (shouted) return !CAPS_ACRONYMS.has(token) && !isAcronymBefore(token, text, start);
  return token.length > 1 && hasVietnameseMarks(token) && !isKnown(token);
}

/** Consonant clusters that end English-like words printed in capitals ("LIVESHOW", "PRENN"). */
const WORD_FINALS = 'NG|NH|CH|CK|LL|NN|SS|TT|ST|SH|TH|NK|NT|ND|RT|RD|LK|LD|RS|PS|TS|KS|GS|RK|RN|RM|WN|WS|[B-DF-HJ-NP-TV-Z]';
const PRONOUNCEABLE = new RegExp(`^(?:[B-DF-HJ-NP-TV-Z]{0,2}[AEIOUY]+)+(?:${WORD_FINALS})?$`);
/** Five letters or more may hold clusters of up to three ("WORLD", "APPLE", "STREET"). */
const PRONOUNCEABLE_LONG = /^(?:[B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY]+)+[B-DF-HJ-NP-TV-Z]{0,3}$/;

/** Roman numerals are read by their own class ("XXVIII"), never as a word. */
const ROMAN = /^[IVXLCDM]+$/;
/** Two consonants that can open an English or Vietnamese word; others open a spelled prefix ("VP" in "VPBANK"). */
const ONSETS = new Set('BL BR CH CL CR DR FL FR GH GI GL GR KH KL KR NG NH PH PL PR QU SC SH SK SL SM SN SP ST SW TH TR TW WH WR SCR SPR STR THR CHR SCH'.split(' '));
const CONSONANT = /[B-DF-HJ-NP-TV-Z]/;

/**
 * "VPBANK", "HDBANK", "MBBANK", "VNEXPRESS": letters said by name, then a word. The first
 * two letters are consonants that cannot open a word and what follows is a word of four
 * letters or more. Returns [prefix, word], or undefined.
 */
export function splitSpelledPrefix(token: string): [string, string] | undefined {
  if (token.length < 6 || ROMAN.test(token) || !CONSONANT.test(token[0]) || !CONSONANT.test(token[1]) || ONSETS.has(token.slice(0, 2))) return undefined;
  const word = token.slice(2);
  // The word must open like one: a vowel, one consonant or a known onset ("BANK", not "TTAD").
  const opening = /^[B-DF-HJ-NP-TV-Z]*/.exec(word)?.[0] ?? '';
  if (opening.length > 1 && !ONSETS.has(opening)) return undefined;
  return PRONOUNCEABLE.test(word) || PRONOUNCEABLE_LONG.test(word) ? [token.slice(0, 2), word] : undefined;
}

/** Below this length a pronounceable all-caps token in mixed-case text may still be an acronym ("NASA" is, "USAID" is said by letters). */
const LONG_CAPS_WORD = 6;

/**
 * A foreign word or brand printed in capitals ("LIVESHOW", "VINAMILK", "VIETCOMBANK"):
 * letters that alternate consonants and vowels like a word. Acronyms do not ("HAGL",
 * "BIDV", "UBND"). In a headline four letters suffice; in mixed-case text, where short
 * capitals are usually acronyms, it takes six, or four after an artist word (a stage name).
 */
export function isPronounceableCaps(token: string, text: string, start: number): boolean {
  // A dateline or label is a place or a word ("NEW YORK – ", "CLIP: "): two letters suffice.
  const min = inLeadIn(text, start) ? 2 : 4;
  if (token.length < min || ROMAN.test(token) || !(PRONOUNCEABLE.test(token) || (token.length >= 5 && PRONOUNCEABLE_LONG.test(token)))) return false;
  // "ca sĩ ERIK", "rapper MONO": a stage name after the artist word is a name, not an acronym.
  return token.length >= LONG_CAPS_WORD || inShoutedRun(text, start) || precededBy(text, start, STAGE_NAME_BEFORE);
}

const GLUED = /[-.&][\p{L}\p{N}]|\/\d/u;
/** Letters joined by hyphens and nothing else: a compound name ("SANG-SIK", "HANG-SEO"). */
const HYPHENATED = /^\p{Lu}+(?:-\p{Lu}+)+$/u;
const isWordPiece = (piece: string): boolean => isSyllable(piece) || (piece.length >= 3 && PRONOUNCEABLE.test(piece));

/**
 * In a shouted run a hyphenated name whose pieces all read as words ("HLV KIM SANG-SIK") is
 * lowered whole; a compound in the lexicon ("GD-ĐT") or with an acronym piece ("COVID-19") is not.
 */
function isHyphenatedWord(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && /[\p{Lu}-]/u.test(text[from - 1])) from--;
  while (to < text.length && /[\p{Lu}-]/u.test(text[to])) to++;
  const compound = text.slice(from, to);
  if (!HYPHENATED.test(compound) || isKnown(compound) || !inShoutedRun(text, start)) return false;
  return compound.split('-').every((p) => isWordPiece(p) && !isKnown(p) && !CAPS_ACRONYMS.has(p));
}

/** "CHẠY 100M", "NHẢY XA 6,5M": metres in a shouted run, unless a count follows ("2,5M VIEW" is a million). */
function isShoutedMetre(text: string, start: number, end: number): boolean {
  return inShoutedRun(text, Math.max(0, start - 1)) && !MILLION_AFTER.has(wordAfter(text, end));
}

/**
 * Lowers the words of text written in capitals before the other classes run, so dates,
 * units and rates read "THÁNG 5", "ĐỒNG/LÍT" as usual; acronyms stay as printed for the
 * acronym class ("UBND", "SJC"), and so do tokens glued into a code ("COVID-19", "TP.HCM").
 * @example verbalize "GIA" in "GIA LAI – Sáng nay" → "gia"
 */
export const capsWordClass: SemioticClass = {
  name: 'caps-word',
  // Also "100M" in a shouted headline ("CHẠY 100M"): the metre sign is lowered for the unit reader.
  pattern: new RegExp(`(?=[A-ZĐ${VIET_CAPITAL}])(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}+(?![\\p{L}\\p{M}\\p{N}])|(?<=\\d)M(?![\\p{L}\\p{N}])`, 'gu'),
  // Two capitalised tokens in a row, a capital with Vietnamese marks ("ĐIỀU", "ÁN"), or six capitals in a row.
  trigger: {
    test: (text: string) =>
      VIET_CAPS.test(text) || LONG_ASCII_CAPS.test(text) || LEAD_IN.test(text) || (ASCII_SHOUT.test(text) && hasShoutedRun(text)) ||
      KICKER_TOKEN.test(text),
  },
  verbalize(m, { text, start, end }) {
    const token = m[0];
    if (/\d/.test(text[start - 1] ?? '')) return isShoutedMetre(text, start, end) ? 'm' : undefined;
    const glued = GLUED.test(text.slice(end, end + 2)) || /[-.&]$/.test(text.slice(Math.max(0, start - 1), start));
    if (glued) return isHyphenatedWord(text, start, end) ? token.toLowerCase() : undefined; // codes: the acronym class
    if (isKnown(token) && !inShoutedRun(text, start)) return undefined;
    if (isCapsWord(token, text, start)) return token.toLowerCase();
    if (isKnown(token)) return undefined;
    if (KICKER_WORDS.has(token)) return token.toLowerCase(); // "Xem lại bàn thắng: VIDEO"
    const prefixed = splitSpelledPrefix(token);
    if (prefixed) return `${spellLetters(prefixed[0])} ${prefixed[1].toLowerCase()}`;
    if (isPronounceableCaps(token, text, start)) return token.toLowerCase();
    return undefined;
  },
};
