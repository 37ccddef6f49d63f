/**
 * Roman numerals, read as cardinals only where the context asks for a number:
 * "lần thứ VIII" → "lần thứ tám", "thế kỷ XX" → "thế kỷ hai mươi", "khóa XIII".
 * Roman-looking words elsewhere ("MC", "CD", "DI") are left alone.
 */
import { LOWER_ROMAN_BEFORE, ROMAN_BEFORE } from '../data/context-words.js';
import { readCardinal } from './cardinal.js';
import { precededBy } from './context.js';
import { isSyllable } from './syllable.js';
import type { SemioticClass } from './types.js';

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const VALID = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The value of a well-formed Roman numeral, or undefined. */
export function romanValue(s: string): number | undefined {
  if (!s || !VALID.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]];
    const next = VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Reads a Roman numeral as Vietnamese words.
 * @example readRoman('VIII') //=> 'tám'
 */
export function readRoman(s: string): string {
  const v = romanValue(s);
  return v === undefined ? s : readCardinal(String(v));
}

// Not the first letter of a hyphenated name: "hạng V-League" is not "hạng năm".
const PATTERN = /(?=[IVXLC])(?<![\p{L}\p{N}])([IVXLC]+)(?:\s?[-–]\s?([IVXLC]+))?(?![\p{L}\p{N}]|[-–.]\p{L})/gu;

/** @example verbalize "Đại hội lần thứ VIII" → "Đại hội lần thứ tám" */
export const romanClass: SemioticClass = {
  name: 'roman',
  pattern: PATTERN,
  trigger: /(?<![\p{L}\p{N}])[IVXLC]+(?![\p{L}\p{N}])/u,
  verbalize(m, ctx) {
    if (romanValue(m[1]) === undefined || !precededBy(ctx.text, ctx.start, ROMAN_BEFORE)) return undefined;
    // One letter is a numeral only as I, V or X: "hạng C" is a licence class, "hạng III" a grade.
    if (m[1].length === 1 && !/[IVX]/.test(m[1])) return undefined;
    if (m[2]) return romanValue(m[2]) === undefined ? undefined : `${readRoman(m[1])} đến ${readRoman(m[2])}`;
    return readRoman(m[1]);
  },
};

/**
 * A Roman numeral opening a heading: "I. ĐÁNH GIÁ TÌNH HÌNH", "II. Nhiệm vụ" → "một.", "hai."
 * (a lone "I." would otherwise be the letter i). Only at the start, before a capital.
 */
export const headingRomanClass: SemioticClass = {
  name: 'heading-roman',
  pattern: /^([IVX]{1,4})\.(?=[^\S\n]+(\p{Lu}[\p{L}\p{M}]*))/gu,
  trigger: /^[IVX]{1,4}\./,
  verbalize(m) {
    if (romanValue(m[1]) === undefined) return undefined;
    // One letter may be an initial ("V. Putin"): a heading goes on in capitals or in Vietnamese.
    const next = m[2];
    if (m[1].length === 1 && next !== next.toUpperCase() && !isSyllable(next.toLowerCase())) return undefined;
    return `${readRoman(m[1])}.`;
  },
};

/** True for an all-IVX word like "XIII" that reads as a numeral even without context. */
export function isPlainRoman(s: string): boolean {
  return s.length >= 2 && /^[IVX]+$/.test(s) && romanValue(s) !== undefined;
}

/** True for a long numeral such as "MCMLXXV" (four letters or more, with L, C, D or M): a year or a number anywhere. */
export function isLargeRoman(s: string): boolean {
  return s.length >= 4 && /[LCDM]/.test(s) && romanValue(s) !== undefined;
}


/**
 * Roman numerals in lower case after a strong numeral word ("thế kỉ xix", "phụ lục xx"),
 * never a Vietnamese syllable ("xi măng", "vi phạm").
 * @example verbalize "thế kỉ xix" → "thế kỉ mười chín"
 */
const LOWER_WORD_AFTER = /^ ?\p{Ll}/u;

export const lowerRomanClass: SemioticClass = {
  name: 'lower-roman',
  // One letter only for i, v, x ("phụ lục v"); l, c, d, m alone are letters.
  pattern: /(?=[ivxlcdm])(?<![\p{L}\p{N}])(?:[ivxlcdm]{2,}|[ivx])(?![\p{L}\p{N}]|[-–.]\p{L})/gu,
  // Only after one of its words ("thế kỉ xix"): lower-case i, v, x, l, c, d, m runs are everywhere in Vietnamese.
  trigger: new RegExp(`(?:${[...LOWER_ROMAN_BEFORE].join('|')})\\s+(?:[ivxlcdm]{2,}|[ivx])(?![a-z])`, 'i'),
  verbalize(m, ctx) {
    const upper = m[0].toUpperCase();
    if (romanValue(upper) === undefined || !precededBy(ctx.text, ctx.start, LOWER_ROMAN_BEFORE)) return undefined;
    // A syllable ("vi", "xi") is a numeral only where no word goes on after it: "thế kỷ vi," but "điều vi phạm".
    if (isSyllable(m[0]) && LOWER_WORD_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 2))) return undefined;
    return readRoman(upper);
  },
};
