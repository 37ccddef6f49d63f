/**
 * Sentence → speakable Vietnamese. One ordered list of semiotic classes (after NeMo's
 * tokenize-and-classify priorities): each class tags its spans and verbalizes them, then
 * the next class sees the result. Order matters and is explained next to each entry.
 */
import type { Lexicon } from '../types.js';
import { cleanUnicode } from '../unicode.js';
import { abbreviationClass } from './abbreviation.js';
import { cardinalClass, leftoverDigitsClass } from './cardinal-class.js';
import { dateClass } from './date.js';
import { documentClass } from './document.js';
import { fractionClass } from './fraction.js';
import { phraseClass, siteLexiconClass } from './lexicon.js';
import { measureClass } from './measure.js';
import { moneyClass } from './money.js';
import { ordinalClass } from './ordinal.js';
import { phoneClass } from './phone.js';
import { plateClass } from './plate.js';
import { multiplyClass } from './multiply.js';
import { rangeClass } from './range.js';
import { rateClass } from './rate.js';
import { romanClass } from './roman.js';
import { cleanSymbols } from './symbols.js';
import { timeClass } from './time.js';
import { applyClass, type SemioticClass } from './types.js';
import { urlClass } from './url.js';

/** The built-in classes in priority order (the site lexicon runs before all of them). */
export const CLASSES: readonly SemioticClass[] = [
  urlClass, // addresses first: their dots and digits must not look like numbers
  phoneClass, // "0905 123 456" before cardinals split it
  plateClass, // "81B-123.45" before dates and ranges read its dash
  documentClass, // "100/2019/NĐ-CP" before dates, fractions and abbreviations take pieces
  phraseClass, // multi-word entries ("SEA Games", "TP. HCM") before single tokens
  dateClass, // "20-7", "15/3/2024", "tháng 5-2023", "quý I/2025" before ranges and fractions
  timeClass, // "6h15", "8:30"
  romanClass, // "lần thứ VIII" before the acronym speller sees "VIII"
  multiplyClass, // "2x600 MW": the unit must still follow a number
  measureClass, // "7 km", "95%", "−5°C" before units are spelled as acronyms ("MW")
  moneyClass, // "$5", "50.000đ", "5tr"
  rateClass, // "/kg", "/người", "mỗi ha"
  abbreviationClass, // "UBND", "QL14", "U23", unknown acronyms spelled
  ordinalClass, // "thứ 1" → "thứ nhất"
  rangeClass, // "2020-2025", "50-75", scores
  fractionClass, // "2/3", "9/9", "24/7"
  cardinalClass, // everything numeric that is left
  leftoverDigitsClass, // digits glued to letters, so none reaches the engine
];

export interface NormalizeOptions {
  /** Site lexicon (word → pronunciation), applied before the built-in rules. */
  lexicon?: Lexicon;
}

/**
 * Turns one sentence into the words a Vietnamese newsreader would say; punctuation that
 * shapes prosody (commas, periods) is kept, case is kept.
 * @example normalizeSentence('Sáng 20-7, UBND tỉnh họp.') //=> 'Sáng hai mươi tháng bảy, ủy ban nhân dân tỉnh họp.'
 */
export function normalizeSentence(sentence: string, options: NormalizeOptions = {}): string {
  let text = cleanUnicode(sentence).replace(/\n+/g, ' ');
  const site = options.lexicon ? siteLexiconClass(options.lexicon) : undefined;
  if (site) text = applyClass(text, site);
  for (const cls of CLASSES) text = applyClass(text, cls);
  return cleanSymbols(text);
}
