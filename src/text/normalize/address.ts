/**
 * House and alley numbers with several slashes or a letter: "123/45/6" → "một trăm hai mươi
 * ba trên bốn mươi lăm trên sáu", "45/12A" → "bốn mươi lăm trên mười hai a". Dates and
 * document numbers were read before; a plain pair ("2/3") is left to the fraction class.
 */
import { RANGE_AFTER } from '../data/context-words.js';
import { readNumber } from './cardinal.js';
import { wordAfter } from './context.js';
import { readLetters } from './letters.js';
import type { SemioticClass } from './types.js';

const PART = String.raw`\d{1,4}[A-Z]?`;
const PATTERN = new RegExp(String.raw`(?=\d)(?<![\p{L}\p{N}/.,])${PART}(?:\/${PART}){1,4}(?![\p{L}\p{N}]|[/.,]\d)`, 'gu');

/** "12A" → "mười hai a". */
function readPart(part: string): string {
  const letter = /[A-Z]$/.test(part) ? part.slice(-1) : '';
  const digits = letter ? part.slice(0, -1) : part;
  return letter ? `${readNumber(digits)} ${readLetters(letter)}` : readNumber(digits);
}

/** @example verbalize "Nhà số 123/45/6" → "Nhà số một trăm hai mươi ba trên bốn mươi lăm trên sáu" */
export const addressNumberClass: SemioticClass = {
  name: 'address-number',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d\/\d+(?:[A-Z]|\/\d)|\d[A-Z]\/\d/,
  verbalize(m) {
    const parts = m[0].split('/');
    if (parts.length < 3 && !/[A-Z]/.test(m[0])) return undefined; // "2/3": a fraction or a ratio
    // "4G/5G", "3G/4G": one letter after every number is a set of options, not a house number.
    if (parts.length === 2 && /[A-Z]$/.test(parts[0]) && parts[0].slice(-1) === parts[1].slice(-1)) return undefined;
    return parts.map(readPart).join(' trên ');
  },
};

/**
 * After an alley or house word a pair is the house's number, never a date or a range:
 * "hẻm 12-34" → "hẻm mười hai - ba mươi tư" (said with a pause), "VP 12/3", "kiệt 45/7" → "… trên …".
 * Not a width or a count: "con hẻm 3-4 mét", "ngõ 2-3 xe".
 */
const HOUSE_WORDS = String.raw`[Hh]ẻm|[Kk]iệt|[Nn]gõ|[Nn]gách|[Ss]ố nhà|[Nn]hà số|[Vv]ăn phòng|VP|[Ss]ố`;
/** After "số 12-14": the street the joined lots stand on ("Lê Lợi", "đường 3/2"). */
const STREET_AFTER = /^ (?:\p{Lu}\p{Ll}|đường |phố )/u;

/**
 * "số 12-14 Lê Lợi": two lots joined on one side of a street (both even or both odd, the
 * second larger, a street after); elsewhere "số 1-2" is left to ranges and dates.
 */
function isJoinedLots(a: string, b: string, after: string): boolean {
  const [x, y] = [Number.parseInt(a, 10), Number.parseInt(b, 10)];
  return x < y && x % 2 === y % 2 && STREET_AFTER.test(after);
}
const HOUSE_PAIR = new RegExp(
  String.raw`(?<![\p{L}])(${HOUSE_WORDS})( số)? (${PART})([-/])(${PART})(?![\p{L}\p{N}]|[-/.,]\d)`,
  'gu',
);

/** @example verbalize "hẻm 12-34" → "hẻm mười hai - ba mươi tư" */
export const housePairClass: SemioticClass = {
  name: 'address-number',
  needsDigits: true,
  pattern: HOUSE_PAIR,
  trigger: /(?:ẻm|iệt|gõ|gách|nhà|phòng|VP|ố)(?: số)? \d/u,
  verbalize(m, ctx) {
    if (m[4] === '-' && RANGE_AFTER.has(wordAfter(ctx.text, ctx.end))) return undefined;
    if (/^[Ss]ố$/.test(m[1]) && (m[4] !== '-' || !isJoinedLots(m[3], m[5], ctx.text.slice(ctx.end, ctx.end + 8)))) return undefined;
    return `${m[1]}${m[2] ?? ''} ${readPart(m[3])} ${m[4] === '/' ? 'trên' : '-'} ${readPart(m[5])}`;
  },
};
