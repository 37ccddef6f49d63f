/**
 * Fractions and ratios with "/": "2/3 số xã" → "hai phần ba số xã"; a count out of a
 * total or a rank reads "trên": "9/9 chỉ tiêu" → "chín trên chín chỉ tiêu", "24/7", "thứ 15/63";
 * a pair of years is a span: "niên vụ 2023/2024" → "… đến …".
 * Dates ("20/7") are taken earlier by the date class.
 */
import { RATIO_AFTER, RATIO_BEFORE } from '../data/context-words.js';
import { precededBy, wordAfter } from './context.js';
import { NUM, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(String.raw`${NUM_START}(${NUM})\/(${NUM})(?![\p{N}]|[.,\/]\d)`, 'gu');

const isYear = (n: number): boolean => n >= 1900 && n <= 2099;

/** @example verbalize "1/3" → "một phần ba" */
export const fractionClass: SemioticClass = {
  name: 'fraction',
  pattern: PATTERN,
  trigger: /\d\/\d/,
  verbalize(m, ctx) {
    const a = readWrittenNumber(m[1]);
    const [num, den] = [Number(m[1].replace(/\./g, '')), Number(m[2].replace(/\./g, ''))];
    // Season or school year "2023/2024": a span of years.
    if (isYear(num) && isYear(den) && den > num) return `${a} đến ${readWrittenNumber(m[2])}`;
    // Football season "2024/25": the next year's last two digits.
    if (isYear(num) && m[2].length === 2 && den === (num + 1) % 100) return `${a} đến ${readWrittenNumber(m[2])}`;
    // "phần" is for everyday fractions (1/2, 2/3, 3/4, 1/10, 1/100); "15/63" is a rank or count.
    const ratio =
      num >= den ||
      !(den <= 10 || den === 100 || den === 1000) ||
      RATIO_AFTER.has(wordAfter(ctx.text, ctx.end)) ||
      precededBy(ctx.text, ctx.start, RATIO_BEFORE);
    if (ratio) return `${a} trên ${readWrittenNumber(m[2])}`;
    // A quarter is "phần tư": 3/4 → "ba phần tư".
    return `${a} phần ${m[2] === '4' ? 'tư' : readWrittenNumber(m[2])}`;
  },
};
