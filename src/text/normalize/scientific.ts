/**
 * Scientific notation and powers: "2.5e6" → "hai phẩy năm nhân mười mũ sáu",
 * "3×10^8", "1,6.10⁻¹⁹", "10^6" → "mười mũ sáu". The mantissa's "." or "," is a decimal.
 */
import { MINUS_WORD } from '../data/numbers.js';
import { UNITS } from '../data/units.js';
import { UNIT_ALTERNATION } from './measure.js';
import { readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-',
};
const EXPONENT = (n: string): string => String.raw`(?:\^\s?(?<caret${n}>[-−+]?\d{1,3})|(?<sup${n}>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))`;

const PATTERN = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\p{N}_.,])(?:` +
    // "2.5e6", "1E-9": a mantissa and a power of ten.
    String.raw`(?<m1>\d+(?:[.,]\d+)?)[eE](?<e1>[-+]?\d{1,3})` +
    // "3×10^8", "1,6.10⁻¹⁹": times ten to a power.
    String.raw`|(?<m2>\d+(?:[.,]\d+)?)\s?[x×.*]\s?10${EXPONENT('2')}` +
    // "10^6", "2^10": a power on its own.
    String.raw`|(?<base>\d+)${EXPONENT('3')}` +
    // A unit after it ("3×10^8 m/s") is read here: the number is words by the time units are read.
    String.raw`)(?:\s?(?<unit>${UNIT_ALTERNATION})(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])`,
  'gu',
);

/** Reads an exponent: "-19" → "âm mười chín". */
function readExponent(exponent: string): string {
  const sign = /^[-−]/.test(exponent) ? `${MINUS_WORD} ` : '';
  return sign + readWrittenNumber(exponent.replace(/^[-−+]/, ''));
}

/** A mantissa as printed: "2.5" and "2,5" are both decimals here. */
const readMantissa = (m: string): string => readWrittenNumber(m.replace('.', ','));

/** @example verbalize "2.5e6" → "hai phẩy năm nhân mười mũ sáu" */
export const scientificClass: SemioticClass = {
  name: 'scientific',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d[eE][-+]?\d|\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]/,
  verbalize(m) {
    const g = m.groups ?? {};
    const unit = g.unit ? ` ${UNITS[g.unit]}` : '';
    const sup = g.sup2 ?? g.sup3;
    const power = g.e1 ?? g.caret2 ?? g.caret3 ?? [...(sup ?? '')].map((c) => SUPERSCRIPT[c]).join('');
    const mantissa = g.m1 ?? g.m2;
    if (mantissa) return `${readMantissa(mantissa)} nhân mười mũ ${readExponent(power)}${unit}`;
    return `${readWrittenNumber(g.base as string)} mũ ${readExponent(power)}${unit}`;
  },
};

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Subscript digits in a chemical formula are its digits ("CO₂", "H₂O", "PM₂.₅" → "CO2", "H2O"),
 * left for the code readers ("xê o hai"); the text keeps its letters as printed.
 * @example verbalize "khí CO₂" → "khí CO2"
 */
export const subscriptClass: SemioticClass = {
  name: 'subscript',
  // "PM₂.₅": a subscript decimal keeps its point.
  pattern: /(?<=[\p{L}\p{N})])[₀-₉]+(?:\.[₀-₉]+)?/gu,
  trigger: /[₀-₉]/,
  verbalize: (m) => [...m[0]].map((c) => (c === '.' ? c : String(SUBSCRIPT_DIGITS.indexOf(c)))).join(''),
};
