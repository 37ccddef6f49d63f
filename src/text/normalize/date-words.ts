/** How the parts of a date are said: "tháng tư", "mùng hai". */
import { DAY_PREFIX, DAY_PREFIX_MAX, MONTH_EXCEPTIONS } from '../data/numbers.js';
import { readCardinal } from './cardinal.js';
import { DATE_NAME_BEFORE, NOT_DATE_NAME } from '../data/context-words.js';
import { precededBy, wordsBefore } from './context.js';

/**
 * @example readMonth(4) //=> 'tư' (tháng tư)
 * @example readMonth(7) //=> 'bảy'
 */
export function readMonth(month: number): string {
  return MONTH_EXCEPTIONS[month] ?? readCardinal(String(month));
}

/**
 * Days 1–10 take "mùng", unless the text already says mùng/mồng just before `start` or
 * the date names a street or a place ("đường 3/2" is đường Ba Tháng Hai).
 * @example readDay(2, 'Sáng 2/9', 5) //=> 'mùng hai'
 */
export function readDay(day: number, text: string, start: number): string {
  const said = wordsBefore(text, start, 1);
  const named = said === 'mùng' || said === 'mồng' || isDateName(text, start);
  const prefix = day <= DAY_PREFIX_MAX && !named ? `${DAY_PREFIX} ` : '';
  return prefix + readCardinal(String(day));
}

/** A date naming a street or a place: "đường 3/2", "Quảng trường 2/9" (not "quãng đường 2/3"). */
export function isDateName(text: string, start: number): boolean {
  return precededBy(text, start, DATE_NAME_BEFORE) && !NOT_DATE_NAME.has(wordsBefore(text, start, 2));
}
