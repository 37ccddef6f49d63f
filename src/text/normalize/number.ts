/**
 * Shared number patterns and readers for every class that speaks a number (decimals,
 * negatives, ranges, amounts). Vietnamese writes "." for thousands and "," for decimals
 * ("1.234,5"); also accepted: thousands grouped by spaces ("12 500"), English grouping in
 * foreign-sourced text when it cannot be a Vietnamese decimal ("3,250,000", "1,123.56").
 * Cardinal rules live in cardinal.ts.
 */
import { DECIMAL_SEPARATOR_WORD, MINUS_WORD } from '../data/numbers.js';
import { readCardinal, readDigits, readNumber } from './cardinal.js';

/** "3,250,000", "1,123.56": English grouping, only where Vietnamese cannot mean a decimal. */
const ENGLISH = String.raw`\d{1,3}(?:,\d{3}){2,}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+(?![\d.])`;
/** "12 500", "1 500 000": thousands separated by single spaces; not before a glued letter ("Core Ultra 9 285K"). */
const SPACED = String.raw`\d{1,3}(?: \d{3})+(?![\d.,]\d|\d|[A-Za-z])`;
/** An integer with "." thousands ("4.857", "3.200.000"), spaced thousands or plain digits ("2024"). */
export const INT = String.raw`\d{1,3}(?:\.\d{3})+(?!\d)|${SPACED}|\d+`;
/** Grouped forms are only tried where a group separator follows one to three digits (most numbers are plain). */
const GROUPED_AHEAD = String.raw`(?=\d{1,3}[,. ]\d{3})`;
/** An integer or a decimal with "," ("5,8", "1.234,5"), or an English-grouped amount. */
export const NUM = String.raw`(?:${GROUPED_AHEAD}(?:${ENGLISH}|(?:\d{1,3}(?:\.\d{3})+(?!\d)|${SPACED})(?:,\d+)?)|\d+(?:,\d+)?)`;
/**
 * Before a unit or currency, a dot followed by one or two digits can only be a decimal
 * written English-style ("1.5%", "2.75 USD"): a thousands group has three digits.
 */
export const MEASURED_NUM = String.raw`(?:\d+\.\d{1,2}(?![\d.,])|${NUM})`;
/** A range separator: hyphen, en dash, em dash or a tilde ("28~32 độ C") with optional spaces. */
export const DASH = String.raw`\s?[-–—~]\s?`;
/**
 * Left boundary: not glued to a letter, digit or a number separator. The cheap lookahead
 * first lets the engine skip non-numeric positions before the costly Unicode lookbehind.
 */
export const NUM_START = String.raw`(?=[-−\d])(?<![\p{L}\p{N}_.,/])`;
/** Right boundary: not followed by more digits or a number separator + digit. */
export const NUM_END = String.raw`(?![\p{N}]|[.,]\d)`;

/**
 * Reads the fractional digits after "phẩy": one or two as a number, digit by digit when
 * they start with 0 or are three or more (newsreaders say "một phẩy hai năm bảy", not
 * "hai trăm năm mươi bảy", as the public NeMo suite does).
 * @example readFraction('35') //=> 'ba mươi lăm'
 * @example readFraction('05') //=> 'không năm'
 * @example readFraction('257') //=> 'hai năm bảy'
 */
export function readFraction(digits: string): string {
  if (digits.length > 2 || digits.startsWith('0')) return readDigits(digits);
  return readCardinal(digits);
}

const DOT_DECIMAL = /^\d+\.\d{1,2}$/;
const ENGLISH_GROUPED = new RegExp(`^(?:${ENGLISH})$`);

/**
 * Reads a written number: integer, "." or space thousands, "," decimal, optional minus;
 * English grouping ("3,250,000", "1,123.56") where it cannot be a Vietnamese decimal.
 * @example readWrittenNumber('5,8') //=> 'năm phẩy tám'
 * @example readWrittenNumber('-2,5') //=> 'âm hai phẩy năm'
 * @example readWrittenNumber('12 500') //=> 'mười hai nghìn năm trăm'
 */
export function readWrittenNumber(written: string): string {
  let s = written.trim();
  let sign = '';
  if (/^[-−–]/.test(s)) {
    sign = `${MINUS_WORD} `;
    s = s.slice(1);
  }
  if (ENGLISH_GROUPED.test(s)) s = s.replace(/,/g, '').replace('.', ',');
  else if (DOT_DECIMAL.test(s)) s = s.replace('.', ',');
  const comma = s.indexOf(',');
  if (comma < 0) return sign + readNumber(s);
  const intPart = s.slice(0, comma).replace(/[.\s]/g, '');
  return `${sign}${readCardinal(intPart)} ${DECIMAL_SEPARATOR_WORD} ${readFraction(s.slice(comma + 1))}`;
}
