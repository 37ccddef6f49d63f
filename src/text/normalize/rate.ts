/**
 * Rates and bare units: "đồng/kg" → "đồng một ki lô gam", "đồng/người/tháng" →
 * "đồng một người một tháng", "km/giờ" → "ki lô mét trên giờ", "mỗi ha" → "mỗi héc ta".
 */
import { BARE_UNITS, PER_WORDS_TREN, RATE_WORDS, UNITS } from '../data/units.js';
import type { SemioticClass } from './types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const RATE_ALT = [...new Set([...RATE_WORDS, ...BARE_UNITS])].sort(byLength).map(escape).join('|');
const BARE_ALT = [...BARE_UNITS].sort(byLength).map(escape).join('|');

const PATTERN = new RegExp(
  [
    String.raw`(?<=[\p{L}\p{N}%])\s?\/\s?(${RATE_ALT})(?![\p{L}\p{N}])`,
    String.raw`(?<=(?:^|\s)(?:mỗi|Mỗi|trên|một|các|bình quân|/))\s(${BARE_ALT})(?![\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

/** @example verbalize "150.000 đồng/kg" → "150.000 đồng một ki lô gam" */
export const rateClass: SemioticClass = {
  name: 'rate',
  pattern: PATTERN,
  verbalize(m) {
    if (m[1]) {
      const word = UNITS[m[1]] ?? m[1];
      return PER_WORDS_TREN.has(m[1]) ? ` trên ${word}` : ` một ${word}`;
    }
    if (m[2] === 'm') return undefined; // "mỗi m" is too ambiguous to expand
    return ` ${UNITS[m[2]] ?? m[2]}`;
  },
};
