/**
 * Rates and bare units: "đồng/kg" → "đồng một ki lô gam", "đồng/người/tháng" →
 * "đồng một người một tháng", "km/giờ" → "ki lô mét trên giờ", "mỗi ha" → "mỗi héc ta",
 * "lít/100 km" → "lít trên 100 km".
 */
import { NUMBER_WORDS } from '../data/context-words.js';
import { CURRENCY_CODES } from '../data/currency.js';
import { BARE_UNITS, PER_GROUP_WORDS, PER_PERIOD_WORDS, PER_MAGNITUDE_WORDS, PER_TIME_UNITS, PER_VOLUME_TREN, PER_WORDS_TREN, RATE_SHORT_WORDS, RATE_WORDS, SPELLED_UNIT_WORDS, UNITS } from '../data/units.js';
import { toAlternation } from './alternation.js';
import type { SemioticClass } from './types.js';

const RATE_ALT = toAlternation(new Set([...RATE_WORDS, ...BARE_UNITS, ...Object.keys(UNITS)]));
const BARE_ALT = toAlternation(BARE_UNITS);

const PATTERN = new RegExp(
  String.raw`(?=\s?\/|[mMtcb])(?:` +
    // After "/": a unit or counted noun ("/kg", "/người"), a number ("/100 km"), or any word
    // after a currency ("USD/ounce"); the left side is checked in the verbalizer.
    String.raw`\s?\/\s?(?:(${RATE_ALT})(?![\p{L}\p{N}])|(?=\d)|(\p{L}+))` +
    // A bare unit after "mỗi", "trên"…: "mỗi ha".
    String.raw`|(mỗi|Mỗi|trên|một|các|bình quân)\s(${BARE_ALT})(?![\p{L}\p{N}])` +
    ')',
  'gu',
);

const WORD_CHAR = /[\p{L}\p{N}%]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
/** A price's first divisor just before: "đồng/ngày" in "đồng/ngày/tài khoản". */
const CHAINED_AFTER_PRICE = /(?:đồng|USD|VNĐ|VND|nghìn|triệu|tỷ)\s?\/\s?\p{L}+$/u;
/** Currencies after which any word is a unit of sale. */
const CURRENCY_BEFORE = /(?:đồng|USD|VNĐ|VND|đô la|đô la mỹ|đô|euro|ơ rô|yên|yen|tệ|bảng anh|won|uôn|bạt|nghìn|ngàn|triệu)$/;
const INITIAL_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}$/u;
// Not the hemisphere of a position ("độ vĩ nam"): "nam/nữ" is no unit per item.
const UNIT_LAST_WORDS = Object.values(UNITS)
  .filter((v) => !/^độ (?:vĩ|kinh) /.test(v))
  .map((v) => v.split(' ').pop() as string)
  .concat(SPELLED_UNIT_WORDS);
/** A unit already read ("mi li lít", "ki lô gam") before "/túi": per item, "một túi". */
const UNIT_WORD_BEFORE = new RegExp(
  `(?:^|\\s)(?:${[...new Set(UNIT_LAST_WORDS)].join('|')})$`,
  'u',
);
/**
 * "1,91 con/phụ nữ", "5 người/hộ": a one-word counter right after a number, then "/" and a
 * word, is per item ("3 học sinh/sinh viên" is a choice, left alone).
 */
const COUNT_BEFORE = /\d(?:[.,]\d+)?\s\p{Ll}+$/u;
const LOWER_START = /^\p{Ll}/u;
/** "30 học sinh/lớp", "5 bệnh nhân/giường": a two-word counter before a group or place it is shared by. */
const COUNT2_BEFORE = /\d(?:[.,]\d+)?\s\p{Ll}+\s\p{Ll}+$/u;
/** What is counted in a sample: cells, copies, particles, colonies. */
const DENSITY_COUNT_BEFORE = /(?:tế bào|copies|bản sao|hạt|khuẩn lạc|CFU|vi khuẩn|bào tử|trứng)$/u;
/** "500 Wh/kg", "250 kJ/kg": energy per mass is a density, "trên" (a yield "tấn/ha" is per item). */
const ENERGY_WORD_BEFORE = /(?:oát|oát giờ|jun|ca lo)$/u;
const PER_MASS = new Set(['kg', 'g']);
/** "USD/VND", "EUR/USD": a currency pair (exchange rate) reads "trên", not "một". */
const CODE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}{3,4})$/u;
const isCurrencyPair = (unit: string, left: string): boolean =>
  CURRENCY_CODES.has(unit) && CURRENCY_CODES.has(CODE_BEFORE.exec(left)?.[1] ?? '');
/** "4G/5G", "A4/A5": codes of one shape on both sides are options, said with a pause. */
const CODE_LEFT = /(?:^|[^\p{L}\p{N}])\p{Lu}?\d+\p{Lu}*$/u;
const CODE_RIGHT = /^\s?\/\s?\p{Lu}?\d+\p{Lu}*(?![\p{L}\p{N}])/u;

/** @example verbalize "150.000 đồng/kg" → "150.000 đồng một ki lô gam" */
export const rateClass: SemioticClass = {
  name: 'rate',
  pattern: PATTERN,
  trigger: /\/|mỗi|trên|một|các|bình quân/i,
  verbalize(m, { text, start }) {
    // Boundaries are checked here: a lookbehind at every position is slow.
    const before = text[start - 1] ?? '';
    if (m[3]) {
      if (WORD_CHAR.test(before) || m[4] === 'm') return undefined; // "mỗi" starts a word; "mỗi m" is ambiguous
      return `${m[3]} ${UNITS[m[4]] ?? m[4]}`;
    }
    if (!WORD_CHAR.test(before)) return undefined; // "/kg" must follow a word or number
    const unit = m[1] ?? m[2];
    // "K/g" kính gửi; but "vitamin D/ngày" is a dose per day.
    if (INITIAL_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !PER_PERIOD_WORDS.has(unit ?? '')) return undefined;
    if (unit && isCurrencyPair(unit, text.slice(Math.max(0, start - 5), start))) {
      return ` trên ${unit}`;
    }
    if (m[1]) {
      const unit = PER_TIME_UNITS[m[1]] ?? UNITS[m[1]] ?? RATE_SHORT_WORDS[m[1]] ?? m[1];
      // "20.000/mm3": a bare number per unit is a density, "trên"; "đồng/kg", "người/km2" per item, "một".
      // A unit per volume is a concentration, "trên": "0,4 mg/lít" → "mi li gam trên lít" (but "đồng/lít" is a price).
      const left = text.slice(Math.max(0, start - 12), start);
      // A count per volume is a density too ("tế bào/ml", "copies/ml"); only a price per volume is "một".
      const concentration = PER_VOLUME_TREN.has(m[1]) && (UNIT_WORD_BEFORE.test(left) || DENSITY_COUNT_BEFORE.test(left)) && !CURRENCY_BEFORE.test(left);
      // "km/giờ" is a speed, "trên"; a price per hour "23.800 đồng/giờ" is "một giờ".
      const perTime = PER_WORDS_TREN.has(m[1]) && !CURRENCY_BEFORE.test(left);
      const density = concentration || (PER_MASS.has(m[1]) && ENERGY_WORD_BEFORE.test(left));
      const perUnit = perTime || (DIGIT.test(before) && UNITS[m[1]] !== undefined && !RATE_WORDS.has(m[1])) || density;
      return perUnit ? ` trên ${unit}` : ` một ${unit}`;
    }
    if (m[2] && NUMBER_WORDS.has(m[2])) return ` trên ${m[2]}`; // "mm/24h", "trực 24/24h"
    if (m[2]) {
      const before = text.slice(Math.max(0, start - 12), start);
      if (PER_MAGNITUDE_WORDS.has(m[2]) && !CURRENCY_BEFORE.test(before)) return ` trên ${m[2]}`;
      // "20 triệu đồng/ngày/tài khoản": a second divisor of a price is per item too.
      const chained = CHAINED_AFTER_PRICE.test(text.slice(Math.max(0, start - 24), start));
      if (CURRENCY_BEFORE.test(before) || UNIT_WORD_BEFORE.test(before) || chained) return ` một ${RATE_SHORT_WORDS[m[2]] ?? m[2]}`;
      const left = text.slice(Math.max(0, start - 24), start);
      const counted = LOWER_START.test(m[2]) && (COUNT_BEFORE.test(left) || (PER_GROUP_WORDS.has(m[2]) && COUNT2_BEFORE.test(left)));
      return counted ? ` một ${m[2]}` : undefined;
    }
    if (LETTER.test(before) && CODE_LEFT.test(text.slice(Math.max(0, start - 8), start)) && CODE_RIGHT.test(text.slice(start, start + 12))) {
      return ', ';
    }
    return LETTER.test(before) ? ' trên ' : undefined; // "lít/100 km"
  },
};
