/**
 * Clock times: "8h", "8h30", "15g30", "8:30", "8:30:15", and ranges "7h-11h30".
 * "h"/"g" are read "giờ" and minutes get "phút", as VTV/VOV newsreaders do.
 */
import { COLON_RATIO_BEFORE, G_GRAM_AFTER, G_HOUR_AFTER, G_HOUR_BEFORE } from '../data/context-words.js';
import { readCardinal } from './cardinal.js';
import { precededBy, wordAfter } from './context.js';
import { spellLetters } from './spell.js';
import type { MatchContext, SemioticClass } from './types.js';

// The date class has already spoken "5-11": "ngày mùng năm tháng mười một".
const G_DATE_AFTER = /\s+ngày\s+(?:\d|mùng|mồng|[^\s,.]+(?: [^\s,.]+){0,2} tháng)/uy;
const G_RANGE_PREV = /\d{1,2}g(?:\d{2})?\s+(?:đến|tới)\s+$/;

// One minute digit after a lower-case mark: "9h5p", "9h5'", "9h5" ("24H2" is a release code).
// "7:30 AM", "5:30pm": the 12-hour mark is read as the part of the day (meridiem()).
// The second dot only after the first ("a.m."): "8:00 AM." keeps its full stop.
const AMPM = String.raw`(?:\s?(?:[AaPp][Mm]|[AaPp]\.[Mm]\.?)(?![\p{L}]))?`;
// "lúc 8:00 giờ", "14:30 giờ" (official notices): the printed "giờ" is part of the time, said once;
// not "20:30 giờ Việt Nam", "giờ địa phương": there "giờ" is the time zone's.
const ONE = String.raw`(\d{1,2})(?:(h|H|g)(?:(\d{2}|(?<=[hg])\d(?=['p]|[^\p{L}\p{N}]|$))(?:'|p(?![\p{L}]))?)?|:(\d{2})(?::(\d{2}))?(?: giờ(?![\p{L}])(?! (?:\p{Lu}|địa phương|quốc tế)))?)${AMPM}`;
const PATTERN = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\p{N}_.,:])(?:${ONE}(?:\s?[-–]\s?${ONE})?(?![\p{L}\p{N}]|:\d)` +
    // "7-9h": a bare hour before a clock time starts the range; the time itself matches next.
    String.raw`|(\d{1,2})\s?[-–]\s?(?=\d{1,2}[hHg](?![\p{L}]))` +
    // "9 AM", "10pm": an hour with only its 12-hour mark (a spaced lower-case "am" may be a word).
    String.raw`|(\d{1,2})(?:\s?(?:AM|PM|A\.M\.|P\.M\.)|am|pm|a\.m\.|p\.m\.)(?![\p{L}]))`,
  'gu',
);

interface Clock { hour: number; minute?: number; second?: number }

function parse(h: string, sign: string, m1: string, m2: string, s: string, gHour = false): Clock | undefined {
  if (!h) return undefined;
  const hour = Number(h);
  const min = m1 || m2;
  const minute = min ? Number(min) : undefined;
  if (hour > 24 || (minute !== undefined && minute > 59)) return undefined;
  if (sign === 'g' && minute === undefined && !gHour) return undefined; // "5g" is five grams, "5g30" a time
  if (!sign && minute === undefined) return undefined;
  return { hour, minute, second: s ? Number(s) : undefined };
}

/**
 * Reads a clock time.
 * @example readClock({ hour: 6, minute: 15 }) //=> 'sáu giờ mười lăm phút'
 */
export function readClock(c: Clock): string {
  let out = `${readCardinal(String(c.hour))} giờ`;
  if (c.minute) out += ` ${readCardinal(String(c.minute))} phút`;
  if (c.second) out += ` ${readCardinal(String(c.second))} giây`;
  return out;
}

const G_RANGE_NEXT = /\s*(?:đến|tới)\s+\d{1,2}g(?:\d{2})?(?![\p{L}])/uy;

/**
 * A bare "7g" is a clock hour after "lúc", before "sáng"/"ngày"…, or in a "7g-11g" range
 * unless what the range measures is weighed ("từ 5g đến 10g muối").
 */
function isClockG(text: string, start: number, end: number, isRange: boolean): boolean {
  if (precededBy(text, start, G_HOUR_BEFORE) || G_HOUR_AFTER.has(wordAfter(text, end))) return true;
  G_DATE_AFTER.lastIndex = end;
  if (G_DATE_AFTER.test(text)) return true;
  if (isRange || G_RANGE_PREV.test(text.slice(Math.max(0, start - 14), start))) return !G_GRAM_AFTER.has(wordAfter(text, end));
  G_RANGE_NEXT.lastIndex = end; // "từ 7g đến 17g": the second hour vouches for the first
  return G_RANGE_NEXT.test(text) && !G_GRAM_AFTER.has(wordAfter(text, G_RANGE_NEXT.lastIndex));
}

/** "1h30 phút", "8:30:15 giây": the writer printed the last unit, so it is not said twice. */
const UNIT_PRINTED_AFTER = /^\s?(phút|giây)(?![\p{L}])/u;

function withoutPrintedUnit(spoken: string | undefined, text: string, end: number): string | undefined {
  const unit = UNIT_PRINTED_AFTER.exec(text.slice(end, end + 6))?.[1];
  return unit && spoken?.endsWith(` ${unit}`) ? spoken.slice(0, -unit.length - 1) : spoken;
}

/** @example verbalize "Lúc 6h15, xe khách" → "Lúc sáu giờ mười lăm phút, xe khách" */
export const timeClass: SemioticClass = {
  name: 'time',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d[hHg:]|\d\s?[AaPp]\.?[Mm]/,
  verbalize: (m, ctx) => withoutPrintedUnit(readTime(m, ctx), ctx.text, ctx.end),
};

const MERIDIEM = /([AaPp])\.?[Mm]\.?$/;

/** "AM" is sáng; "PM" trưa at 12, chiều before 6, tối after, as a newsreader turns the clock. */
function meridiem(part: string, c: Clock): string {
  const mark = MERIDIEM.exec(part.trim())?.[1]?.toLowerCase();
  if (!mark) return '';
  if (mark === 'a') return ' sáng';
  return c.hour === 12 ? ' trưa' : c.hour < 6 ? ' chiều' : ' tối';
}

/** Reads a clock time or a range of them, or undefined to decline. */
function readTime(m: RegExpExecArray, ctx: MatchContext): string | undefined {
  if (m[11]) return Number(m[11]) <= 24 ? `${readCardinal(m[11])} đến ` : undefined;
  if (m[12]) {
    const hour = { hour: Number(m[12]) };
    return hour.hour >= 1 && hour.hour <= 12 ? readClock(hour) + meridiem(m[0], hour) : undefined;
  }
  // "tỷ lệ 1:10" is a ratio, "tỷ số 2:1" a score, not a clock time.
  if (m[4] && precededBy(ctx.text, ctx.start, COLON_RATIO_BEFORE)) return undefined;
  const gHour = (m[2] === 'g' || m[7] === 'g') && isClockG(ctx.text, ctx.start, ctx.end, !!m[6]);
  const first = parse(m[1], m[2], m[3], m[4], m[5], gHour || (!!m[6] && m[7] === 'g' && !!m[8]));
  if (!first) return undefined;
  const [part1, part2 = ''] = m[0].split(/\s?[-–]\s?/);
  if (!m[6]) return readClock(first) + meridiem(part1, first);
  const second = parse(m[6], m[7] || (m[9] ? '' : 'h'), m[8], m[9], m[10], gHour || m[2] === 'g');
  return second ? `${readClock(first)}${meridiem(part1, first)} đến ${readClock(second)}${meridiem(part2, second)}` : undefined;
}

/**
 * A clock time written with the word "giờ" and two minute digits, as notices print it:
 * "8 giờ 00" → "tám giờ", "08 giờ 00 phút" → "tám giờ", "9 giờ 05" → "chín giờ năm phút"
 * (zero minutes are not said; the digits are never read one by one).
 * @example verbalize "lúc 8 giờ 00 ngày 2/9" → "lúc tám giờ ngày 2/9"
 */
export const wordClockClass: SemioticClass = {
  name: 'word-clock',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}.,])(\d{1,2}) giờ (\d{2})(?: phút)?(?![\p{L}\p{N}]|[.,:]\d)/gu,
  trigger: /\d giờ \d\d/,
  verbalize(m) {
    const [hour, minute] = [Number(m[1]), Number(m[2])];
    return hour <= 24 && minute <= 59 ? readClock({ hour, minute }) : undefined;
  },
};

/**
 * A time zone's offset: "GMT+7" → "giê em tê cộng bảy", "UTC−5" → "u tê xê trừ năm",
 * "UTC+5:30" → "… cộng năm giờ ba mươi phút". The code is spelled, the sign said.
 */
const ZONE = /(?<![\p{L}\p{N}])(GMT|UTC)\s?([+−–-])\s?(\d{1,2})(?::(\d{2}))?(?![\p{L}\p{N}]|[.,]\d)/gu;

/** @example verbalize "(GMT+7)" → "(giê em tê cộng bảy)" */
export const timeZoneClass: SemioticClass = {
  name: 'time',
  needsDigits: true,
  pattern: ZONE,
  trigger: /GMT|UTC/,
  verbalize(m) {
    const sign = m[2] === '+' ? 'cộng' : 'trừ';
    const minutes = m[4] && m[4] !== '00' ? ` giờ ${readCardinal(m[4])} phút` : '';
    return `${spellLetters(m[1])} ${sign} ${readCardinal(m[3])}${minutes}`;
  },
};
