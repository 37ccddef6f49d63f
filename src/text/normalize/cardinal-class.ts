/**
 * The catch-all number class: integers, "." thousands, "," decimals, negatives, and
 * version-like dotted numbers ("4.0" → "bốn chấm không").
 */
import { readDigits, readNumber } from './cardinal.js';
import { NUM, NUM_END, NUM_START, readWrittenNumber } from './number.js';
import { wordAfter } from './context.js';
import type { SemioticClass } from './types.js';

/** Words after which a dotted "1.5" is a decimal (a magnitude or a currency), not a version. */
const DECIMAL_CONTEXT: ReadonlySet<string> = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'usd', 'đồng', 'đô', 'euro', 'điểm', 'lần']);

const PADDED_COUNT = /^0[1-9]$/;
/** Nine or more digits with no thousands dots: a code, unless money follows. */
const LONG_CODE = /^\d{9,}$/;
const AMOUNT_AFTER: ReadonlySet<string> = new Set(['đồng', 'usd', 'đô', 'vnđ', 'vnd', 'euro', 'yên', 'tệ', 'người', 'lượt']);
const LOWER = /\p{Ll}/u;
/** After a name like "Đề án 06" the next word is a function word, not a counted noun. */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  'của', 'về', 'là', 'đã', 'được', 'và', 'tại', 'ở', 'theo', 'với', 'này', 'do', 'cho', 'có', 'năm', 'sẽ', 'đang',
]);
const isCountedNoun = (text: string, end: number): boolean => text[end] === ' ' && !NOT_COUNTED.has(wordAfter(text, end));

const PATTERN = new RegExp(
  [
    String.raw`${NUM_START}((?:(?<=^|[\s(])[-−])?${NUM})${NUM_END}`,
    String.raw`${NUM_START}(\d+(?:\.\d+)+)(?![\p{N}])`,
  ].join('|'),
  'gu',
);

/** @example verbalize "có 4.857 đảng viên" → "có bốn nghìn tám trăm năm mươi bảy đảng viên" */
export const cardinalClass: SemioticClass = {
  name: 'cardinal',
  pattern: PATTERN,
  trigger: /\d/,
  verbalize(m, ctx) {
    // Police and court reports pad counts: "thu giữ 02 xe máy, 01 điện thoại" → "hai", "một".
    if (m[1] && PADDED_COUNT.test(m[1]) && LOWER.test(ctx.text[ctx.end + 1] ?? '') && isCountedNoun(ctx.text, ctx.end)) {
      return readNumber(m[1].slice(1));
    }
    // Tax codes, account and ID numbers are printed without separators: read digit by digit.
    if (m[1] && LONG_CODE.test(m[1]) && !AMOUNT_AFTER.has(wordAfter(ctx.text, ctx.end))) return readDigits(m[1]);
    if (m[1]) return readWrittenNumber(m[1]);
    // "1.5 triệu" is an English-style decimal; "4.0" (a version) is read with "chấm".
    if (/^\d+\.\d{1,2}$/.test(m[2]) && DECIMAL_CONTEXT.has(wordAfter(ctx.text, ctx.end))) return readWrittenNumber(m[2]);
    return m[2].split('.').map(readNumber).join(' chấm ');
  },
};

/**
 * Last resort for digits glued to letters that no class could place ("Sáng100", "km20"):
 * read them as a number (digit by digit when long), so no digit ever reaches the engine.
 * @example verbalize "x2020" → "x hai nghìn không trăm hai mươi"
 */
export const leftoverDigitsClass: SemioticClass = {
  name: 'leftover-digits',
  pattern: /\d+/g,
  trigger: /\d/,
  verbalize: (m) => ` ${m[0].length > 15 ? readDigits(m[0]) : readNumber(m[0])} `,
};
