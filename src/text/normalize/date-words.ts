/** How the parts of a date are said: "tháng tư", "mùng hai". */
import { DAY_PREFIX, DAY_PREFIX_MAX, MONTH_EXCEPTIONS } from '../data/numbers.js';
import { readCardinal } from './cardinal.js';
import { wordsBefore } from './context.js';

/**
 * @example readMonth(4) //=> 'tư' (tháng tư)
 * @example readMonth(7) //=> 'bảy'
 */
export function readMonth(month: number): string {
  return MONTH_EXCEPTIONS[month] ?? readCardinal(String(month));
}

/**
 * Days 1–10 take "mùng", unless the text already says mùng/mồng just before `start`.
 * @example readDay(2, 'Sáng 2/9', 5) //=> 'mùng hai'
 */
export function readDay(day: number, text: string, start: number): string {
  const said = wordsBefore(text, start, 1);
  const prefix = day <= DAY_PREFIX_MAX && said !== 'mùng' && said !== 'mồng' ? `${DAY_PREFIX} ` : '';
  return prefix + readCardinal(String(day));
}
