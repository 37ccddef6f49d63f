/**
 * Match scores: "thắng 2-1" → "thắng hai - một", tennis sets "6-3, 6-4", shoot-outs
 * "5-4 trên chấm luân lưu", "Việt Nam - Lào: 4-0", "Arsenal 2-0 Chelsea", formations
 * "4-2-3-1". A pair is a score only with sports evidence (a score word in the clause,
 * a score phrase after it, the shape of a result, or a match report with no unit after
 * the pair); otherwise it is left to dates and ranges. Runs right after the dates, before
 * acronyms are expanded, so team names still look like names ("Hà Tĩnh 1-0 SLNA").
 */
import { RANGE_AFTER, RANGE_BEFORE } from '../data/context-words.js';
import { MATCH_STATS, NUMBERED_PART, SCORE_AFTER, SCORE_BEFORE, SCORE_FOLLOWERS, SPORTS_CONTEXT } from '../data/sports.js';
import { readCardinal } from './cardinal.js';
import { readWrittenNumber } from './number.js';
import { charAfter, occursBefore, precededBy, wordAfter, wordsBefore } from './context.js';
import type { SemioticClass } from './types.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SCORE_AFTER_START = new RegExp(
  String.raw`^\)?\s?(?:\(|,)?\s?(?:${SCORE_AFTER.map(escapeRegExp).join('|')})(?![\p{L}])`,
  'iu',
);
const MATCH_REPORT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SPORTS_CONTEXT.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'iu');

/** "Việt Nam - Thái Lan (" or "Việt Nam - Lào: " right before the pair: two names joined by a spaced dash (or a "vs" read gặp). */
const TEAMS_BEFORE = /\p{Lu}[\p{L}\p{M}0-9.]*(?: [\p{L}\p{M}0-9.]+){0,4} (?:[-–]|vs\.?|VS\.?|gặp) \p{Lu}[\p{L}\p{M}0-9.]*(?: [\p{L}\p{M}0-9.]+){0,4}(?: ?\(|: ?)$/u;
const CAPITAL_AFTER = /^ \p{Lu}/u;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}0-9]* $/u;

/**
 * A match result written by shape, with no score word: "Việt Nam - Thái Lan (2-1)",
 * "Việt Nam - Lào: 4-0" or a headline "Arsenal 2-0 Chelsea" (a name on both sides).
 */
export function looksLikeScore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  if (text[start - 1] === '(' || text[start - 2] === ':' || text[start - 1] === ':') return TEAMS_BEFORE.test(before);
  return (
    CAPITAL_AFTER.test(text.slice(end, end + 2)) &&
    CAPITAL_WORD_BEFORE.test(before) &&
    !numberedPartBefore(text, start)
  );
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * True when a numbered part stands right before `start` ("Điều 5-7", "vòng 3-4"), unless
 * it ends a capitalised name ("Hải Phòng 3-1").
 */
function numberedPartBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  const end = i + 1;
  while (i >= 0 && LETTER.test(text[i])) i--;
  const word = text.slice(i + 1, end);
  const lower = word.toLowerCase();
  if (!NUMBERED_PART.has(lower)) return false;
  if (word === lower) return true;
  return !/\p{Lu}[\p{L}\p{M}]* $/u.test(text.slice(Math.max(0, i - 20), i + 1));
}

/**
 * A score just before, in a list or a bracket: "thắng 6-3, 6-4", "3-1 (25-20, 23-25)"; a
 * tennis set may carry its tie-break ("6-7(5), 6-2").
 */
const PREVIOUS_PAIR = /\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\(\d{1,2}\))?(?:\)?,\s?|\s?\()$/;

/**
 * True when a score word governs the pair at `index`, directly or through the pairs listed
 * before it (set scores after a match score).
 */
export function scoreGoverns(text: string, index: number): boolean {
  let i = index;
  for (let k = 0; k < 8; k++) {
    if (occursBefore(text, i, SCORE_BEFORE, 8)) return true;
    const m = PREVIOUS_PAIR.exec(text.slice(Math.max(0, i - 14), i));
    if (!m) return false;
    i -= m[0].length;
  }
  return false;
}

/** True when the sentence reads like a match report (memoised for the sentence being read). */
let lastText = '';
let lastReport = false;
export function isMatchReport(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastReport = MATCH_REPORT.test(text);
  }
  return lastReport;
}

/** A unit, magnitude or counted noun after the pair: "4-6 triệu", "3-5 người" are ranges. */
const isCountAfter = (text: string, end: number): boolean => RANGE_AFTER.has(wordAfter(text, end)) || /^\s?%/.test(text.slice(end, end + 2));

/** A score phrase right after the pair: "2-2 sau 120 phút", "5-4 trên chấm luân lưu". */
export const scoreFollows = (text: string, end: number): boolean => SCORE_AFTER_START.test(text.slice(end, end + 24));

/**
 * True when the pair at [start, end) is a match score (see module doc).
 * @example hasScoreEvidence('U19 Việt Nam thua U19 Úc 1-2', 24, 27) //=> true
 */
export function hasScoreEvidence(text: string, start: number, end: number): boolean {
  if (precededBy(text, start, SCORE_BEFORE)) return true;
  if (numberedPartBefore(text, start) || isCountAfter(text, end)) return false;
  if (statBefore(text, start)) return true;
  if (scoreGoverns(text, start) || scoreFollows(text, end) || looksLikeScore(text, start, end)) return true;
  return isMatchReport(text) && !precededBy(text, start, RANGE_BEFORE) && wordsBefore(text, start, 1) !== 'từ' && endsLikeScore(text, end);
}

/** "phạt góc 6-4", "Số cú sút: 12-8": a match statistic, home–away (data/sports.ts MATCH_STATS). */
export function statBefore(text: string, start: number): boolean {
  const colon = /:\s?$/.exec(text.slice(Math.max(0, start - 2), start));
  return precededBy(text, colon ? start - colon[0].length : start, MATCH_STATS);
}

/** What follows a score in running text: punctuation, the end, a name, or a function word. */
function endsLikeScore(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (next === '') return true;
  return /\p{Lu}/u.test(charAfter(text, end)) || SCORE_FOLLOWERS.has(next); // a name or a follower
}

const PATTERN = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\p{N}_.,/\-–])(?:` +
    // Formations "4-2-3-1", "3-5-2": single digits that add up to ten outfield players.
    String.raw`(?<formation>\d(?:[-–]\d){2,3})|` +
    // Chess and shooting keep half points: "nâng tỷ số lên 2,5-1,5".
    String.raw`(?<a>\d{1,3}(?:,5)?)\s?[-–]\s?(?<b>\d{1,3}(?:,5)?)` +
    String.raw`)(?![\p{N}]|[.,]\d|\s?[-–/]\s?\d|[\p{L}])`,
  'gu',
);

/** A side of a score: "02" is hai, a half point "2,5" hai phẩy năm. */
const readPoints = (s: string): string => (s.includes(',') ? readWrittenNumber(s) : readCardinal(s));

const sumOfDigits = (s: string): number => [...s.replace(/\D/g, '')].reduce((sum, d) => sum + Number(d), 0);

/** @example verbalize "U19 Việt Nam thua U19 Úc 1-2" → "… thua U19 Úc một - hai" */
export const scoreClass: SemioticClass = {
  name: 'score',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\s?[-–]\s?\d/,
  verbalize(m, { text, start, end }) {
    const g = m.groups ?? {};
    if (g.formation) {
      if (sumOfDigits(g.formation) !== 10) return undefined;
      return g.formation.split(/[-–]/).map((d) => readCardinal(d)).join(' - ');
    }
    if (!hasScoreEvidence(text, start, end)) return undefined;
    if (/,/.test(m[0]) && (!scoreGoverns(text, start) || isCountAfter(text, end))) return undefined; // "tăng 2,5-3,5": a range
    return `${readPoints(g.a as string)} - ${readPoints(g.b as string)}`;
  },
};
