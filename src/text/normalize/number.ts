/**
 * Shared number patterns and readers for every class that speaks a number
 * (decimals, negatives, ranges). Cardinal rules live in cardinal.ts.
 */
import { DECIMAL_SEPARATOR_WORD, MINUS_WORD } from '../data/numbers.js';
import { readCardinal, readDigits, readNumber } from './cardinal.js';

/** An integer with "." thousands ("4.857", "3.200.000") or plain digits ("2024"). */
export const INT = String.raw`\d{1,3}(?:\.\d{3})+(?!\d)|\d+`;
/** An integer or a decimal with "," ("5,8", "1.234,5"). */
export const NUM = String.raw`(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,\d+)?`;
/**
 * Before a unit or currency, a dot followed by one or two digits can only be a decimal
 * written English-style ("1.5%", "2.75 USD"): a thousands group has three digits.
 */
export const MEASURED_NUM = String.raw`(?:\d+\.\d{1,2}(?![\d.,])|${NUM})`;
/** A range separator: hyphen, en dash or em dash with optional spaces. */
export const DASH = String.raw`\s?[-–—]\s?`;
/**
 * Left boundary: not glued to a letter, digit or a number separator. The cheap lookahead
 * first lets the engine skip non-numeric positions before the costly Unicode lookbehind.
 */
export const NUM_START = String.raw`(?=[-−\d])(?<![\p{L}\p{N}_.,/])`;
/** Right boundary: not followed by more digits or a number separator + digit. */
export const NUM_END = String.raw`(?![\p{N}]|[.,]\d)`;

/**
 * Reads the fractional digits after "phẩy": as a number, or digit by digit when they start
 * with 0 or are long.
 * @example readFraction('35') //=> 'ba mươi lăm'
 * @example readFraction('05') //=> 'không năm'
 */
export function readFraction(digits: string): string {
  if (digits.length > 3 || digits.startsWith('0')) return readDigits(digits);
  return readCardinal(digits);
}

const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

/**
 * Reads a written Vietnamese number: integer, "." thousands, "," decimal, optional minus.
 * @example readWrittenNumber('5,8') //=> 'năm phẩy tám'
 * @example readWrittenNumber('-2,5') //=> 'âm hai phẩy năm'
 */
export function readWrittenNumber(written: string): string {
  let s = written.trim();
  let sign = '';
  if (/^[-−–]/.test(s)) {
    sign = MINUS_WORD + ' ';
    s = s.slice(1);
  }
  if (DOT_DECIMAL.test(s)) s = s.replace('.', ',');
  const comma = s.indexOf(',');
  if (comma < 0) return sign + readNumber(s);
  const intPart = s.slice(0, comma).replace(/\./g, '');
  return `${sign}${readCardinal(intPart)} ${DECIMAL_SEPARATOR_WORD} ${readFraction(s.slice(comma + 1))}`;
}
