/**
 * Dates: "20/7/2023", "20-7", "20.7.2023", "tháng 5-2023", "5/2023", "quý I/2025",
 * "20-25/7". A day–month pair is a date only when its values are valid and the context
 * says so; otherwise it is left to range, fraction or score.
 */
import { DATE_BEFORE, RANGE_AFTER, RANGE_BEFORE, RATIO_AFTER, RATIO_BEFORE, SCORE_BEFORE } from '../data/context-words.js';
import { DAY_PREFIX, DAY_PREFIX_MAX, MONTH_EXCEPTIONS } from '../data/numbers.js';
import { readCardinal } from './cardinal.js';
import { charAfter, looksLikeScore, precededBy, scoreGoverns, wordAfter, wordsBefore } from './context.js';
import { readRoman } from './roman.js';
import type { MatchContext, SemioticClass } from './types.js';

const B = String.raw`(?<![\p{L}\p{N}_.,/])`;
const E = String.raw`(?![\p{L}\p{N}]|[.,/-]\d)`;
const PATTERN = new RegExp(
  String.raw`(?=\d{1,2}\s?[-–/.]\s?\d|[Tt]háng|THÁNG|[Qq]uý|QUÝ|Q\d)(?:` +
  [
    // 1-4: day-day/month[/year] ("20-25/7", "20 - 25/7/2023")
    String.raw`${B}(\d{1,2})\s?[-–]\s?(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?${E}`,
    // 5-8: full date with one separator used twice
    String.raw`${B}(\d{1,2})([/.-])(\d{1,2})\6(\d{4})${E}`,
    // 9-11: "tháng 5-2023", "tháng 12/2024", "tháng 5", "tháng 5-7" (month word kept as written)
    String.raw`(?<![\p{L}])([Tt]háng|THÁNG)\s+(\d{1,2}(?:\s?[-–]\s?\d{1,2}(?!\d))?)(?:\s?[-/.]\s?(\d{4}))?${E}`,
    // 12-14: "quý I/2025", "quý 3-2024"
    String.raw`(?<![\p{L}])([Qq]uý|QUÝ)\s+(IV|I{1,3}|[1-4])\s?[-/]\s?(\d{4})${E}`,
    // 15-16: month/year without "tháng": "5/2023"
    String.raw`${B}(\d{1,2})[/-]((?:19|20)\d{2})${E}`,
    // 17-18: business quarters "Q1/2024", "Q3"
    String.raw`(?<![\p{L}\p{N}])Q([1-4])(?:\s?[-/]\s?(\d{4}))?(?![\p{L}\p{N}])`,
    // 19-21: day-month pair
    String.raw`${B}(\d{1,2})([/.-])(\d{1,2})${E}`,
    // 22-27: a span of two slashed dates "25/1-2/2", "28/12/2024 - 2/1/2025"
    String.raw`${B}(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s?[-–]\s?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?${E}`,
  ].join('|') + ')',
  'gu',
);

const YEAR_AFTER = /^\s+năm\s+\d{4}/;
const LUNAR_AFTER = /^\s?(?:âm lịch|ÂL|âl)(?![\p{L}])/u;
/** "1/5 năm nay": a slashed pair before "năm nay/ngoái…" is a date ("2-3 năm nay" stays a span). */
const THIS_YEAR_AFTER = /^\s+năm\s+(?:nay|ngoái|trước|sau|tới)/;

const isDay = (d: number): boolean => d >= 1 && d <= 31;
const isMonth = (m: number): boolean => m >= 1 && m <= 12;

/** "7" → "bảy", "4" → "tư" (tháng tư). */
export function readMonth(month: number): string {
  return MONTH_EXCEPTIONS[month] ?? readCardinal(String(month));
}

/** "2" → "mùng hai" (days 1–10 take mùng), unless the text already says mùng/mồng. */
export function readDay(day: number, text: string, start: number): string {
  const said = wordsBefore(text, start, 1);
  const prefix = day <= DAY_PREFIX_MAX && said !== 'mùng' && said !== 'mồng' ? `${DAY_PREFIX} ` : '';
  return prefix + readCardinal(String(day));
}

function readDayMonth(day: number, month: number, ctx: MatchContext): string {
  return `${readDay(day, ctx.text, ctx.start)} tháng ${readMonth(month)}`;
}

const withYear = (s: string, year: string | undefined): string => (year ? `${s} năm ${readCardinal(year)}` : s);

/** Decides whether a bare "a-b" / "a/b" / "a.b" pair is a date (see module doc). */
function isDayMonthPair(a: number, sep: string, b: number, ctx: MatchContext): boolean {
  if (!isDay(a) || !isMonth(b)) return false;
  const { text, start, end } = ctx;
  const next = wordAfter(text, end);
  // "20-7 năm 2023" is a date; "2-3 năm" a range.
  const yearFollows =
    next === 'năm' && (YEAR_AFTER.test(text.slice(end, end + 12)) || (sep === '/' && THIS_YEAR_AFTER.test(text.slice(end, end + 12))));
  if ((RANGE_AFTER.has(next) && !yearFollows) || charAfter(text, end) === '%') return false;
  if (next === 'số' && sep === '/') return false; // "2/3 số xã": a share, whatever precedes it
  if (LUNAR_AFTER.test(text.slice(end, end + 10))) return true; // "(tức 3/11 âm lịch)"
  if (precededBy(text, start, DATE_BEFORE)) return true;
  if (precededBy(text, start, RANGE_BEFORE)) return false;
  if (scoreGoverns(text, start, SCORE_BEFORE)) return false;
  if (sep === '.') return false;
  if (sep !== '/' && looksLikeScore(text, start, end)) return false;
  if (sep === '/') {
    if (a === 24 && b === 7) return false; // "24/7": round the clock
    if (RATIO_AFTER.has(next) || precededBy(text, start, RATIO_BEFORE)) return false;
    return a > b;
  }
  // "-": dates are written this way in most Vietnamese papers ("Sáng 20-7").
  const after = charAfter(text, end);
  if (after === '' || /[,.;:)!?]/.test(after)) return true;
  return a >= b;
}

/**
 * @example verbalize "Sáng 20-7, hội nghị" → "Sáng hai mươi tháng bảy, hội nghị"
 * @example verbalize "ngày 15/3/2024" → "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư"
 */
export const dateClass: SemioticClass = {
  name: 'date',
  pattern: PATTERN,
  trigger: /\d\s?[-–/.]\s?\d|tháng|quý|Q\d/i,
  verbalize(m, ctx) {
    if (m[1]) {
      const [d1, d2, mo] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isDay(d1) || !isDay(d2) || d1 >= d2 || !isMonth(mo)) return undefined;
      const days = `${readDay(d1, ctx.text, ctx.start)} đến ${readDay(d2, ctx.text, ctx.start)}`;
      return withYear(`${days} tháng ${readMonth(mo)}`, m[4]);
    }
    if (m[5]) {
      const [d, mo] = [Number(m[5]), Number(m[7])];
      if (!isDay(d) || !isMonth(mo)) return undefined;
      return withYear(readDayMonth(d, mo, ctx), m[8]);
    }
    if (m[9]) {
      const months = m[10].split(/\s?[-–]\s?/).map(Number);
      if (!months.every(isMonth)) return undefined;
      return withYear(months.map((mo, i) => `${i === 0 ? m[9] : 'đến tháng'} ${readMonth(mo)}`).join(' '), m[11]);
    }
    if (m[12]) {
      const q = /\d/.test(m[13]) ? readCardinal(m[13]) : readRoman(m[13]);
      return withYear(`${m[12]} ${q}`, m[14]);
    }
    if (m[15]) {
      const mo = Number(m[15]);
      if (!isMonth(mo)) return undefined;
      return withYear(`tháng ${readMonth(mo)}`, m[16]);
    }
    if (m[17]) return withYear(`quý ${readCardinal(m[17])}`, m[18]);
    if (m[22]) {
      const [d1, m1, d2, m2] = [m[22], m[23], m[25], m[26]].map(Number);
      if (!isDay(d1) || !isMonth(m1) || !isDay(d2) || !isMonth(m2)) return undefined;
      // Like a single "d/m": a date word before, or a day that cannot be a numerator of a month ("25/1").
      if (!precededBy(ctx.text, ctx.start, DATE_BEFORE) && d1 <= m1 && d2 <= m2) return undefined;
      return `${withYear(readDayMonth(d1, m1, ctx), m[24])} đến ${withYear(readDayMonth(d2, m2, ctx), m[27])}`;
    }
    const [a, sep, b] = [Number(m[19]), m[20], Number(m[21])];
    return isDayMonthPair(a, sep, b, ctx) ? readDayMonth(a, b, ctx) : undefined;
  },
};
