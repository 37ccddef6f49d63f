/**
 * Multiplication and dimensions: "2x600 MW" → "hai nhân 600 MW", "3x4 m", a multiplier
 * "x2" → "nhân hai". Runs before measure so the unit still follows a number.
 */
import { NUM, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(
  String.raw`${NUM_START}(${NUM})\s?[x×]\s?(?=\d)` +
    // A multiplier on its own: "doanh thu x2" → "nhân hai".
    String.raw`|(?<![\p{L}\p{N}])[x×](\d{1,3})(?![\p{L}\p{N}])` +
    // After a counted noun or a bracket: "2 tổ máy x 180 MW", "(Văn + Toán) x 2" → "… nhân …".
    String.raw`|(?<=[\p{Ll})\]] )[x×](?= \d)`,
  'gu',
);

/** @example verbalize "kích thước 3x4 m" → "kích thước ba nhân 4 m" (the rest is read by later classes) */
export const multiplyClass: SemioticClass = {
  name: 'multiply',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\s?[x×]\s?\d|[x×]\d|\s[x×]\s\d/,
  verbalize: (m) => (m[1] ? `${readWrittenNumber(m[1])} nhân ` : m[2] ? `nhân ${readWrittenNumber(m[2])}` : 'nhân'),
};
