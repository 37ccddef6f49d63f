/**
 * Crop variety codes in farm news: "lúa OM5451", "giống lúa IR 50404", "gạo OM 4900". Breeders
 * name lines by an institute code and a serial, said digit by digit ("o em mờ năm bốn năm
 * một"), not as an amount; short serials stay numbers ("ST25" ét tê hai mươi lăm, "OM 18").
 */
import { VARIETY_BEFORE } from '../data/context-words.js';
import { readDigits } from './cardinal.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

const CROP_WORDS = [...VARIETY_BEFORE].map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/** @example verbalize "Giá lúa IR 50404" → "Giá lúa i e rờ năm không bốn không bốn" */
export const varietyClass: SemioticClass = {
  name: 'variety',
  needsDigits: true,
  // The code first (cheap ASCII test), then a crop word at most three words before it.
  pattern: new RegExp(
    String.raw`(?=[A-ZĐ]{2,3}\s?\d{4})(?<=(?:${CROP_WORDS})(?:\s[\p{Ll}\p{M}]+){0,3}\s)([A-ZĐ]{2,3})\s?(\d{4,5})(?![\p{L}\p{N}]|[.,]\d)`,
    'gu',
  ),
  trigger: { test: (text: string) => /lúa|giống|gạo/i.test(text) && /[A-Z]{2}\s?\d{4}/.test(text) },
  verbalize: (m) => `${spellLetters(m[1])} ${readDigits(m[2])}`,
};
