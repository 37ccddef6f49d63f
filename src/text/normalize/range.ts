/**
 * Ranges and scores written with a dash: "2020-2025" → "hai nghìn không trăm hai mươi đến
 * hai nghìn không trăm hai mươi lăm", "50-75 triệu" → "năm mươi đến bảy mươi lăm triệu";
 * after "thắng", "tỷ số"… the dash is a score: "thắng 2-1" → "thắng hai - một".
 */
import { SCORE_BEFORE } from '../data/sports.js';
import { looksLikeScore, scoreGoverns } from './context.js';
import { DASH, NUM, NUM_END, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(String.raw`${NUM_START}(${NUM})(${DASH})(${NUM})${NUM_END}`, 'gu');

/** @example verbalize "từ 4-6 triệu đồng" → "từ bốn đến sáu triệu đồng" */
export const rangeClass: SemioticClass = {
  name: 'range',
  pattern: PATTERN,
  trigger: /\d\s?[-–—]\s?\d/,
  verbalize(m, ctx) {
    const [a, b] = [readWrittenNumber(m[1]), readWrittenNumber(m[3])];
    if (scoreGoverns(ctx.text, ctx.start, SCORE_BEFORE) || looksLikeScore(ctx.text, ctx.start, ctx.end)) return `${a} - ${b}`;
    return `${a} đến ${b}`;
  },
};
