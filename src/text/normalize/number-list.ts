/**
 * Lists of numbers joined by dashes, as lottery results and drawn numbers are printed
 * ("05-12-23-34-40-45"): each number said on its own, with a pause, never as a range
 * ("không năm đến mười hai") or a date. Four numbers or more, or three that cannot be a date
 * ("86-62-92", "201-202-203"): "3-4-3" is a formation (score.ts), "2-3" a range or a score.
 */
import { readNumber } from './cardinal.js';
import type { SemioticClass } from './types.js';

const PATTERN = /(?=\d)(?<![\p{L}\p{N}_.,/\-–])(?:\d{1,2}(?:\s?[-–]\s?\d{1,2}){3,}|(?<three>\d{1,4}(?:\s?[-–]\s?\d{1,4}){2}))(?![\p{N}]|\s?[-–.,/]\s?\d)/gu;

/** "86-62-92" (measurements), "phòng 201-202-203", "Quốc lộ 1-14-19": three numbers that cannot be a date. */
// A date's year has two or four digits: "3-5-7", "01-2-345" cannot be one.
const isDate = (parts: readonly string[]): boolean =>
  Number(parts[0]) <= 31 && Number(parts[1]) <= 12 && (parts[2].length === 2 || parts[2].length === 4);

/** @example verbalize "dãy số 05-12-23-34" → "dãy số không năm, mười hai, hai mươi ba, ba mươi tư" */
export const numberListClass: SemioticClass = {
  name: 'number-list',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\s?[-–]\s?\d{1,4}\s?[-–]\s?\d/,
  // "05" keeps its zero, as the drawn ball is announced.
  verbalize(m) {
    const parts = m[0].split(/\s?[-–]\s?/);
    if (m.groups?.three && isDate(parts)) return undefined;
    return parts.map(readNumber).join(', ');
  },
};
