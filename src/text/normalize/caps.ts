/**
 * Text written in capitals (headlines, lead-ins "GIA LAI – ", company names): a token that
 * is a Vietnamese syllable is a word there, and only real acronyms are spelled. A run of
 * all-caps tokens is "shouted" when it holds a word with Vietnamese marks ("HÀ NỘI") or
 * mostly syllables that are not known acronyms ("GIA LAI"); in mixed-case text a lone
 * capitalised syllable ("AI", "TIN") stays an acronym.
 */
import { CAPS_ACRONYMS } from '../data/acronyms.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { spellLetters } from './spell.js';
import { hasVietnameseMarks, isSyllable } from './syllable.js';
import type { SemioticClass } from './types.js';

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
  if (letters.some((t) => t.length > 1 && hasVietnameseMarks(t) && isSyllable(t))) return true;
  const words = letters.filter((t) => isSyllable(t) && !ABBREVIATIONS.has(t) && !CAPS_ACRONYMS.has(t));
  return words.length * 2 > letters.length;
}

let lastText = '';
let lastRuns: Run[] = [];

/** True when some run of the sentence is shouted. */
const hasShoutedRun = (text: string): boolean => runsOf(text).some((r) => r.shouted);

/** Two capitalised tokens with vowels side by side, as in "GIA LAI" (a cheap scan before the runs). */
const ASCII_SHOUT = /[AEIOUY][A-ZĐ]* [A-ZĐ]{0,3}[AEIOUY]/;
/** A brand or word printed in capitals inside mixed-case text ("cổ phiếu VINAMILK"). */
const LONG_ASCII_CAPS = /[A-Z]{6}/;

/** The runs of the sentence being read (memoised: every token of a sentence asks). */
function runsOf(text: string): Run[] {
  if (text !== lastText) {
    lastText = text;
    lastRuns = findRuns(text);
  }
  return lastRuns;
}

/** True when the token at `start` lies in a shouted run of the sentence. */
export function inShoutedRun(text: string, start: number): boolean {
  return runsOf(text).some((r) => r.shouted && r.start <= start && start < r.end);
}

/**
 * True when an all-caps token is read as a word: in a shouted run, any syllable that is not
 * a known acronym ("GIA" in "GIA LAI", "CA" in "CA SĨ"); elsewhere a syllable with
 * Vietnamese marks that the lexicon does not know ("Một ĐIỀU", but "TƯ" is trung ương).
 */
export function isCapsWord(token: string, text: string, start: number): boolean {
  if (!isSyllable(token)) return false;
  if (inShoutedRun(text, start)) return !CAPS_ACRONYMS.has(token);
  return token.length > 1 && hasVietnameseMarks(token) && !ABBREVIATIONS.has(token);
}

/** Consonant clusters that end English-like words printed in capitals ("LIVESHOW", "PRENN"). */
const WORD_FINALS = 'NG|NH|CH|CK|LL|NN|SS|TT|ST|SH|TH|NK|NT|ND|RT|RD|LK|LD|RS|PS|TS|KS|GS|RK|RN|RM|WN|WS|[B-DF-HJ-NP-TV-Z]';
const PRONOUNCEABLE = new RegExp(`^(?:[B-DF-HJ-NP-TV-Z]{0,2}[AEIOUY]+)+(?:${WORD_FINALS})?$`);
/** Five letters or more may hold clusters of up to three ("WORLD", "APPLE", "STREET"). */
const PRONOUNCEABLE_LONG = /^(?:[B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY]+)+[B-DF-HJ-NP-TV-Z]{0,3}$/;

/** Roman numerals are read by their own class ("XXVIII"), never as a word. */
const ROMAN = /^[IVXLCDM]+$/;
/** Two consonants that can open an English or Vietnamese word; others open a spelled prefix ("VP" in "VPBANK"). */
const ONSETS = new Set('BL BR CH CL CR DR FL FR GH GI GL GR KH KL KR NG NH PH PL PR QU SC SH SK SL SM SN SP ST SW TH TR TW WH WR'.split(' '));
const CONSONANT = /[B-DF-HJ-NP-TV-Z]/;

/**
 * "VPBANK", "HDBANK", "MBBANK", "VNEXPRESS": letters said by name, then a word. The first
 * two letters are consonants that cannot open a word and what follows is a word of four
 * letters or more. Returns [prefix, word], or undefined.
 */
export function splitSpelledPrefix(token: string): [string, string] | undefined {
  if (token.length < 6 || ROMAN.test(token) || !CONSONANT.test(token[0]) || !CONSONANT.test(token[1]) || ONSETS.has(token.slice(0, 2))) return undefined;
  const word = token.slice(2);
  return PRONOUNCEABLE.test(word) || PRONOUNCEABLE_LONG.test(word) ? [token.slice(0, 2), word] : undefined;
}

/** Below this length a pronounceable all-caps token in mixed-case text may still be an acronym ("NASA" is, "USAID" is said by letters). */
const LONG_CAPS_WORD = 6;

/**
 * A foreign word or brand printed in capitals ("LIVESHOW", "VINAMILK", "VIETCOMBANK"):
 * letters that alternate consonants and vowels like a word. Acronyms do not ("HAGL",
 * "BIDV", "UBND"). In a headline four letters suffice; in mixed-case text, where short
 * capitals are usually acronyms, it takes six.
 */
export function isPronounceableCaps(token: string, text: string, start: number): boolean {
  if (token.length < 4 || ROMAN.test(token) || !(PRONOUNCEABLE.test(token) || (token.length >= 5 && PRONOUNCEABLE_LONG.test(token)))) return false;
  return token.length >= LONG_CAPS_WORD || inShoutedRun(text, start);
}

const GLUED = /[-.&][\p{L}\p{N}]|\/\d/u;

/**
 * Lowers the words of text written in capitals before the other classes run, so dates,
 * units and rates read "THÁNG 5", "ĐỒNG/LÍT" as usual; acronyms stay as printed for the
 * acronym class ("UBND", "SJC"), and so do tokens glued into a code ("COVID-19", "TP.HCM").
 * @example verbalize "GIA" in "GIA LAI – Sáng nay" → "gia"
 */
export const capsWordClass: SemioticClass = {
  name: 'caps-word',
  pattern: new RegExp(`(?=[A-ZĐ${VIET_CAPITAL}])(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}+(?![\\p{L}\\p{M}\\p{N}])`, 'gu'),
  // Two capitalised tokens in a row, a capital with Vietnamese marks ("ĐIỀU", "ÁN"), or six capitals in a row.
  trigger: { test: (text: string) => VIET_CAPS.test(text) || LONG_ASCII_CAPS.test(text) || (ASCII_SHOUT.test(text) && hasShoutedRun(text)) },
  verbalize(m, { text, start, end }) {
    const token = m[0];
    const glued = GLUED.test(text.slice(end, end + 2)) || /[-.&]$/.test(text.slice(Math.max(0, start - 1), start));
    if (glued) return undefined; // the acronym class reads codes piece by piece
    if (ABBREVIATIONS.has(token) && !inShoutedRun(text, start)) return undefined;
    if (isCapsWord(token, text, start)) return token.toLowerCase();
    if (ABBREVIATIONS.has(token)) return undefined;
    const prefixed = splitSpelledPrefix(token);
    if (prefixed) return `${spellLetters(prefixed[0])} ${prefixed[1].toLowerCase()}`;
    if (isPronounceableCaps(token, text, start)) return token.toLowerCase();
    return undefined;
  },
};
