/**
 * Ranges written with a dash: "2020-2025" → "hai nghìn không trăm hai mươi đến hai nghìn
 * không trăm hai mươi lăm", "50-75 triệu" → "năm mươi đến bảy mươi lăm triệu". Scores were
 * read before (score.ts).
 */
import { DASH, NUM, NUM_END, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(String.raw`${NUM_START}(${NUM})(${DASH})(${NUM})${NUM_END}`, 'gu');

/** @example verbalize "từ 4-6 triệu đồng" → "từ bốn đến sáu triệu đồng" */
export const rangeClass: SemioticClass = {
  name: 'range',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\s?[-–—]\s?\d/,
  verbalize: (m) => `${readWrittenNumber(m[1])} đến ${readWrittenNumber(m[3])}`,
};
