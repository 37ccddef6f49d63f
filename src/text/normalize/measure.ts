/**
 * Measures: a number (or a range of numbers) followed by a unit: "7 km", "120 m2",
 * "3,2 kg", "−5°C", "95%", "10-15 km/h", "800 triệu kWh". Units come from data/units.ts.
 */
import { GLUED_MARKS, SPACED_DEGREE, STANDALONE_UNITS, UNIT_ALIASES, UNITS } from '../data/units.js';
import { toAlternation } from './alternation.js';
import { DASH, MEASURED_NUM, readWrittenNumber } from './number.js';
import { occursBefore, precededBy } from './context.js';
import type { SemioticClass } from './types.js';

/** A unit as printed, including other cases ("4gb", "110v"), to its reading. */
const READINGS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(UNITS),
  ...Object.entries(UNIT_ALIASES).map(([alias, unit]): [string, string] => [alias, UNITS[unit]]),
  ...Object.entries(GLUED_MARKS),
  [SPACED_DEGREE, UNITS['°C']],
]);
/**
 * "5*" is five stars only glued to a small whole number or a rating out of five ("4.5*", "4,8★");
 * "35 0C" is a degree only after a space.
 */
const STARS = /^(?:[1-7]|[0-4][.,]\d)$/;
function isMisreadMark(unit: string, number: string, match: string): boolean {
  if (GLUED_MARKS[unit]) return !STARS.test(number) || !match.endsWith(`${number}${unit}`);
  return unit === SPACED_DEGREE && !match.endsWith(` ${unit}`);
}
/** Longest first, so "km/h" wins over "km" and "m2" over "m". */
const UNIT_KEYS = [...READINGS.keys()].sort((a, b) => b.length - a.length);
export const UNIT_ALTERNATION = toAlternation(UNIT_KEYS);

const PADDED = /^0[1-9]$/;
const SIGNED = String.raw`(?:(?<![\p{L}\p{N}])[-−])?${MEASURED_NUM}`;
/** Like NUM_START, but a slash after a word may precede: "6 lít/100 km" (not "1/2 ha"). */
const START = String.raw`(?=[-−\d])(?<![\p{L}\p{N}_.,]|\p{N}\/)`;
const PATTERN = new RegExp(
  // "30% - 40%", "5 km - 7 km": a range that repeats its unit (a cheap look first: a number,
  // a short unit, a dash).
  String.raw`(?=[-−]?[\d.,]+\s?[^\s\d.,]{1,8}\s?[-–—])(?<![\p{L}\p{N}_.,/])(${SIGNED})\s?(${UNIT_ALTERNATION})${DASH}(${SIGNED})\s?\2(?![\p{L}\p{N}])|` +
  // A unit is a word of its own: not the first letter of a name such as "V-League".
  String.raw`(?=\s?\/|[\d−-])(?:(?<=\p{L})\s?(\/)\s?)?${START}(${SIGNED})(?:(${DASH})(${SIGNED}))?(?:\s(nghìn|ngàn|triệu|tỷ|tỉ))?\s?(${UNIT_ALTERNATION})(?![\p{L}\p{N}]|[-.]\p{L})` +
  // A height "1m85": metres, then centimetres without their unit.
  String.raw`|(?=\dm\d)(?<![\p{L}\p{N}_.,])(\d)m(\d{1,2})(?![\p{L}\p{N}])` +
  // Blood pressure "140/90 mmHg": the unit belongs to both numbers.
  String.raw`|(?=\d{2,3}\/)(?<![\p{L}\p{N}_.,])(\d{2,3})\/(\d{2,3})\s?mmHg(?![\p{L}\p{N}])` +
  // A fraction of a unit "1/2kg", "3/4 lít": "một phần hai ki lô gam" (named groups, last, so the numbers above stay).
  String.raw`|(?=\d{1,2}\/\d)(?<![\p{L}\p{N}_.,/])(?<fnum>\d{1,2})\/(?<fden>[2-9]|10)\s?(?<funit>${UNIT_ALTERNATION})(?![\p{L}\p{N}]|[-.]\p{L})`,
  'gu',
);

const UNIT_BEFORE_SLASH = new RegExp(String.raw`\d\s?(${UNIT_ALTERNATION})\s?\/\s?$`, 'u');
const SPOKEN_BEFORE_SLASH = /\s(\p{L}+)\s?\/\s?$/u;
const kindOf = (unit: string | undefined): string | undefined => (unit ? READINGS.get(unit)?.split(' ').pop() : undefined);
/** What a unit measures, by the last word of its reading: "g" and "kg" are both "gam". */
export const unitKind = kindOf;

/**
 * "12GB/256GB", "256GB/512GB/1TB", "50MP/12MP": measures of one kind on both sides of the
 * slash are options or versions, said with a pause, not a rate ("6 lít/100 km" is one).
 */
function isChoiceOfMeasures(text: string, start: number, unit: string): boolean {
  const left = text.slice(Math.max(0, start - 16), text.indexOf('/', start) + 1);
  const raw = UNIT_BEFORE_SLASH.exec(left);
  const kind = kindOf(unit);
  // The measure before may still be printed ("12GB/") or already read ("… gi ga bai/").
  return raw !== null ? kindOf(raw[1]) === kind : kind !== undefined && SPOKEN_BEFORE_SLASH.exec(left)?.[1] === kind;
}

/** "kiểm soát bóng 58% - 42%": shares that make up the whole after a share word are two sides, not a range. */
const SHARE_WORDS = /(?:kiểm soát bóng|cầm bóng|tỷ lệ|tỉ lệ)[^.;!?]*$/iu;
function isShareSplit(a: string, unit: string, b: string, text: string, start: number): boolean {
  const sum = Number(a.replace(',', '.')) + Number(b.replace(',', '.'));
  return unit === '%' && Math.abs(sum - 100) < 1e-9 && SHARE_WORDS.test(text.slice(Math.max(0, start - 50), start));
}

/**
 * Reads a number or range, then the unit.
 * @example verbalize "dài 4,2 km" → "dài bốn phẩy hai ki lô mét"
 * @example verbalize "từ 10-15%" → "từ mười đến mười lăm phần trăm"
 */
export const measureClass: SemioticClass = {
  name: 'measure',
  needsDigits: true,
  pattern: PATTERN,
  verbalize(m, ctx) {
    const g = m.groups ?? {};
    if (g.fnum && Number(g.fnum) < Number(g.fden)) {
      return `${readWrittenNumber(g.fnum)} phần ${g.fden === '4' ? 'tư' : readWrittenNumber(g.fden)} ${READINGS.get(g.funit as string)}`;
    }
    if (g.fnum) return undefined;
    if (m[12]) return `${readWrittenNumber(m[12])} trên ${readWrittenNumber(m[13])} ${UNITS.mmHg}`;
    if (m[10]) return `${readWrittenNumber(m[10])} mét ${readWrittenNumber(m[11])}`;
    if (isGluedHeight(m[0], ctx.text, ctx.start)) return `${readWrittenNumber(m[0][0])} mét ${readWrittenNumber(m[0][2])}`;
    // A unit printed on both sides is said on both sides, as a newsreader reads it.
    if (m[1]) {
      const join = isShareSplit(m[1], m[2], m[3], ctx.text, ctx.start) ? ',' : ' đến';
      return `${readWrittenNumber(m[1])} ${READINGS.get(m[2])}${join} ${readWrittenNumber(m[3])} ${READINGS.get(m[2])}`;
    }
    // "lít/100 km" → "lít trên một trăm ki lô mét"; "12GB/256GB" → "…, hai trăm năm mươi sáu gi ga bai".
    if (isMisreadMark(m[9], m[7] ?? m[5], m[0])) return undefined;
    const per = m[4] ? (isChoiceOfMeasures(ctx.text, ctx.start, m[9]) ? ', ' : ' trên ') : '';
    // "05 kg" in seizure reports: a padded count, read "năm ki lô gam".
    const first = readWrittenNumber(PADDED.test(m[5]) ? m[5].slice(1) : m[5]);
    const value = m[7] ? `${first} đến ${readWrittenNumber(m[7])}` : first;
    const magnitude = m[8] ? ` ${m[8]}` : '';
    return `${per}${value}${magnitude} ${READINGS.get(m[9])}`;
  },
};

/** "cao 1m2", "chiều cao 1m3": after a height word a glued m2/m3 is metres and decimetres, not an area. */
const HEIGHT_BEFORE: ReadonlySet<string> = new Set(['cao', 'chiều cao', 'cao khoảng', 'cao chừng', 'cao gần', 'cao hơn', 'cao tới', 'cao đến', 'cao mới']);
const GLUED_HEIGHT = /^\dm[23]$/;
const isGluedHeight = (match: string, text: string, start: number): boolean =>
  GLUED_HEIGHT.test(match) && precededBy(text, start, HEIGHT_BEFORE);

/** Reads a unit as printed, in any case it is printed in: "gb" → "gi ga bai". */
export function readUnit(unit: string): string | undefined {
  return READINGS.get(unit);
}

const STANDALONE = toAlternation(STANDALONE_UNITS);

/**
 * A unit with no number before it: "tính theo kWh", "đơn vị: m3", "mỗi km" → its name.
 * Only units that are never a word or an initial (data/units.ts STANDALONE_UNITS).
 * @example verbalize "Giá điện tính theo kWh" → "… ki lô oát giờ"
 */
export const bareUnitClass: SemioticClass = {
  name: 'bare-unit',
  pattern: new RegExp(String.raw`(?=[kcmMGTµ°])(?<![\p{L}\p{N}/.&-])(?:${STANDALONE})(?![\p{L}\p{N}]|[/.&-][\p{L}\p{N}])`, 'gu'),
  trigger: /[kcmMGTµ°][mgWlHBVb²³C]/,
  verbalize: (m) => READINGS.get(m[0]),
};

/** Before a screen size: "màn hình 6,1"", "tivi 55"": the quote mark is inches. */
const SCREEN_BEFORE: ReadonlySet<string> = new Set([
  'màn hình', 'màn', 'tivi', 'ti vi', 'tv', 'smart tv', 'laptop', 'màn hình rộng', 'kích thước', 'màn hình cảm ứng',
  // Another size just said: "6,1 inch và 6,7"".
  'inch', 'inh',
]);

/** "6,1"", "55″" (a quote or a double prime right after a size) and a glued "24in". */
const INCH = /(?<![\p{L}\p{N}.,'’])(\d{1,3}(?:[.,]\d{1,2})?)(?:(["”″])|in)(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Screen sizes: "màn hình 6,1"" → "… sáu phẩy một inh", "tivi 24in". A quote mark is inches
 * only after a screen word among the words just before ("Tôi mua 2"" is a closing quote).
 */
export const inchClass: SemioticClass = {
  name: 'measure',
  needsDigits: true,
  pattern: INCH,
  trigger: /\d(?:["”″]|in(?![\p{L}]))/u,
  verbalize(m, ctx) {
    if (m[2] && !occursBefore(ctx.text, ctx.start, SCREEN_BEFORE, 4)) return undefined;
    return `${readWrittenNumber(m[1])} ${UNITS.inch}`;
  },
};
