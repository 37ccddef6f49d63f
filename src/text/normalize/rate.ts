/**
 * Rates and bare units: "đồng/kg" → "đồng một ki lô gam", "đồng/người/tháng" →
 * "đồng một người một tháng", "km/giờ" → "ki lô mét trên giờ", "mỗi ha" → "mỗi héc ta",
 * "lít/100 km" → "lít trên 100 km".
 */
import { BARE_UNITS, PER_WORDS_TREN, RATE_WORDS, UNITS } from '../data/units.js';
import type { SemioticClass } from './types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const RATE_ALT = [...new Set([...RATE_WORDS, ...BARE_UNITS])].sort(byLength).map(escape).join('|');
const BARE_ALT = [...BARE_UNITS].sort(byLength).map(escape).join('|');

const PATTERN = new RegExp(
  [
    String.raw`\s?\/\s?(${RATE_ALT})(?![\p{L}\p{N}])`,
    String.raw`(mỗi|Mỗi|trên|một|các|bình quân)\s(${BARE_ALT})(?![\p{L}\p{N}])`,
    // "6 lít/100 km": a slash before a number is "trên".
    String.raw`(\s?\/\s?)(?=\d)`,
    // After a currency any word is a unit of sale: "USD/ounce", "đồng/bao".
    String.raw`(?<=đồng|USD|VNĐ|VND|đô la|đô|euro|yên|tệ)\s?\/\s?(\p{L}+)`,
  ].join('|'),
  'gu',
);

const WORD_CHAR = /[\p{L}\p{N}%]/u;
const LETTER = /\p{L}/u;

/** @example verbalize "150.000 đồng/kg" → "150.000 đồng một ki lô gam" */
export const rateClass: SemioticClass = {
  name: 'rate',
  pattern: PATTERN,
  trigger: /\/|mỗi|trên|một|các|bình quân/i,
  verbalize(m, { text, start }) {
    // Boundaries are checked here: a lookbehind at every position is slow.
    const glued = WORD_CHAR.test(text[start - 1] ?? '');
    if (m[1]) {
      if (!glued) return undefined; // "/kg" must follow a word or number
      const word = UNITS[m[1]] ?? m[1];
      return PER_WORDS_TREN.has(m[1]) ? ` trên ${word}` : ` một ${word}`;
    }
    if (m[4]) return LETTER.test(text[start - 1] ?? '') ? ' trên ' : undefined;
    if (m[5]) return ` một ${UNITS[m[5]] ?? m[5]}`;
    if (glued || m[3] === 'm') return undefined; // "mỗi" starts a word; "mỗi m" is too ambiguous
    return `${m[2]} ${UNITS[m[3]] ?? m[3]}`;
  },
};
