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

/** A sentence about a draw: "Kết quả Power 6/55: 03 15 22 38 41 50", "bộ số 05 12 19 27 33". */
const DRAW_WORDS = /(?:xổ số|vietlott|mega|power|jackpot|keno|bộ số|dãy số|quay số|mở thưởng)/iu;
const SPACED_DRAW = /(?<![\p{L}\p{N}_.,/])\d{2}(?: \d{2}){4,}(?![\p{N}]|[.,]\d)/gu;

/**
 * Drawn numbers printed with spaces only, in a sentence about a draw: balls of two digits, five
 * or more, going up and no larger than 80 (Keno's top ball), each said on its own with a pause.
 * @example verbalize "Kết quả Mega 6/45: 05 12 19 27 33 41" → "…: không năm, mười hai, mười chín, …"
 */
export const spacedDrawClass: SemioticClass = {
  name: 'spaced-draw',
  needsDigits: true,
  pattern: SPACED_DRAW,
  trigger: { test: (text: string) => /\d\d \d\d \d\d/.test(text) && DRAW_WORDS.test(text) },
  verbalize(m) {
    const parts = m[0].split(' ');
    const rising = parts.every((p, i) => Number(p) <= 80 && (i === 0 || Number(p) > Number(parts[i - 1])));
    return rising ? parts.map(readNumber).join(', ') : undefined;
  },
};
