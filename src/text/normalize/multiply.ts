/**
 * Multiplication and dimensions: "2x600 MW" → "hai nhân 600 MW", "3x4 m", a multiplier
 * "x2" → "nhân hai", a factor "zoom 3x" → "ba lần", a combined product "6in1" → "sáu
 * trong một". Runs before measure so the unit still follows a number.
 */
import { GENERATION_BEFORE } from '../data/context-words.js';
import { readDigits } from './cardinal.js';
import { precededBy } from './context.js';
import { NUM, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(
  String.raw`${NUM_START}(${NUM})\s?[x×]\s?(?=\d)` +
    // A factor after its number: "zoom quang 3x", "P/E 20x", "tua nhanh 1,5x" → "ba lần".
    // "gấp 2x lần", "zoom 10x lần": the "lần" printed after it is not said twice.
    String.raw`|${NUM_START}(\d+(?:[.,]\d{1,2})?)x(?![\p{L}\p{N}]|\s?[x×\d])(?:\slần(?![\p{L}\p{M}]))?` +
    // A multiplier on its own: "doanh thu x2" → "nhân hai".
    String.raw`|(?<![\p{L}\p{N}])[x×](\d{1,3})(?![\p{L}\p{N}])` +
    // After a counted noun or a bracket: "2 tổ máy x 180 MW", "(Văn + Toán) x 2" → "… nhân …".
    String.raw`|(?<=[\p{Ll})\]] )[x×](?= \d)` +
    // Combined products: "vaccine 6in1", "laptop 2-in-1" → "sáu trong một".
    String.raw`|${NUM_START}(\d{1,2})(?:in|-in-| in )(1)(?![\p{L}\p{N}])`,
  'gu',
);

/** @example verbalize "kích thước 3x4 m" → "kích thước ba nhân 4 m" (the rest is read by later classes) */
export const multiplyClass: SemioticClass = {
  name: 'multiply',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\s?[x×]\s?\d|[x×]\d|\s[x×]\s\d|\dx|\d(?:-in-| in |in)1/,
  verbalize(m, { text, start }) {
    if (m[1]) return `${readWrittenNumber(m[1])} nhân `;
    if (m[2]) {
      const said = generation(m[2], text, start); // "cô gái 9x lần đầu": the "lần" is the next word's
      return said ? `${said}${m[0].endsWith('lần') ? ' lần' : ''}` : `${readWrittenNumber(m[2].replace('.', ','))} lần`;
    }
    if (m[4]) return `${readWrittenNumber(m[4])} trong ${readWrittenNumber(m[5])}`;
    return m[3] ? `nhân ${readWrittenNumber(m[3])}` : 'nhân';
  },
};

/** "năm 199x": a decade, its digits one by one ("một chín chín ích"). */
const DECADE = /^(?:19|20)\d$/;
const DECADE_BEFORE: ReadonlySet<string> = new Set(['năm', 'sinh năm', 'thập niên', 'những năm', 'đầu', 'cuối']);

/**
 * "cô gái 9x", "thế hệ 10x": people by their birth decade ("chín ích"), not a factor.
 * @example generation('9', 'cô gái 9x', 7) //=> 'chín ích'
 */
function generation(n: string, text: string, start: number): string | undefined {
  const people =
    precededBy(text, start, GENERATION_BEFORE) ||
    GENERATION_LISTED.test(text.slice(Math.max(0, start - 24), start)) ||
    GENERATION_AFTER.test(text.slice(start + n.length + 1, start + n.length + 12));
  if (DECADE.test(n) && (precededBy(text, start, DECADE_BEFORE) || people)) return `${readDigits(n)} ích`;
  if (/^(?:[5-9]|10)$/.test(n) && people) return `${readWrittenNumber(n)} ích`;
  return undefined;
}

/** "9x đời đầu", "8x đời cuối": the part of a decade is said of people. */
const GENERATION_AFTER = /^ đời (?:đầu|cuối|giữa)(?![\p{L}])/u;

/** Another generation just listed before it: "gen Z và 9x", "thế hệ 8x, 9x", "2K và 10x". */
const GENERATION_LISTED = /(?:(?<![\p{L}\p{N}])(?:\d{1,2}x|\d[kK]\d?)|(?:năm|sáu|bảy|tám|chín|mười) ích|\b[Gg]en [A-Z]|[Gg]en [Aa]lpha)\s?(?:,|và|hay|hoặc|lẫn|đến|-)\s$/u;

/**
 * A spaced "x" between words of a formula, after its "=": "Tiền lương = hệ số x mức lương cơ
 * sở" → "… hệ số nhân mức lương cơ sở" (a lone "x" elsewhere stays a letter: "điểm x").
 * @example verbalize "Lương = hệ số x lương cơ sở" → "Lương = hệ số nhân lương cơ sở"
 */
export const formulaTimesClass: SemioticClass = {
  name: 'formula-times',
  pattern: /(?<=\p{Ll} )[x×](?= \p{Ll})/gu,
  trigger: /=[^=]* [x×] /,
  verbalize: (m, { text, start }) => (text.lastIndexOf('=', start) >= 0 ? 'nhân' : undefined),
};
