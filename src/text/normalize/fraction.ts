/**
 * Fractions and ratios with "/": "2/3 số xã" → "hai phần ba số xã"; a count out of a
 * total or a rate reads "trên": "9/9 chỉ tiêu" → "chín trên chín chỉ tiêu", "24/7".
 * Dates ("20/7") are taken earlier by the date class.
 */
import { RATIO_AFTER, RATIO_BEFORE } from '../data/context-words.js';
import { precededBy, wordAfter } from './context.js';
import { NUM, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(String.raw`${NUM_START}(${NUM})\/(${NUM})(?![\p{N}]|[.,\/]\d)`, 'gu');

/** @example verbalize "1/3" → "một phần ba" */
export const fractionClass: SemioticClass = {
  name: 'fraction',
  pattern: PATTERN,
  trigger: /\d\/\d/,
  verbalize(m, ctx) {
    const a = readWrittenNumber(m[1]);
    const ratio =
      Number(m[1]) >= Number(m[2]) ||
      RATIO_AFTER.has(wordAfter(ctx.text, ctx.end)) ||
      precededBy(ctx.text, ctx.start, RATIO_BEFORE);
    if (ratio) return `${a} trên ${readWrittenNumber(m[2])}`;
    // A quarter is "phần tư": 3/4 → "ba phần tư".
    return `${a} phần ${m[2] === '4' ? 'tư' : readWrittenNumber(m[2])}`;
  },
};
