/**
 * The last-resort pass: after every rule, whatever is still not a word gets a fixed spoken
 * form, so nothing unspeakable ("M.", "₫", "x", "%", "XKCD") reaches an engine. Each of these
 * readings is a fallback (`fallback: true`): the front end reports the token, so an editor
 * can add a lexicon entry. Tables: data/letters.ts, data/currency.ts, data/symbols.ts.
 */
import { CURRENCY_SYMBOLS } from '../data/currency.js';
import { GREEK_LETTER_NAMES } from '../data/letters.js';
import { PROSODY_PUNCTUATION, SYMBOL_NAMES } from '../data/symbols.js';
import { readDigits, readNumber } from './cardinal.js';
import { readLetters } from './letters.js';
import { isForeignWord } from './lexicon.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

/**
 * Digits glued to letters that no class could place ("Sáng100", "km20"): read as a number
 * (digit by digit when long).
 * @example verbalize "x2020" → "x hai nghìn không trăm hai mươi"
 */
export const leftoverDigitsClass: SemioticClass = {
  name: 'leftover-digits',
  needsDigits: true,
  pattern: /\d+/g,
  trigger: /\d/,
  fallback: true,
  verbalize: (m) => ` ${m[0].length > 15 ? readDigits(m[0]) : readNumber(m[0])} `,
};

/**
 * An acronym no lexicon entry and no rule knows ("XKCD", "SJC"): spelled with Vietnamese
 * letter names.
 * @example verbalize "Giá vàng SJC tăng" → "Giá vàng ét gi xê tăng"
 */
export const unknownAcronymClass: SemioticClass = {
  name: 'unknown-acronym',
  pattern: /(?=[A-ZĐ\u00C0-\u00DE\u1EA0-\u1EF8])(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,}(?![\p{L}\p{M}\p{N}])/gu,
  trigger: /[A-ZĐ]{2}/,
  fallback: true,
  // A foreign word left as written ("ASEAN", "SEA Games": data/respellings.ts) is not spelled.
  verbalize: (m, ctx) => (isForeignWord(ctx.text, ctx.start, ctx.end) ? undefined : spellLetters(m[0])),
};

/** A single consonant letter still standing alone ("trục x", a stray "M."), by its name. */
export const strayLetterClass: SemioticClass = {
  name: 'stray-letter',
  // Not part of a name joined by an apostrophe: "Cư M'gar", "H'Mông".
  pattern: /(?=[B-DF-HJ-NP-TVWXZĐb-df-hj-np-tvwxzđ])(?<![\p{L}\p{M}\p{N}]|\p{L}['’])[B-DF-HJ-NP-TVWXZĐb-df-hj-np-tvwxzđ](?![\p{L}\p{M}\p{N}]|['’]\p{L})/gu,
  // The spoken text is tidy by now: a lone letter stands between spaces or punctuation.
  trigger: /(?:^|[ (“"‘'])[B-DF-HJ-NP-TVWXZĐb-df-hj-np-tvwxzđ](?:$|[ ,.;:!?)”"’'])/,
  fallback: true,
  verbalize: (m, ctx) => (isForeignWord(ctx.text, ctx.start, ctx.end) ? undefined : readLetters(m[0])), // not the V of "V-League"
};

const escapeForClass = (s: string): string => s.replace(/[\]\\^-]/g, '\\$&');
/** Anything that is neither a Latin letter, a mark, a space nor prosody punctuation. */
// Emoji variation selectors and the keycap mark are marks too, but only dress an emoji ("❤️").
const UNSPEAKABLE = new RegExp(String.raw`(?:[^\p{Script=Latin}\p{M}\s${escapeForClass(PROSODY_PUNCTUATION)}]|[\uFE00-\uFE0F\u20E3])+`, 'gu');

/** Any character outside ASCII text and the Latin letter blocks, or an ASCII symbol or digit. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are listed on purpose (NFD text that slipped through)
const SUSPECT = /[^\x20-\x7E\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF…“”‘’«»–—]|[#$%&*+/<=>@[\\\]^_`{|}~\d]/;

/** Says a run of symbols or letters of another script, one by one; '' drops it. */
function readSymbols(run: string): string {
  const words: string[] = [];
  for (const ch of run) {
    const name = GREEK_LETTER_NAMES[ch] ?? CURRENCY_SYMBOLS[ch] ?? SYMBOL_NAMES[ch];
    if (name) words.push(name);
  }
  return words.length ? ` ${words.join(' ')} ` : ' ';
}

/**
 * Symbols and letters of other scripts that no rule read ("₭", "©", "中文", an emoji): the
 * symbols by name (data/symbols.ts), Greek letters by name, anything else dropped.
 */
export const unknownSymbolClass: SemioticClass = {
  name: 'unknown-symbol',
  pattern: UNSPEAKABLE,
  // A cheap scan first: nearly every sentence is only Latin letters, spaces and punctuation.
  trigger: { test: (text: string) => SUSPECT.test(text) },
  fallback: true,
  verbalize: (m) => readSymbols(m[0]),
};

/** The last-resort classes, run after the symbol pass, in this order. */
export const FALLBACK_CLASSES: readonly SemioticClass[] = [unknownAcronymClass, strayLetterClass, unknownSymbolClass];
