/**
 * Money written with symbols or short forms: "$5", "5$", "50.000đ", "5 tr", "50k", "€3".
 * Currency words ("đồng", "USD", "VNĐ") after a number are handled by the lexicon and the
 * cardinal class; this class only rewrites what a reader would say wrongly.
 */
import { DASH, MEASURED_NUM as NUM, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

/** Currency symbols and how they are said after the amount. */
const SYMBOLS: Readonly<Record<string, string>> = { $: 'đô la', US$: 'đô la mỹ', '€': 'ơ rô', '£': 'bảng anh', '¥': 'yên' };
/** Short forms after a number: "5tr" five million, "50k" fifty thousand, "50.000đ" đồng. */
const SUFFIXES: Readonly<Record<string, string>> = {
  đ: 'đồng', Đ: 'đồng', VNĐ: 'đồng', VND: 'đồng', vnđ: 'đồng', vnd: 'đồng', tr: 'triệu', k: 'nghìn', K: 'nghìn',
  $: 'đô la', '€': 'ơ rô',
};
const MAGNITUDE = String.raw`(?:\s(nghìn|ngàn|triệu|tỷ|tỉ))?`;
const PATTERN = new RegExp(
  String.raw`(?=[U$€£¥\d−-])(?:` +
  [
    String.raw`(US\$|[$€£¥])\s?(${NUM})${MAGNITUDE}(?![\p{N}])`,
    String.raw`${NUM_START}(${NUM})\s?(đ|Đ|VNĐ|VND|vnđ|vnd|tr|k|K|\$|€)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])USD\s?(${NUM})${MAGNITUDE}(?![\p{N}])`,
    // "40-50tr", "2,5 tỷ $", "500 triệu đ": a range or a magnitude word before the short form.
    String.raw`${NUM_START}(${NUM})(?:${DASH}(${NUM}))?(?:\s(nghìn|ngàn|triệu|tỷ|tỉ))?\s?(tr|k|K|\$|đ|€)(?![\p{L}\p{N}])`,
  ].join('|') + ')',
  'gu',
);

/**
 * @example verbalize "$5" → "năm đô la"
 * @example verbalize "giá 50.000đ" → "giá năm mươi nghìn đồng"
 */
export const moneyClass: SemioticClass = {
  name: 'money',
  pattern: PATTERN,
  trigger: /\d/,
  verbalize(m) {
    const magnitude = (s: string): string => (s ? ` ${s}` : '');
    if (m[1]) return `${readWrittenNumber(m[2])}${magnitude(m[3])} ${SYMBOLS[m[1]]}`;
    if (m[4]) return `${readWrittenNumber(m[4])} ${SUFFIXES[m[5]]}`;
    if (m[6]) return `${readWrittenNumber(m[6])}${magnitude(m[7])} đô la mỹ`;
    const upper = m[9] ? ` đến ${readWrittenNumber(m[9])}` : '';
    return `${readWrittenNumber(m[8])}${upper}${magnitude(m[10])} ${SUFFIXES[m[11]]}`;
  },
};
