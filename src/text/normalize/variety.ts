/**
 * Serials printed apart from their letters, after the word that says what they name: crop
 * varieties ("lúa OM5451", "giống lúa IR 50404": an institute code and a serial, said digit by
 * digit, while short serials stay numbers: "ST25", "OM 18") and flights ("chuyến bay VN 7325"),
 * not amounts. A flight number glued to its letters is read by the abbreviation class.
 */
import { FLIGHT_BEFORE, RANGE_AFTER, VARIETY_BEFORE } from '../data/context-words.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { readCardinal, readDigits } from './cardinal.js';
import { wordAfter } from './context.js';
import { readWrittenNumber } from './number.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

const either = (words: ReadonlySet<string>): string =>
  [...words].map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/** A code of two or three capitals and its serial, then the context word at most three words before it. */
const PATTERN = new RegExp(
  String.raw`(?=[A-ZĐ]{2,3}\s?\d{3})(?:(?<=(?:${either(VARIETY_BEFORE)})(?:\s[\p{Ll}\p{M}]+){0,3}\s)([A-ZĐ]{2,3})\s?(\d{4,5})` +
    String.raw`|(?<=(?:${either(FLIGHT_BEFORE)})(?:\s[\p{Ll}\p{M}]+){0,2}\s)([A-Z0-9]{2})\s(\d{3,4}))(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
const YEAR = /^(?:19|20)\d\d$/;
const TRIGGER = new RegExp(`${either(VARIETY_BEFORE)}|${either(FLIGHT_BEFORE)}`, 'u');

/** @example verbalize "Giá lúa IR 50404" → "Giá lúa i e rờ năm không bốn không bốn" */
export const varietyClass: SemioticClass = {
  name: 'variety',
  needsDigits: true,
  pattern: PATTERN,
  trigger: { test: (text: string) => /[A-Z]{2}\s?\d{3}/.test(text) && TRIGGER.test(text) },
  verbalize(m, { text, end }) {
    // "giống bò BBB 1500 con", "lúa … EU 2000 tấn": a unit or a counted noun after it makes an amount.
    if (RANGE_AFTER.has(wordAfter(text, end))) return undefined;
    // "giống cây trồng HTX 2024": a year after a lexicon body is dated, not a serial.
    if (m[1] && YEAR.test(m[2]) && ABBREVIATIONS.get(m[1])?.includes(' ')) return undefined;
    return m[1] ? `${spellLetters(m[1])} ${readDigits(m[2])}` : `${spellLetters(m[3])} ${readDigits(m[4])}`;
  },
};

/**
 * A vulnerability's identifier: "CVE-2024-12345" → "xê vê e hai nghìn không trăm hai mươi tư,
 * một hai ba bốn năm": the year as a year, the serial digit by digit (not an amount, not a range).
 */
export const advisoryIdClass: SemioticClass = {
  name: 'variety',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])(CVE|cve)-((?:19|20)\d\d)-(\d{4,7})(?![\p{L}\p{N}])/gu,
  trigger: /CVE-\d/i,
  verbalize: (m) => `${spellLetters(m[1].toUpperCase())} ${readCardinal(m[2])}, ${readDigits(m[3])}`,
};

/** A tyre size "225/55R19" → "hai trăm hai mươi lăm trên năm mươi lăm e rờ mười chín" (width, profile, rim). */
export const tyreSizeClass: SemioticClass = {
  name: 'variety',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}/])(\d{3})\/(\d{2}) ?(Z?R)(\d{2})(?![\p{L}\p{N}])/gu,
  trigger: /\d\/\d\d ?Z?R\d/,
  verbalize: (m) => `${readCardinal(m[1])} trên ${readCardinal(m[2])} ${spellLetters(m[3])} ${readCardinal(m[4])}`,
};

/** A model's size in parameters: "DeepSeek-V3 có 671B tham số" → "sáu trăm bảy mươi mốt tỷ" (B is billions). */
export const parameterCountClass: SemioticClass = {
  name: 'variety',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}.,])(\d{1,4}(?:[.,]\d)?)B(?= tham số(?![\p{L}]))/gu,
  trigger: /\dB tham số/,
  verbalize: (m) => `${readWrittenNumber(m[1].replace('.', ','))} tỷ`,
};
