/**
 * Coordinates in degrees and minutes, as storm and rescue reports print them: "15°20'" →
 * "mười lăm độ hai mươi phút", with seconds "21°01'45\"" and a hemisphere letter after it,
 * English ("10°20'N, 107°05'E" → "độ vĩ bắc", "độ kinh đông") or Vietnamese ("B", "Đ", "T").
 * "N" is north beside an E or W and nam beside a Vietnamese letter ("10°20'N, 105°T").
 */
import { readCardinal } from './cardinal.js';
import { readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

const PATTERN =
  /(?<![\p{L}\p{N}])(\d{1,3})°\s?(\d{1,2})['′’](?:\s?(\d{1,2}(?:[.,]\d{1,2})?)(?:["″”]|'')?)?(?:\s?([NSEWBĐT])(?![\p{L}\p{N}]))?/gu;

const ENGLISH: Readonly<Record<string, string>> = { N: 'vĩ bắc', S: 'vĩ nam', E: 'kinh đông', W: 'kinh tây' };
const VIETNAMESE: Readonly<Record<string, string>> = { B: 'vĩ bắc', N: 'vĩ nam', Đ: 'kinh đông', T: 'kinh tây' };
const VIETNAMESE_LETTER = /\d['′’"″”]?\s?[BĐT](?![\p{L}\p{N}])/u;

/** @example verbalize "tọa độ 15°20'N" → "tọa độ mười lăm độ hai mươi phút vĩ bắc" */
export const coordinateClass: SemioticClass = {
  name: 'coordinate',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d°\s?\d{1,2}['′’]/,
  verbalize(m, { text }) {
    const seconds = m[3] === undefined ? '' : ` ${readWrittenNumber(m[3])} giây`;
    const table = VIETNAMESE_LETTER.test(text) ? VIETNAMESE : ENGLISH;
    const side = m[4] === undefined ? '' : ` ${table[m[4]] ?? ENGLISH[m[4]] ?? VIETNAMESE[m[4]]}`;
    return `${readCardinal(m[1])} độ ${readCardinal(m[2])} phút${seconds}${side}`;
  },
};

/** A position word in the sentence: "20,5N" is a latitude only where a position is given (elsewhere N may be newton). */
const POSITION_WORDS = /(?:vĩ tuyến|kinh tuyến|vĩ độ|kinh độ|tọa độ|toạ độ|tâm bão|tâm áp thấp|vị trí)/iu;

/**
 * A storm position printed without the degree sign, the hemisphere glued to a decimal:
 * "20,5N-108,5E", "vĩ tuyến 16,0N" → "hai mươi phẩy năm độ vĩ bắc", as bulletins say it.
 * @example verbalize "Tâm bão ở khoảng 20,5N-108,5E" → "… hai mươi phẩy năm độ vĩ bắc, một trăm linh tám phẩy năm độ kinh đông"
 */
export const bareHemisphereClass: SemioticClass = {
  name: 'bare-hemisphere',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}.,])(\d{1,3}[.,]\d{1,2})([NSEW])(?![\p{L}\p{N}])(\s?[-–]\s?(?=\d{1,3}[.,]\d{1,2}[EW](?![\p{L}\p{N}])))?/gu,
  trigger: { test: (text: string) => /\d[NSEW](?![\p{L}\p{N}])/u.test(text) && POSITION_WORDS.test(text) },
  verbalize(m, { text, start }) {
    // "vĩ tuyến 16,0N" → "… độ bắc": the line already names the axis.
    const side = /(?:vĩ|kinh) tuyến $/iu.test(text.slice(Math.max(0, start - 12), start)) ? ENGLISH[m[2]].split(' ')[1] : ENGLISH[m[2]];
    return `${readWrittenNumber(m[1])} độ ${side}${m[3] ? ', ' : ''}`;
  },
};
