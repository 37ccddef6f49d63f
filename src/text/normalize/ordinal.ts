/**
 * Ordinals after "thứ": "thứ 1" → "thứ nhất", "thứ 4" → "thứ tư"; other numbers read as
 * cardinals ("lần thứ 12" → "lần thứ mười hai", "Thứ 7" → "thứ bảy").
 */
import { ORDINAL_EXCEPTIONS } from '../data/numbers.js';
import { readCardinal } from './cardinal.js';
import type { SemioticClass } from './types.js';

const PATTERN = /(?<![\p{L}])([Tt]hứ|THỨ)\s+(\d{1,3})(?![\p{N}]|[.,]\d|[-–/]\d)/gu;

/**
 * @example readOrdinal(4) //=> 'tư'
 */
export function readOrdinal(n: number): string {
  return ORDINAL_EXCEPTIONS[n] ?? readCardinal(String(n));
}

/** @example verbalize "đứng thứ 1" → "đứng thứ nhất" */
export const ordinalClass: SemioticClass = {
  name: 'ordinal',
  pattern: PATTERN,
  trigger: /thứ\s+\d/i,
  verbalize: (m) => `${m[1]} ${readOrdinal(Number(m[2]))}`,
};
