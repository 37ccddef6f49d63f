/**
 * Durations and glued time units: "2p15s" → "hai phút mười lăm giây", "9h2m2s",
 * "12h24p30s", race splits "10:15 phút" → "mười phút mười lăm giây", "45p" → "bốn mươi
 * lăm phút", "30s" → "ba mươi giây", swimming times "1:54.32" → "một phút năm mươi tư giây
 * ba mươi hai", lap times "1:32.456" (thousandths digit by digit). Clock times ("6h15") are read by the time class.
 */
import { CLOCK_MINUTES_BEFORE, COLON_RATIO_BEFORE, G_HOUR_AFTER, PRODUCT_LINE_BEFORE, RACE_TIME_BEFORE, VIDEO_RESOLUTIONS } from '../data/context-words.js';
import { readCardinal, readNumber } from './cardinal.js';
import { precededBy, wordAfter, wordsBefore } from './context.js';
import { readFraction, readWrittenNumber } from './number.js';
import { readClock } from './time.js';
import type { MatchContext, SemioticClass } from './types.js';

const PATTERN = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\p{N}_.,:])(?:` +
    // "26"15", "1'54"32": a swimming or sprint time, hundredths after the seconds mark.
    String.raw`(?:(?<qm>\d{1,2})['’])?(?<qs>\d{1,2})["”](?<qc>\d{1,2})|` +
    // "9h2m2s", "12h24p30s", "2p15s", "3p20s": hours, minutes and seconds glued.
    String.raw`(?:(?<h>\d{1,3})[hg])?(?<m>\d{1,3})(?:ph|p|m|')(?<s>\d{1,2})(?:s|")` +
    String.raw`|(?<h2>\d{1,3})[hg](?<m2>\d{1,2})m` +
    // "12:00:00 giây", "2:08:15 giờ": hours, minutes and seconds with the printed unit, said once.
    String.raw`|(?<uh>\d{1,2}):(?<um>[0-5]\d):(?<us>[0-5]\d)\s(?:giây|phút|giờ(?! (?:\p{Lu}|địa phương|quốc tế)))(?![\p{L}])` +
    // "10:15 phút", "3:05 phút": minutes and seconds of a race or a match clock.
    String.raw`|(?<mm>\d{1,3}):(?<ss>[0-5]\d)\s(?:phút)` +
    // "1:54.32", "2:05,18": a swimming or running time, hundredths after the seconds; a
    // lap time keeps thousandths, said digit by digit like any long decimal ("1:32.456").
    String.raw`|(?<rh>\d{1,2}:)?(?<rm>\d{1,2}):(?<rs>[0-5]\d)[.,](?<rc>\d{1,3})(?![\p{N}])` +
    // "thời gian 34:07", "về đích sau 2:08:15": a race time (see raceTime).
    String.raw`|(?<th>\d{1,2}:)?(?<tm>\d{1,3}):(?<ts>[0-5]\d)(?![.,]\d)` +
    // "90+3'", "90'+4": a minute of added time.
    String.raw`|(?<base>\d{2,3})(?:\+(?<extra>\d{1,2})['’]|['’]\+(?<extra2>\d{1,2}))(?=[\s,.;:)!?]|$)` +
    // "90'", "45’": minutes in match reports and exam rules.
    String.raw`|(?<apostrophe>\d{1,3})['’](?=[\s,.;:)!?]|$)` +
    // "45p", "90ph", "30s": one unit glued to its number.
    String.raw`|(?<only>\d{1,4}(?:,\d{1,3}|\.\d{1,3}(?=s))?)(?<unit>ph|p|s)` +
    String.raw`)(?![\p{L}\p{N}]|[.,:]\d)`,
  'gu',
);

const part = (value: string | undefined, word: string): string =>
  value === undefined || Number(value) === 0 ? '' : `${readCardinal(value)} ${word}`;

const join = (...parts: string[]): string => parts.filter(Boolean).join(' ');

/** "10:15 phút" of a race, or "lúc 10:30 phút" of the clock (the printed "phút" is said once). */
function minutesAndSeconds(mm: string, ss: string, ctx: MatchContext): string {
  const after = wordAfter(ctx.text, ctx.end);
  const clock = Number(mm) <= 23 && (precededBy(ctx.text, ctx.start, CLOCK_MINUTES_BEFORE) || G_HOUR_AFTER.has(after) || after === 'ngày');
  return clock ? readClock({ hour: Number(mm), minute: Number(ss) }) : join(`${readCardinal(mm)} phút`, part(ss, 'giây'));
}

/** @example verbalize "2p15s" → "hai phút mười lăm giây" */
export const durationClass: SemioticClass = {
  name: 'duration',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d(?:ph|p|s|m|h|g|'|"|”)\d|\d:\d\d|\d(?:ph|p|s)(?![\p{L}\p{N}])|\d['’]/u,
  verbalize(m, ctx) {
    const g = m.groups ?? {};
    if (g.qs !== undefined) return join(part(g.qm, 'phút'), `${readCardinal(g.qs)} giây`, readNumber(g.qc as string));
    if (g.m !== undefined) return join(part(g.h, 'giờ'), part(g.m, 'phút'), part(g.s, 'giây')) || `${readCardinal(g.m)} phút`;
    if (g.h2 !== undefined) return join(part(g.h2, 'giờ'), part(g.m2, 'phút')) || `${readCardinal(g.h2)} giờ`;
    if (g.uh !== undefined) return join(part(g.uh, 'giờ'), part(g.um, 'phút'), part(g.us, 'giây')) || 'không giây';
    if (g.mm !== undefined) return minutesAndSeconds(g.mm, g.ss as string, ctx);
    if (g.rm !== undefined) return lapTime(g.rh?.slice(0, -1), g.rm, g.rs as string, g.rc as string, ctx);
    if (g.tm !== undefined) return raceTime(g.th, g.tm, g.ts as string, ctx);
    if (g.apostrophe !== undefined) return matchMinute(g.apostrophe, ctx);
    if (g.base !== undefined) return addedTime(g.base, (g.extra ?? g.extra2) as string, ctx);
    return gluedUnit(g.only as string, g.unit as string, ctx);
  },
};

/**
 * "1:54.32" → "một phút năm mươi tư giây ba mươi hai", a race of hours "1:30:45.123"; thousandths are a lap time, but a
 * map scale groups thousands ("tỷ lệ 1:25.000", "bản đồ 1:50.000"): left to the ratio class.
 */
function lapTime(h: string | undefined, m: string, s: string, fraction: string, ctx: MatchContext): string | undefined {
  if (fraction.length === 3 && (fraction === '000' || precededBy(ctx.text, ctx.start, COLON_RATIO_BEFORE))) return undefined;
  if (h !== undefined && Number(m) > 59) return undefined;
  const seconds = `${readCardinal(m)} phút ${readCardinal(s)} giây ${readFraction(fraction)}`;
  return h === undefined ? seconds : `${readCardinal(h)} giờ ${seconds}`;
}

/**
 * "45p", "30s": minutes and seconds, but "1080p" is a video resolution and "iPhone 6s" a
 * model (left to the code reader: "một nghìn không trăm tám mươi pê", "sáu ét").
 */
function gluedUnit(n: string, unit: string, ctx: MatchContext): string | undefined {
  if (unit === 'p' && VIDEO_RESOLUTIONS.has(n)) return undefined;
  if (unit === 's' && precededBy(ctx.text, ctx.start, PRODUCT_LINE_BEFORE)) return undefined;
  // "thập niên 1990s": an English plural of a decade, the year itself.
  if (unit === 's' && /^(?:1[5-9]|20)\d0$/.test(n)) return readCardinal(n);
  // "+5.234s": a gap in seconds printed the English way, a decimal (no one counts 5.234 seconds).
  return `${readWrittenNumber(n.replace('.', ','))} ${unit === 's' ? 'giây' : 'phút'}`;
}

/**
 * "34:07" is minutes and seconds when no clock has 34 hours, or after a race word ("thời
 * gian 14:05", "về đích sau 2:08:15"); otherwise the time class reads it as a clock.
 */
function raceTime(h: string | undefined, m: string, s: string, ctx: MatchContext): string | undefined {
  if (precededBy(ctx.text, ctx.start, COLON_RATIO_BEFORE)) return undefined; // "tỷ lệ 30:45"
  const hours = h?.slice(0, -1);
  // "5:30/km": a runner's pace is minutes and seconds per distance, never a clock.
  const pace = hours === undefined && PACE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 8));
  if (!pace && !precededBy(ctx.text, ctx.start, RACE_TIME_BEFORE) && (hours !== undefined || Number(m) <= 24)) return undefined;
  if (hours === undefined) return join(`${readCardinal(m)} phút`, part(s, 'giây'));
  if (Number(m) > 59) return undefined;
  return join(`${readCardinal(hours)} giờ`, part(m, 'phút'), part(s, 'giây'));
}

const PACE_AFTER = /^\/ ?(?:km|dặm|mile|100 ?m)(?![\p{L}])/u;
/** "(12', 78')": the first of a list of minutes is a minute of play too. */
const MINUTE_LIST_AFTER = /^,\s?\d{1,3}(?:\+\d{1,2})?['’]/;
/** Goals and cards make a list of marks minutes of play ("cú đúp (12', 78')"; "kéo dài 90', 15' đọc đề" are lengths). */
const GOAL_WORDS = /(?:bàn|ghi|lập công|cú đúp|hat-trick|thẻ)(?![\p{L}])/iu;

/** A name or another minute mark right before: "Xuân Son 12'", "(Quang Hải 34')", "12', 67'". */
// A capitalised word that opens the sentence is no name ("Thêm 7' bù giờ").
// A name may hold an apostrophe or a hyphen: "O'Neill 23'", "K'Brăk", "Mac-Allister".
const SCORER_BEFORE = /(?:\S \p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{Lu}[\p{Ll}\p{M}]*)*|\d['’]),? ?\(?$/u;

/**
 * "90'" alone is a length ("chín mươi phút"); in a match report it is the minute of play:
 * after "phút" the word is not said twice ("phút 67'" → "phút sáu mươi bảy"), and after a
 * scorer's name or in a list of minutes it is "phút mười hai" ("Xuân Son 12', 67'").
 */
function matchMinute(minute: string, ctx: MatchContext): string {
  if (afterMinuteWord(ctx)) return readCardinal(minute);
  const listed = MINUTE_LIST_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10)) && GOAL_WORDS.test(ctx.text.slice(0, ctx.start));
  if (listed || SCORER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start))) return `phút ${readCardinal(minute)}`;
  return `${readCardinal(minute)} phút`;
}

const afterMinuteWord = (ctx: MatchContext): boolean =>
  wordsBefore(ctx.text, ctx.start, 1) === 'phút' || wordsBefore(ctx.text, ctx.start, 2) === 'phút thứ';

/** "phút 90+3'" → "phút chín mươi cộng ba"; alone "45+2'" is still a minute of play. */
function addedTime(base: string, extra: string, ctx: MatchContext): string {
  const minute = `${readCardinal(base)} cộng ${readCardinal(extra)}`;
  return afterMinuteWord(ctx) ? minute : `phút ${minute}`;
}
