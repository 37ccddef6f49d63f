/**
 * Numbers joined by a colon that are not clock times: map scales and ratios "tỷ lệ 1:25.000"
 * → "một trên hai mươi lăm nghìn", scores "tỷ số 2:1" → "hai - một", standards with their
 * year "ISO 14001:2015" → "mười bốn nghìn không trăm linh một, hai nghìn không trăm mười lăm".
 * A pair that could be a time ("8:30") is left to the time class unless a ratio word says so.
 */
import { readCardinal, readNumber } from './cardinal.js';
import { precededBy } from './context.js';
import { readWrittenNumber } from './number.js';
import { scoreGoverns } from './score.js';
import type { SemioticClass } from './types.js';

const RATIO_WORDS: ReadonlySet<string> = new Set(['tỷ lệ', 'tỉ lệ', 'tỷ lệ bản đồ', 'tỉ lệ bản đồ', 'bản đồ', 'tỷ lệ là', 'tỉ lệ là']);
const SCORE_WORDS: ReadonlySet<string> = new Set(['tỷ số', 'tỉ số', 'thắng', 'thua', 'hòa', 'hoà']);
/** Standards printed with their year after a colon ("ISO 9001:2015", "TCVN 5574:2018"). */
// "i xô": ISO respelled for the offline engines (data/respellings.ts), which runs first.
const STANDARD_BEFORE = /(?:ISO|i xô|IEC|TCVN|QCVN|EN|ASTM|JIS|IEEE)(?:\/IEC)? $/;

/** "1:25.000 và 1:50": a ratio listed after another one. */
const PREVIOUS_RATIO = /\d:\d{1,3}(?:\.\d{3})+(?:,| và| hoặc) $/;

const PATTERN = /(?=\d)(?<![\p{L}\p{N}.,:])(?<a>\d+(?:,\d+)?):(?<b>\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}]|[.,:]\d)/gu;

/** @example verbalize "tỷ lệ 1:25.000" → "tỷ lệ một trên hai mươi lăm nghìn" */
export const ratioClass: SemioticClass = {
  name: 'ratio',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d:\d/,
  verbalize(m, { text, start }) {
    const a = m.groups?.a as string;
    const b = m.groups?.b as string;
    if (STANDARD_BEFORE.test(text.slice(Math.max(0, start - 9), start)) && /^(?:19|20)\d\d$/.test(b)) {
      return `${readNumber(a)}, ${readCardinal(b)}`; // "QCVN 01:2009": the number as printed
    }
    if (precededBy(text, start, SCORE_WORDS)) return `${readWrittenNumber(a)} - ${readWrittenNumber(b)}`;
    // A clock time has minutes under 60 written with two digits ("8:30"); anything else is a ratio.
    const timeLike = /^\d{1,2}$/.test(a) && /^[0-5]\d$/.test(b);
    // "Tỷ số hiện tại là 1:0": a score word a few words back governs a pair of goals.
    if (!timeLike && /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b) && !precededBy(text, start, RATIO_WORDS) && scoreGoverns(text, start)) {
      return `${readCardinal(a)} - ${readCardinal(b)}`;
    }
    if (timeLike && !precededBy(text, start, RATIO_WORDS) && !PREVIOUS_RATIO.test(text.slice(Math.max(0, start - 24), start))) return undefined;
    return `${readWrittenNumber(a)} trên ${readWrittenNumber(b)}`;
  },
};
