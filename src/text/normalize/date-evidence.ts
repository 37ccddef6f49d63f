/**
 * When is a bare "a-b" / "a/b" / "a.b" pair a date? Only with date evidence: the day and
 * month in range and a date word before it, a year or "âm lịch" after it, or a position
 * only a date takes; a score word, a unit or count noun, or a ratio word says otherwise.
 * Context word lists live in data/context-words.ts and data/sports.ts.
 */
import {
  DATE_BEFORE, DATE_BEFORE_WEAK, DECIMAL_SCORE_BEFORE, INDEX_BEFORE_FROM, LUNAR_BRANCHES, LUNAR_STEMS, RANGE_AFTER, RANGE_BEFORE, RATIO_AFTER, RATIO_BEFORE,
  SALE_DAY_BEFORE,
} from '../data/context-words.js';
import { SCORE_BEFORE } from '../data/sports.js';
import { charAfter, occursBefore, precededBy, wordAfter, wordsBefore } from './context.js';
import { isDateName } from './date-words.js';
import { hasScoreEvidence, looksLikeScore, scoreFollows, scoreGoverns } from './score.js';
import type { MatchContext } from './types.js';

/** "20-7 năm 2023", "8/9 năm Giáp Thìn": a year, in digits or by its lunar name. */
const YEAR_AFTER = new RegExp(String.raw`^\s+năm\s+(?:\d{4}|(?:${LUNAR_STEMS.join('|')})\s(?:${LUNAR_BRANCHES.join('|')})(?![\p{L}]))`, 'iu');
const LUNAR_AFTER = /^\s?(?:âm lịch|ÂL|âl)(?![\p{L}])/u;
/** "1/5 năm nay": a slashed pair before "năm nay/ngoái…" is a date ("2-3 năm nay" stays a span). */
const THIS_YEAR_AFTER = /^\s+năm\s+(?:nay|ngoái|trước|sau|tới)/;
/** "sáng 6/2 giờ địa phương", "tối 12/3 (giờ Hà Nội)": the clock of a place, not hours counted. */
const ZONE_AFTER = /^\s+\(?giờ\s+(?:địa phương|quốc tế|[A-ZĐ])/u;

/** Two-word date words that end in a weak one ("sáng qua", "tối nay"): strong. */
const STRONG_ONLY: ReadonlySet<string> = new Set([...DATE_BEFORE].filter((w) => !DATE_BEFORE_WEAK.has(w)));

const isDay = (d: number): boolean => d >= 1 && d <= 31;
const isMonth = (m: number): boolean => m >= 1 && m <= 12;

/** "ngày 12/1": the word "ngày" right before a slashed pair, not a count of days ("mỗi ngày 2/3", "3 ngày 1/2"). */
function isDayWordBefore(text: string, start: number): boolean {
  if (wordsBefore(text, start, 1) !== 'ngày') return false;
  return !/(?:^|\s)(?:mỗi|một|hai|ba|vài|mấy|những|các|\d+)\s+ngày\s+$/iu.test(text.slice(Math.max(0, start - 16), start));
}

/** Decides whether a bare day–month pair is a date (see module doc); `padded`: printed "01/12". */
export function isDayMonthPair(a: number, sep: string, b: number, ctx: MatchContext, padded = false): boolean {
  if (!isDay(a) || !isMonth(b)) return false;
  const { text, start, end } = ctx;
  const next = wordAfter(text, end);
  // "20-7 năm 2023" is a date; "2-3 năm" a range.
  // "Ngày 2-9 năm nay" too, after a strong date word ("từ 2-3 năm nay" is a span of years).
  // "flash sale 12.12", "ngày hội mua sắm 9.9", "Ngày độc thân 11/11": a shopping day named by a double date.
  const saleDay = sep !== '-' && a === b && occursBefore(text, start, SALE_DAY_BEFORE, 5);
  const thisYear = THIS_YEAR_AFTER.test(text.slice(end, end + 12)) && (sep === '/' || saleDay || precededBy(text, start, STRONG_ONLY));
  const yearFollows = next === 'năm' && (YEAR_AFTER.test(text.slice(end, end + 24)) || thisYear);
  if (sep === '/' && isDayWordBefore(text, start) && charAfter(text, end) !== '%') return true; // "Ngày 12/1 đội sẽ…"
  const zoneFollows = ZONE_AFTER.test(text.slice(end, end + 20));
  if ((RANGE_AFTER.has(next) && !yearFollows && !zoneFollows) || charAfter(text, end) === '%') return false;
  if (next === 'số' && sep === '/') return false; // "2/3 số xã": a share, whatever precedes it
  if (LUNAR_AFTER.test(text.slice(end, end + 10))) return true; // "(tức 3/11 âm lịch)"
  if (sep !== '.' && isDateName(text, start)) return true; // "đường 3/2", "Quảng trường 2/9"
  if (sep !== '/' && precededBy(text, start, SCORE_BEFORE)) return false; // "dẫn trước 2-1"
  // "IELTS từ 5.5 trở lên": a band after a score word (but "điểm thi ngày 5.7" is a date).
  if (sep === '.' && !precededBy(text, start, STRONG_ONLY) && occursBefore(text, start, DECIMAL_SCORE_BEFORE, 4)) return false;
  if (sep === '-' && isIndexFrom(text, start)) return false; // "chỉ số UV từ 8-10"
  if (precededBy(text, start, DATE_BEFORE)) {
    // "thắng 3-1 và 2-0": a weak date word after a score word is still part of the result.
    const weak = precededBy(text, start, DATE_BEFORE_WEAK) && !precededBy(text, start, STRONG_ONLY);
    if (!weak || sep === '/' || !(scoreGoverns(text, start) || looksLikeScore(text, start, end) || scoreFollows(text, end))) return true;
    return false;
  }
  if (precededBy(text, start, RANGE_BEFORE)) return false;
  if (sep === '.') return saleDay;
  if (sep !== '/' && hasScoreEvidence(text, start, end)) return false;
  if (padded) return true; // "01/12", "05-06": fractions and ranges are not zero-padded
  if (sep === '/') {
    if (a === 24 && b === 7) return false; // "24/7": round the clock
    if (RATIO_AFTER.has(next) || precededBy(text, start, RATIO_BEFORE)) return false;
    return a > b || saleDay; // "Ngày độc thân 11/11"
  }
  // "-": dates are written this way in most Vietnamese papers ("Sáng 20-7").
  const after = charAfter(text, end);
  if (after === '' || /[,.;:)!?]/.test(after)) return true;
  return a >= b;
}

/** "UV từ 8-10": "từ" right before the pair, an index word before it. */
function isIndexFrom(text: string, start: number): boolean {
  if (wordsBefore(text, start, 1) !== 'từ') return false;
  const at = text.lastIndexOf('từ', start);
  return at > 0 && precededBy(text, at, INDEX_BEFORE_FROM);
}

/**
 * "25/1-2/2" is a span of dates when a date word precedes it or a day cannot be read as a
 * numerator of its month ("25/1"); "1/3-2/3" alone is left to the fraction reader.
 */
export function isDateSpan(d1: number, m1: number, d2: number, m2: number, ctx: MatchContext): boolean {
  return precededBy(ctx.text, ctx.start, DATE_BEFORE) || d1 > m1 || d2 > m2;
}
