/**
 * Fractions and ratios with "/": "2/3 số xã" → "hai phần ba số xã", signed "-2/3" → "âm
 * hai phần ba", mixed "3 1/4" → "ba và một phần tư"; a count out of a total or a rank
 * reads "trên": "9/9 chỉ tiêu" → "chín trên chín chỉ tiêu", "24/7", "thứ 15/63", "số 3/4";
 * a pair of years is a span: "niên vụ 2023/2024" → "… đến …".
 * Dates ("20/7") are taken earlier by the date classes.
 */
import { MAP_SCALE_BEFORE, MODEL_FAMILY_BEFORE, PEOPLE_RATIO_AFTER, RANK_BEFORE, RATIO_AFTER } from '../data/context-words.js';
import { MINUS_WORD, VULGAR_FRACTIONS } from '../data/numbers.js';
import { precededBy, wordAfter } from './context.js';
import { NUM, NUM_START, readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

// The numerator may be an English decimal out of a scale ("GPA 3.6/4" → "ba phẩy sáu trên bốn").
const PATTERN = new RegExp(
  String.raw`${NUM_START}(?:(?<=^|[\s(])(?<sign>[-−]))?(?:(?<whole>\d{1,3}) (?=\d{1,2}\/\d{1,2}(?!\d)))?(?<num>\d+\.\d{1,2}(?=\/)|${NUM})\/(?<den>${NUM})(?![\p{N}]|[.,\/]\d)`,
  'gu',
);

const isYear = (n: number): boolean => n >= 1900 && n <= 2099;
const value = (s: string): number => Number(s.replace(/\./g, ''));

/** "3/4" → "ba phần tư": everyday fractions say "phần", and a quarter is "tư". */
const readProper = (num: string, den: string): string => `${readWrittenNumber(num)} phần ${den === '4' ? 'tư' : readWrittenNumber(den)}`;

/** "trên 2/3 phiếu", "hơn 1/2 số đại biểu": a share of a total after a word of quantity, "phần". */
const SHARE_BEFORE: ReadonlySet<string> = new Set(['trên', 'hơn', 'gần', 'quá', 'khoảng', 'chừng', 'chiếm', 'chưa đến', 'chưa tới', 'tối thiểu', 'ít nhất']);

const TARGET_YEAR_BEFORE: ReadonlySet<string> = new Set(['đến', 'tới', 'đến năm', 'tới năm', 'tầm nhìn', 'tầm nhìn đến']);

const TWO_WORDS = /^\s(\p{L}+)(?:\s(\p{L}+))?/u;

/** "4/5 ứng viên": people counted out of a group (one or two words of `PEOPLE_RATIO_AFTER`). */
function peopleAfter(text: string, end: number): boolean {
  const w = TWO_WORDS.exec(text.slice(end, end + 30).toLowerCase());
  return w !== null && (PEOPLE_RATIO_AFTER.has(w[1]) || (w[2] !== undefined && PEOPLE_RATIO_AFTER.has(`${w[1]} ${w[2]}`)));
}

/** "Windows 10/11", "iPhone 15/16": two generations of a product, said as options with a pause. */
const GENERATION_NAME_BEFORE: ReadonlySet<string> = new Set([
  'windows', 'ios', 'android', 'iphone', 'ipad', 'galaxy', 'macos', 'pixel', 'playstation', 'ps', 'xbox', 'office',
  'ai phôn', 'ai pát', // as the respelling for offline engines left them
]);

const KNOCKOUT_DENOMINATORS: ReadonlySet<number> = new Set([16, 32, 64, 128]);
const ROUND_WORDS: ReadonlySet<string> = new Set(['vòng', 'vòng đấu']);

/** @example verbalize "1/3" → "một phần ba" */
export const fractionClass: SemioticClass = {
  name: 'fraction',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\/\d/,
  verbalize(m, ctx) {
    const g = m.groups ?? {};
    const [numText, denText] = [g.num as string, g.den as string];
    const [num, den] = [value(numText), value(denText)];
    const sign = g.sign ? `${MINUS_WORD} ` : '';
    // "RTX 4090/4080": two models of a chip family, said with a pause.
    if (!g.whole && !g.sign && precededBy(ctx.text, ctx.start, MODEL_FAMILY_BEFORE)) return `${readWrittenNumber(numText)}, ${readWrittenNumber(denText)}`;
    // "tầm nhìn đến 2045/2050": target years after "đến" are alternatives, said with a pause.
    if (isYear(num) && isYear(den) && den > num + 1 && precededBy(ctx.text, ctx.start, TARGET_YEAR_BEFORE)) {
      return `${readWrittenNumber(numText)}, ${readWrittenNumber(denText)}`;
    }
    if (den > num && den < 100 && precededBy(ctx.text, ctx.start, GENERATION_NAME_BEFORE)) {
      return `${readWrittenNumber(numText)}, ${readWrittenNumber(denText)}`;
    }
    // Season or school year "2023/2024", football season "2024/25": a span of years.
    if (isYear(num) && ((isYear(den) && den > num) || (denText.length === 2 && den === (num + 1) % 100))) {
      return `${readWrittenNumber(numText)} đến ${readWrittenNumber(denText)}`;
    }
    // "phần" is for everyday fractions (1/2, 2/3, 3/4, 1/10, 1/100); "15/63" is a rank or count.
    // A decimal numerator is a mark out of a scale ("8,5/10", "3.6/4"), never "phần".
    // "vòng 1/16", "vòng 1/32": a knockout round is named by its share of the field, "một phần mười sáu".
    const knockout = num === 1 && KNOCKOUT_DENOMINATORS.has(den) && precededBy(ctx.text, ctx.start, ROUND_WORDS);
    const proper = !/[.,]/.test(numText) && num < den && (den <= 10 || den === 100 || den === 1000 || knockout);
    // A map scale "tỷ lệ 1/1000" is "một trên một nghìn", as printed scales are read.
    const scale = num === 1 && den >= 100 && precededBy(ctx.text, ctx.start, MAP_SCALE_BEFORE);
    const share = proper && den <= 4 && precededBy(ctx.text, ctx.start, SHARE_BEFORE);
    const counted = (RATIO_AFTER.has(wordAfter(ctx.text, ctx.end)) || peopleAfter(ctx.text, ctx.end)) && !share;
    const ratio = !proper || scale || counted || precededBy(ctx.text, ctx.start, RANK_BEFORE);
    if (g.whole) {
      // "3 1/4 lần": a whole number and a fraction; after a rank the two numbers stand apart.
      if (!proper || precededBy(ctx.text, ctx.start, RANK_BEFORE)) {
        return `${sign}${readWrittenNumber(g.whole)} ${readWrittenNumber(numText)} trên ${readWrittenNumber(denText)}`;
      }
      return `${sign}${readWrittenNumber(g.whole)} và ${readProper(numText, denText)}`;
    }
    if (ratio) return `${sign}${readWrittenNumber(numText)} trên ${readWrittenNumber(denText)}`;
    return sign + readProper(numText, denText);
  },
};

const VULGAR = new RegExp(String.raw`(?<![\p{N}])(?:(\d{1,3}) ?)?([${Object.keys(VULGAR_FRACTIONS).join('')}])`, 'gu');

/** @example verbalize "½ giờ" → "một phần hai giờ"; "2¾ lần" → "hai và ba phần tư lần" */
export const vulgarFractionClass: SemioticClass = {
  name: 'vulgar-fraction',
  pattern: VULGAR,
  trigger: new RegExp(`[${Object.keys(VULGAR_FRACTIONS).join('')}]`),
  verbalize(m) {
    const [num, den] = VULGAR_FRACTIONS[m[2]];
    return m[1] ? `${readWrittenNumber(m[1])} và ${readProper(num, den)}` : readProper(num, den);
  },
};
