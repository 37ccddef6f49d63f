/**
 * Ordinals after "thứ": "thứ 1" → "thứ nhất", "thứ 4" → "thứ tư"; other numbers read as
 * cardinals ("lần thứ 12" → "lần thứ mười hai", "Thứ 7" → "thứ bảy"). Ranks after "hạng"
 * and "giải": "hạng 1" → "hạng nhất", "giải 2" → "giải nhì", "hạng 4" → "hạng tư".
 */
import { ORDINAL_EXCEPTIONS, RANK_COUNTED_AFTER, RANK_EXCEPTIONS } from '../data/numbers.js';
import { readCardinal } from './cardinal.js';
import { wordAfter } from './context.js';
import type { SemioticClass } from './types.js';

const PATTERN = /(?=[TtHhGg])(?<![\p{L}])([Tt]hứ|THỨ|[Hh]ạng|HẠNG|[Gg]iải|GIẢI)\s+(\d{1,3})(?![\p{N}\p{L}]|[.,]\d|[-–/]\d)/gu;

/**
 * @example readOrdinal(4) //=> 'tư'
 */
export function readOrdinal(n: number): string {
  return ORDINAL_EXCEPTIONS[n] ?? readCardinal(String(n));
}

/** @example verbalize "đứng thứ 1" → "đứng thứ nhất" */
export const ordinalClass: SemioticClass = {
  name: 'ordinal',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /(?:thứ|hạng|giải)\s+\d/i,
  verbalize(m, { text, end }) {
    const n = Number(m[2]);
    if (/^[Tt]hứ|THỨ/.test(m[1])) return `${m[1]} ${readOrdinal(n)}`;
    if (RANK_COUNTED_AFTER.has(wordAfter(text, end))) return undefined; // "hạng 4 sao", "giải 2 bài toán": a count
    return RANK_EXCEPTIONS[n] ? `${m[1]} ${RANK_EXCEPTIONS[n]}` : undefined; // "hạng 3" is read as a cardinal later
  },
};
