/**
 * Dates, one small tagger per written format (named groups), in priority order: a span of
 * two dates ("25/1-2/2"), a span of days ("20-25/7"), a full date ("20/7/2023", "20.7.2023",
 * "24 - 7 - 2002"), an ISO date ("2025-03-08"), a month word ("tháng 5-2023", "T9/2024"),
 * a quarter ("quý I/2025", "Q1/2024"), spans of months ("02/2023 - 11/2024", "01-12/2025"),
 * a month and year ("5/2023") and, last, a bare
 * day–month pair ("20-7"), which is a date only with date evidence (date-evidence.ts).
 */
import { DATE_BEFORE, MAP_SCALE_BEFORE } from '../data/context-words.js';
import { LUNAR_MONTH_NAMES, MONTH_WORD_NAMES } from '../data/numbers.js';
import { readCardinal } from './cardinal.js';
import { precededBy, wordsBefore } from './context.js';
import { isDateSpan, isDayMonthPair } from './date-evidence.js';
import { isDateName, readDay, readMonth } from './date-words.js';
import { readRoman } from './roman.js';
import type { MatchContext, SemioticClass } from './types.js';

type Groups = Record<string, string | undefined>;

/** One date format: its pattern (named groups) and how it is read, or undefined to decline. */
interface DateTagger {
  name: string;
  pattern: RegExp;
  trigger: RegExp;
  read(g: Groups, ctx: MatchContext): string | undefined;
}

/** Left edge: not inside a word, a number or a code, nor the tail of a dashed run ("4-2-3-1"). */
const B = String.raw`(?=\d)(?<![\p{L}\p{N}_.,/]|\d[-–])`;
/** Right edge: not followed by more of a number or a code, nor a power ("3.10^8" is 3 × 10⁸). */
const E = String.raw`(?![\p{L}\p{N}^]|[.,/-]\d)`;
const YEAR = String.raw`(?:1[89]|20)\d{2}`;

const isDay = (d: number): boolean => d >= 1 && d <= 31;
const isMonth = (m: number): boolean => m >= 1 && m <= 12;
const num = (s: string | undefined): number => Number(s);
/** Words that name the day a span starts on: "từ ngày 1", "từ đêm 10", "từ sáng 2". */
const DAY_PARTS: ReadonlySet<string> = new Set(['ngày', 'đêm', 'sáng', 'trưa', 'chiều', 'tối']);
const withYear = (s: string, year: string | undefined): string => (year ? `${s} năm ${readCardinal(year)}` : s);
const dayMonth = (day: number, month: number, ctx: MatchContext): string =>
  `${readDay(day, ctx.text, ctx.start)} tháng ${readMonth(month)}`;

const tagger = (t: Omit<DateTagger, 'pattern'> & { source: string }): DateTagger => ({
  ...t,
  pattern: new RegExp(t.source, 'gu'),
});

/** Month names: the lunar ones in the cases they are printed in ("Chạp", "chạp", "CHẠP"), number words capitalised. */
const LUNAR_NAMES = [...LUNAR_MONTH_NAMES.flatMap((m) => [m, m.toLowerCase(), m.toUpperCase()]), ...MONTH_WORD_NAMES].join('|');

const TAGGERS: readonly DateTagger[] = [
  // "25/1-2/2", "28/12/2024 - 2/1/2025": from one date to another.
  tagger({
    name: 'date-span',
    trigger: /\d\/\d{1,2}(?:\/\d{4})?\s?[-–]\s?\d{1,2}\//,
    source: String.raw`${B}(?<d1>\d{1,2})\/(?<m1>\d{1,2})(?:\/(?<y1>\d{4}))?\s?[-–]\s?(?<d2>\d{1,2})\/(?<m2>\d{1,2})(?:\/(?<y2>\d{4}))?${E}`,
    read(g, ctx) {
      const [d1, m1, d2, m2] = [num(g.d1), num(g.m1), num(g.d2), num(g.m2)];
      if (!isDay(d1) || !isMonth(m1) || !isDay(d2) || !isMonth(m2) || !isDateSpan(d1, m1, d2, m2, ctx)) return undefined;
      return `${withYear(dayMonth(d1, m1, ctx), g.y1)} đến ${withYear(dayMonth(d2, m2, ctx), g.y2)}`;
    },
  }),
  // "ngày 5 và 6/10", "các ngày 10, 11 và 12/12": days listed before their month, after a date word.
  tagger({
    name: 'day-list',
    trigger: /\d(?:,| và| hoặc) \d{1,2}[/.-]\d/,
    source: String.raw`${B}(?<days>\d{1,2}(?:(?:,\s|\s(?:và|hoặc)\s)\d{1,2}){1,6})[/.-](?<month>\d{1,2})(?:\/(?<year>\d{4}))?${E}`,
    read(g, ctx) {
      const days = (g.days as string).split(/,\s|\s(?:và|hoặc)\s/).map(Number);
      const rising = days.every((d, i) => isDay(d) && (i === 0 || d > days[i - 1]));
      if (!rising || !isMonth(num(g.month)) || !precededBy(ctx.text, ctx.start, DATE_BEFORE)) return undefined;
      // Each day as a date says it ("mùng năm"); the commas and "và" stay between them.
      const listed = (g.days as string).replace(/\d+/g, (d) => readDay(Number(d), '', 0));
      return withYear(`${listed} tháng ${readMonth(num(g.month))}`, g.year);
    },
  }),
  // "từ ngày 1 đến 15/4", "ngày 5 đến ngày 7/12", "từ đêm 10 đến sáng 12/9": the first day of a
  // span in words takes "mùng" too.
  tagger({
    name: 'day-to-day',
    trigger: /\d (?:đến|tới) \D{0,6}\d{1,2}[/.-]\d/,
    source: String.raw`${B}(?<d1>\d{1,2}) (?<to>đến|tới) (?<word>(?:ngày|đêm|sáng|trưa|chiều|tối) )?(?<d2>\d{1,2})[/.-](?<month>\d{1,2})(?:[/.-](?<year>\d{4}))?${E}`,
    read(g, ctx) {
      const [d1, d2, month] = [num(g.d1), num(g.d2), num(g.month)];
      if (!isDay(d1) || !isDay(d2) || d1 >= d2 || !isMonth(month) || !DAY_PARTS.has(wordsBefore(ctx.text, ctx.start, 1))) return undefined;
      const second = `${g.word ?? ''}${readDay(d2, '', 0)} tháng ${readMonth(month)}`;
      return withYear(`${readDay(d1, ctx.text, ctx.start)} ${g.to} ${second}`, g.year);
    },
  }),
  // "ngày 10 và 25 hằng tháng", "ngày 5 hàng tháng": days of every month are dates too ("mùng").
  tagger({
    name: 'monthly-day',
    trigger: /\d (?:hằng|hàng|mỗi) tháng/,
    source: String.raw`${B}(?<days>\d{1,2}(?:(?:,\s|\s(?:và|hoặc|đến)\s)\d{1,2}){0,6})(?= (?:hằng|hàng|mỗi) tháng)`,
    read(g, ctx) {
      const days = (g.days as string).split(/,\s|\s(?:và|hoặc|đến)\s/).map(Number);
      if (!days.every(isDay) || !precededBy(ctx.text, ctx.start, DATE_BEFORE)) return undefined;
      return (g.days as string).replace(/\d+/g, (d) => readDay(Number(d), '', 0));
    },
  }),
  // "ngày 01 tháng 7 năm 2025", "ngày 5 tháng 12", "ngày 3 tháng Chạp": a day before the month
  // word (a number or a lunar month's name) says "mùng" too.
  tagger({
    name: 'day-before-month-word',
    trigger: new RegExp(String.raw`\d tháng (?:\d|${LUNAR_NAMES})`),
    source: String.raw`${B}(?<day>\d{1,2})(?= tháng (?:\d|(?:${LUNAR_NAMES})(?!\p{L})))`,
    read(g, ctx) {
      const day = num(g.day);
      return isDay(day) && precededBy(ctx.text, ctx.start, DATE_BEFORE) ? readDay(day, ctx.text, ctx.start) : undefined;
    },
  }),
  // "20-25/7", "10-11/9/2023": a span of days in one month.
  tagger({
    name: 'day-span',
    trigger: /\d\s?[-–]\s?\d{1,2}[/.]\d/,
    source: String.raw`${B}(?<d1>\d{1,2})\s?[-–]\s?(?<d2>\d{1,2})[/.](?<month>\d{1,2})(?:[/.](?<year>\d{4}))?${E}`,
    read(g, ctx) {
      const [d1, d2, month] = [num(g.d1), num(g.d2), num(g.month)];
      if (!isDay(d1) || !isDay(d2) || d1 >= d2 || !isMonth(month)) return undefined;
      // A "mùng" written before the span belongs to its first day: "mùng 6-10/3" → "… đến mùng mười".
      const second = isDateName(ctx.text, ctx.start) ? readDay(d2, ctx.text, ctx.start) : readDay(d2, '', 0);
      const days = `${readDay(d1, ctx.text, ctx.start)} đến ${second}`;
      return withYear(`${days} tháng ${readMonth(month)}`, g.year);
    },
  }),
  // "20/7/2023", "20-7-2023", "20.7.2023", "24 - 7 - 2002": one separator used twice.
  tagger({
    name: 'full-date',
    trigger: /\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}/,
    source: String.raw`${B}(?<day>\d{1,2})(?<sp>\s?)(?<sep>[/.-])\k<sp>(?<month>\d{1,2})\k<sp>\k<sep>\k<sp>(?<year>\d{4})${E}`,
    read(g, ctx) {
      const [day, month] = [num(g.day), num(g.month)];
      if (!isDay(day) || !isMonth(month)) return undefined;
      return withYear(dayMonth(day, month, ctx), g.year);
    },
  }),
  // "2025-03-08": year first, as in ISO 8601 and data tables.
  tagger({
    name: 'iso-date',
    trigger: /\d{4}-\d{2}-\d{2}/,
    source: String.raw`${B}(?<year>${YEAR})-(?<month>\d{2})-(?<day>\d{2})${E}`,
    read(g, ctx) {
      const [day, month] = [num(g.day), num(g.month)];
      if (!isDay(day) || !isMonth(month)) return undefined;
      return withYear(dayMonth(day, month, ctx), g.year);
    },
  }),
  // "tháng 5-2023", "tháng 12/2024", "tháng 5", "tháng 5-7" (the month word kept as written).
  tagger({
    name: 'month-word',
    trigger: /tháng\s+\d/i,
    source: String.raw`(?<![\p{L}])(?<word>[Tt]háng|THÁNG)\s+(?<months>\d{1,2}(?:\s?[-–]\s?\d{1,2}(?!\d))?)(?:\s?[-/.]\s?(?<year>\d{4})|\s(?<bareYear>${YEAR})(?!\d|[.,]\d))?${E}`,
    read(g) {
      const months = (g.months as string).split(/\s?[-–]\s?/).map(Number);
      if (!months.every(isMonth)) return undefined;
      return withYear(months.map((m, i) => `${i === 0 ? g.word : 'đến tháng'} ${readMonth(m)}`).join(' '), g.year ?? g.bareYear);
    },
  }),
  // Report shorthand: "T9/2024" (tháng chín), "T2-T4 năm 2025", "9T/2024", "9T2024", "9M2024" (chín tháng: the
  // first nine months, M as in English reports).
  tagger({
    name: 'month-shorthand',
    trigger: /T\d|\d[TM]/,
    source:
      String.raw`(?=[T\d])(?<![\p{L}\p{N}])(?:T(?<month>\d{1,2})\s?[-/]\s?|(?<months>\d{1,2})[TM](?:\s?[-/]\s?)?` +
      // "T2-T4/2025", "giai đoạn T2-T4 năm 2025": a span of months (weekday spans have no year).
      String.raw`|T(?<first>\d{1,2})\s?[-–]\s?T(?<last>\d{1,2})(?:\s?\/\s?|\s(?:năm\s)?))(?<year>${YEAR})${E}`,
    read(g) {
      if (g.first) {
        const [a, b] = [num(g.first), num(g.last)];
        return isMonth(a) && isMonth(b) && a < b ? withYear(`tháng ${readMonth(a)} đến tháng ${readMonth(b)}`, g.year) : undefined;
      }
      if (g.month) return isMonth(num(g.month)) ? withYear(`tháng ${readMonth(num(g.month))}`, g.year) : undefined;
      return isMonth(num(g.months)) ? withYear(`${readCardinal(g.months as string)} tháng`, g.year) : undefined;
    },
  }),
  // "6T đầu năm", "3T cuối năm": a count of months before the part of the year it covers.
  tagger({
    name: 'month-count',
    trigger: /\dT\s/,
    source: String.raw`(?<![\p{L}\p{N}])(?<months>\d{1,2})T(?=\s(?:(?:đầu|cuối) năm|vừa qua|gần đây)(?![\p{L}\p{M}]))`,
    read: (g) => (isMonth(num(g.months)) ? `${readCardinal(g.months as string)} tháng` : undefined),
  }),
  // "quý I/2025", "quý 3-2024".
  tagger({
    name: 'quarter',
    trigger: /quý/i,
    source: String.raw`(?<![\p{L}])(?<word>[Qq]uý|QUÝ)\s+(?<q>IV|I{1,3}|[1-4])\s?[-/]\s?(?<year>\d{4})${E}`,
    read(g) {
      const q = /\d/.test(g.q as string) ? readCardinal(g.q as string) : readRoman(g.q as string);
      return withYear(`${g.word} ${q}`, g.year);
    },
  }),
  // Business quarters "Q1/2024", "Q3", "Q4 2024".
  tagger({
    name: 'business-quarter',
    trigger: /Q[1-4]/,
    source: String.raw`(?<![\p{L}\p{N}])Q(?<q>[1-4])(?:\s?[-/]\s?(?<year>\d{4})|\s(?<spaced>${YEAR})(?![\p{N}]|[.,]\d))?(?![\p{L}\p{N}])`,
    read: (g) => withYear(`quý ${readCardinal(g.q as string)}`, g.year ?? g.spaced),
  }),
  // Half years in reports: "H1/2025", "H2-2024", "H1 2025" (the letter is said, as printed).
  tagger({
    name: 'half-year',
    trigger: /H[12]/,
    source: String.raw`(?=H)(?<![\p{L}\p{N}])H(?<h>[12])(?:\s?[-/]\s?|\s)(?<year>${YEAR})${E}`,
    read: (g) => withYear(`hát ${readCardinal(g.h as string)}`, g.year),
  }),
  // Fiscal years of English-style reports: "FY2024" → "năm tài chính hai nghìn…" (kept as letters
  // after the words themselves: "năm tài chính FY2024").
  tagger({
    name: 'fiscal-year',
    trigger: /FY\s?\d/,
    source: String.raw`(?=F)(?<![\p{L}\p{N}])FY\s?(?<year>${YEAR})${E}`,
    read(g, ctx) {
      if (/tài chính\s*$/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return undefined;
      return `năm tài chính ${readCardinal(g.year as string)}`;
    },
  }),
  // "02/2023 - 11/2024": from one month of a year to another.
  tagger({
    name: 'month-year-span',
    trigger: /\d\/(?:19|20)\d\d\s?[-–]\s?\d/,
    source: String.raw`${B}(?<m1>\d{1,2})\/(?<y1>${YEAR})\s?[-–]\s?(?<m2>\d{1,2})\/(?<y2>${YEAR})${E}`,
    read(g) {
      const [m1, m2] = [num(g.m1), num(g.m2)];
      if (!isMonth(m1) || !isMonth(m2)) return undefined;
      return `${withYear(`tháng ${readMonth(m1)}`, g.y1)} đến ${withYear(`tháng ${readMonth(m2)}`, g.y2)}`;
    },
  }),
  // "01-12/2025", "3-5/2024": a span of months in one year.
  tagger({
    name: 'month-span',
    trigger: /\d\s?[-–]\s?\d{1,2}\/(?:19|20)\d\d/,
    source: String.raw`${B}(?<m1>\d{1,2})\s?[-–]\s?(?<m2>\d{1,2})\/(?<year>${YEAR})${E}`,
    read(g) {
      const [m1, m2] = [num(g.m1), num(g.m2)];
      if (!isMonth(m1) || !isMonth(m2) || m1 >= m2) return undefined;
      return withYear(`tháng ${readMonth(m1)} đến tháng ${readMonth(m2)}`, g.year);
    },
  }),
  // "5/2023", "05-2024": a month of a year without "tháng".
  tagger({
    name: 'month-year',
    trigger: /\d[/-](?:19|20)\d{2}/,
    source: String.raw`${B}(?<month>\d{1,2})[/-](?<year>${YEAR})${E}`,
    read(g, ctx) {
      // "tỷ lệ 1/2000": a map scale, left to the fraction class.
      if (num(g.month) === 1 && /^\d+00$/.test(g.year ?? '') && precededBy(ctx.text, ctx.start, MAP_SCALE_BEFORE)) return undefined;
      return isMonth(num(g.month)) ? withYear(`tháng ${readMonth(num(g.month))}`, g.year) : undefined;
    },
  }),
  // "20-7", "20/7", "20.7": a date only with date evidence; otherwise a score, range or fraction.
  tagger({
    name: 'day-month',
    // A pair of one or two digits on each side, not part of a longer number ("4.857" is not).
    trigger: /(?:^|[^\d.,/])\d{1,2}[/.-]\d{1,2}(?:[^\d]|$)/,
    source: String.raw`${B}(?<day>\d{1,2})(?<sep>[/.-])(?<month>\d{1,2})${E}`,
    read(g, ctx) {
      const [day, month] = [num(g.day), num(g.month)];
      const [d, m] = [g.day ?? '', g.month ?? ''];
      const padded = d.length === 2 && m.length === 2 && (d[0] === '0' || m[0] === '0');
      return isDayMonthPair(day, g.sep as string, month, ctx, padded) ? dayMonth(day, month, ctx) : undefined;
    },
  }),
];

/** What every date format needs somewhere in the sentence; checked once per sentence for all taggers. */
const ANY_DATE = /\d\s?[-–/.]\s?\d|tháng|quý|Q\d|T\d|\d[TM]|H[12]|FY/i;
let lastText = '';
let lastAny = false;
const mayHoldDate = (text: string): boolean => {
  if (text !== lastText) {
    lastText = text;
    lastAny = ANY_DATE.test(text);
  }
  return lastAny;
};

const toClass = (t: DateTagger): SemioticClass => ({
  name: t.name,
  needsDigits: true,
  pattern: t.pattern,
  trigger: { test: (text) => mayHoldDate(text) && t.trigger.test(text) },
  verbalize: (m, ctx) => t.read(m.groups ?? {}, ctx),
});

/**
 * The date classes, in the order they run.
 * @example normalize "Sáng 20-7, hội nghị" → "Sáng hai mươi tháng bảy, hội nghị"
 * @example normalize "ngày 15/3/2024" → "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư"
 */
export const DATE_CLASSES: readonly SemioticClass[] = TAGGERS.map(toClass);
