/**
 * Ranges written with a dash: "2020-2025" → "hai nghìn không trăm hai mươi đến hai nghìn
 * không trăm hai mươi lăm", "50-75 triệu" → "năm mươi đến bảy mươi lăm triệu". Scores were
 * read before (score.ts).
 */
import { DASH, NUM, NUM_END, NUM_START, readWrittenNumber } from './number.js';
import { readCardinal } from './cardinal.js';
import { UNIT_ALTERNATION, unitKind } from './measure.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(String.raw`${NUM_START}(${NUM})(${DASH})(${NUM})${NUM_END}`, 'gu');

const value = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));
/** "2023-24", "1945-54": a year and the last digits of a later one. */
const isShortYearSpan = (a: string, b: string): boolean => /^(?:1[89]|20)\d\d$/.test(a) && /^\d\d$/.test(b);
const isVariant = (a: string, b: string): boolean =>
  /^\d{3,}$/.test(a) && /^\d+$/.test(b) && b.length < a.length && value(b) < value(a) && !isShortYearSpan(a, b);

/**
 * A range goes up: a shorter, smaller number after a number of three digits or more ("Boeing
 * 787-9", "A350-900" is not one) is a model variant, not "đến", and is left to the cardinal
 * reader; short pairs stay ranges, so two numbers never run together ("10-8").
 * @example verbalize "từ 4-6 triệu đồng" → "từ bốn đến sáu triệu đồng"
 */
export const rangeClass: SemioticClass = {
  name: 'range',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\s?[-–—~]\s?\d/,
  verbalize(m, { text, end }) {
    if (isVariant(m[1], m[3])) return undefined;
    // "V.League 1 - 2024/25", "V.League 1-2024/25": a year opening a season after a name's number, not a range's end.
    const season = /^(?:19|20)\d\d$/.test(m[3]) && /^\/\d/.test(text.slice(end, end + 2));
    if (season && (m[2].trim() !== m[2] || m[1].length <= 2)) return undefined;
    return `${readWrittenNumber(m[1])} đến ${readWrittenNumber(m[3])}`;
  },
};

/**
 * A stretch of road between two kilometre marks: "Km 120 - Km 145", "Km 45+300 - Km 47+800"
 * → "… đến …" (a spaced dash elsewhere is a pause). Only the dash is read here; the marks
 * are left to the prefix and number classes.
 * @example verbalize "đoạn Km 120 - Km 145" → "đoạn Km 120 đến Km 145"
 */
export const roadMarkRangeClass: SemioticClass = {
  name: 'road-mark-range',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])((?:Km|KM|km)\s?\d+(?:\+\d+)?)\s?[-–]\s?((?:Km|KM|km)\s?\d+(?:\+\d+)?)(?![\p{L}\p{N}])/gu,
  trigger: /\d\s?[-–]\s?(?:Km|KM|km)\s?\d/,
  verbalize: (m) => `${m[1]} đến ${m[2]}`,
};

/**
 * "từ 6 tháng - 2 tuổi", "từ 10h - 12h": after "từ", a measured number, a spaced dash and
 * another number are the two ends of a span (a spaced dash elsewhere is only a pause).
 * Only the dash is read here; the numbers and units are left to their classes.
 * @example verbalize "Trẻ từ 6 tháng - 2 tuổi" → "Trẻ từ 6 tháng đến 2 tuổi"
 */
export const fromToDashClass: SemioticClass = {
  name: 'from-to-dash',
  needsDigits: true,
  pattern: /(?<![\p{L}])([Tt]ừ\s(?:khoảng\s)?\d[\d.,]*\s?[\p{L}%°²³/]+(?:\s\p{Ll}+)?)\s[-–]\s(?=\d)/gu,
  trigger: /\s[-–]\s\d/,
  verbalize: (m) => `${m[1]} đến `,
};

/**
 * "800 g - 1 kg", "500 ml - 1 lít": two measures of one kind in different units on both
 * sides of a spaced dash are the ends of a span (one unit repeated is read by the measure
 * class). Only the dash is read here; the measures are left to the measure class.
 * @example verbalize "loại 800 g - 1 kg/con" → "loại 800 g đến 1 kg/con"
 */
export const unitSpanDashClass: SemioticClass = {
  name: 'unit-span-dash',
  needsDigits: true,
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}_.,/])(\d[\d.,]*\s?(${UNIT_ALTERNATION}))\s[-–]\s(?=\d[\d.,]*\s?(${UNIT_ALTERNATION})(?![\p{L}\p{N}]))`,
    'gu',
  ),
  trigger: /\d\s?\p{L}+\s[-–]\s\d/u,
  verbalize: (m) => (m[2] !== m[3] && unitKind(m[2]) === unitKind(m[3]) ? `${m[1]} đến ` : undefined),
};

/**
 * The metre offset of a road mark: "Km 12+050" → "Km 12 cộng năm mươi" (metres, so no
 * leading zeros are said), "Km 0+000" → "Km 0" (no offset). The mark is left to the prefix
 * and number classes.
 * @example verbalize "tại Km 12+050" → "tại Km 12 cộng năm mươi"
 */
export const roadMarkOffsetClass: SemioticClass = {
  name: 'road-mark-offset',
  needsDigits: true,
  pattern: /(?<![\p{L}])(Km|KM|km)(\s?\d{1,4})\+(\d{3})(?!\d)/gu,
  trigger: /\d\+\d{3}/,
  verbalize: (m) => `${m[1]}${m[2]}${m[3] === '000' ? '' : ` cộng ${readCardinal(m[3])}`}`,
};

/**
 * A one-to-one session: "học kèm 1-1", "tư vấn 1-1" → "một một" (not the date 1 January).
 * @example verbalize "được học kèm 1-1" → "được học kèm một một"
 */
export const oneToOneClass: SemioticClass = {
  name: 'one-to-one',
  needsDigits: true,
  pattern: /(?<![\p{L}])(kèm|tư vấn|huấn luyện|dạy|hướng dẫn|gặp riêng|trao đổi)\s1\s?[-–]\s?1(?![\d/.,])/gu,
  trigger: /\s1\s?[-–]\s?1/,
  verbalize: (m) => `${m[1]} một một`,
};
