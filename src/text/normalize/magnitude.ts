/**
 * An earthquake's magnitude printed with the scale's letter, as wire copy prints it: "động
 * đất M6.4", "độ lớn Mw 7,1" → "độ lớn sáu phẩy bốn" (a decimal, whatever its mark; the letter
 * is not said, "độ lớn" is, unless the sentence has just said it), not a code "em mờ sáu chấm bốn".
 * Only in a sentence about a quake (data/context-words.ts `QUAKE_WORDS`).
 */
import { QUAKE_WORDS } from '../data/context-words.js';
import { wordsBefore } from './context.js';
import { readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const SAID_BEFORE = /(?:độ lớn|cường độ|mạnh)$/u;
/** A whole magnitude ("dư chấn M4") only right after a quake word: "BMW M3" is a model. */
const QUAKE_BEFORE = /(?:động đất|dư chấn|địa chấn|độ lớn|cường độ)$/u;

/** @example verbalize "Động đất M6.4 làm rung chuyển Đài Loan" → "Động đất độ lớn sáu phẩy bốn …" */
export const magnitudeClass: SemioticClass = {
  name: 'magnitude',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])M[wLs]? ?(\d(?:[.,]\d)?)(?![\p{L}\p{N}]|[.,]\d)/gu,
  trigger: {
    test: (text: string) => /\bM[wLs]? ?\d/.test(text) && QUAKE_WORDS.some((w) => text.toLowerCase().includes(w)),
  },
  verbalize(m, { text, start }) {
    const before = wordsBefore(text, start, 2);
    if (!/[.,]/.test(m[1]) && !QUAKE_BEFORE.test(before)) return undefined;
    const number = readWrittenNumber(m[1].replace('.', ','));
    return SAID_BEFORE.test(before) ? number : `độ lớn ${number}`;
  },
};
