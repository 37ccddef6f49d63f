/**
 * Vehicle licence plates, read as a newsreader does: the province code as a number, the
 * series letters spelled, the serial digit by digit: "81B-123.45" → "tám mươi mốt bê,
 * một hai ba bốn năm". Source: Thông tư 24/2023/TT-BCA (plate format).
 */
import { readCardinal, readDigits } from './cardinal.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

// Also the motorbike form "81-B1 123.45" (dash after the province, a space before the serial)
// and "51K.123.45" (a dot after the series).
// A plate cue before it is read with it: "BS 77C-123.45" is biển số (BS alone is bác sĩ).
const PATTERN = /(?<![\p{L}\p{N}])(?:(BKS|BSX|BS)\s)?(\d{2})-?([A-Z]{1,2}\d?)(?:\s?[-–]\s?(\d{3}\.\d{2}|\d{4,5})|[\s.](\d{3}\.\d{2}))(?![\p{N}])/gu;
const PLATE_CUES: Readonly<Record<string, string>> = { BKS: 'biển kiểm soát', BSX: 'biển số xe', BS: 'biển số' };

/** @example verbalize "xe 81B-123.45" → "xe tám mươi mốt bê, một hai ba bốn năm" */
export const plateClass: SemioticClass = {
  name: 'plate',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d{2}-?[A-Z]{1,2}\d?[\s.–-]/,
  verbalize(m) {
    const series = m[3].replace(/\d/, '');
    const seriesDigit = m[3].slice(series.length);
    const cue = m[1] ? PLATE_CUES[m[1]] : '';
    const head = [cue, readCardinal(m[2]), spellLetters(series), seriesDigit ? readDigits(seriesDigit) : ''].filter(Boolean);
    return `${head.join(' ')}, ${readDigits(m[4] ?? m[5])}`;
  },
};

/**
 * Fishing-vessel numbers (Thông tư 23/2018/TT-BNNPTNT): a province code, a serial and "TS"
 * (thủy sản): "QNg 90123 TS", "BĐ-97468-TS" → "quy en nờ giê, chín không một hai ba, tê ét":
 * the code spelled, the serial digit by digit, never an amount.
 */
export const vesselClass: SemioticClass = {
  name: 'vessel',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])([A-ZĐ][A-Za-zĐđ]{0,2})[\s-](\d{4,5})[\s-]TS(?![\p{L}\p{N}])/gu,
  trigger: /\d{4}[\s-]TS/,
  verbalize: (m) => `${spellLetters(m[1])}, ${readDigits(m[2])}, ${spellLetters('TS')}`,
};

/**
 * A shipping container's number (ISO 6346: an owner code of three letters and U, J or Z,
 * then six digits and a check digit): "TGHU 1234567" → "tê giê hát u, một hai ba bốn năm
 * sáu bảy", letters and digits one by one, not an amount.
 * @example verbalize "Container số TGHU 1234567" → "Container số tê giê hát u, một hai ba …"
 */
export const containerClass: SemioticClass = {
  name: 'container',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])([A-Z]{3}[UJZ])\s?(\d{6,7})(?![\p{L}\p{N}])/gu,
  trigger: /[A-Z]{3}[UJZ]\s?\d{6}/,
  verbalize: (m) => `${spellLetters(m[1])}, ${readDigits(m[2])}`,
};
