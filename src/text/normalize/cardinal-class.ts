/**
 * The catch-all number class: integers, "." thousands, "," decimals, negatives, and
 * version-like dotted numbers ("4.0" → "bốn chấm không").
 */
import { DOCUMENT_TYPE_CODES } from '../data/abbreviations/documents.js';
import { DECIMAL_CONTEXT, NOT_COUNTED, RANGE_AFTER, SECTION_AFTER, VERSION_BEFORE } from '../data/context-words.js';
import { readCardinal, readDigits, readNumber } from './cardinal.js';
import { NUM, NUM_END, NUM_START, readWrittenNumber } from './number.js';
import { CODE_BEFORE, SHORT_CODE_BEFORE, HOTLINE_BEFORE, SMS_CODE_GOES_ON, SMS_SEND_BEFORE, SMS_WORDS } from '../data/codes.js';
import { GOLD_BEFORE } from '../data/currency.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { precededBy, wordAfter, wordsBefore } from './context.js';
import type { SemioticClass } from './types.js';



/**
 * The version words, and how the lexicon has already read those that are acronyms: by the
 * time numbers are read, "USB 3.2" has become "u ét bê 3.2".
 */
const VERSION_CONTEXT: ReadonlySet<string> = new Set(
  [...VERSION_BEFORE].flatMap((word) => {
    const reading = ABBREVIATIONS.get(word.toUpperCase());
    return reading ? [word, reading] : [word];
  }),
);

/** Kinds of document a section belongs to: "điểm 3.2 của Hướng dẫn", "điểm 1.4 tại Nghị định". */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(DOCUMENT_TYPE_CODES), 'luật', 'bộ luật', 'dự thảo', 'điều lệ', 'văn bản', 'tờ trình',
]);
const OF_DOCUMENT = /^ (?:của|tại|thuộc) ([\p{L}\p{M}]+)(?: ([\p{L}\p{M}]+))?/u;

/** "điểm 3.2 của Hướng dẫn": the numbered point of a document, a section ("ba chấm hai"). */
function ofDocument(text: string, end: number): boolean {
  const m = OF_DOCUMENT.exec(text.slice(end, end + 40));
  if (!m) return false;
  const one = m[1].toLowerCase();
  return DOCUMENT_WORDS.has(one) || (m[2] !== undefined && DOCUMENT_WORDS.has(`${one} ${m[2].toLowerCase()}`));
}

/**
 * "1.5 triệu", "IELTS 6.5", "pH 7.4": a dot before one or two digits that cannot be a
 * thousands group is an English decimal; "4.0" and "Điều 2.1" are versions and sections.
 */
function isEnglishDecimal(written: string, text: string, start: number, end: number): boolean {
  const after = wordAfter(text, end);
  // "tiết 2.1 điểm 2": after a part of a legal text, the "điểm" that follows is the next part, not points.
  if (after === 'điểm' && precededBy(text, start, SECTION_AFTER)) return false;
  if (DECIMAL_CONTEXT.has(after)) return true;
  if (wordsBefore(text, start, 1) === 'điểm' && (SECTION_AFTER.has(after) || ofDocument(text, end))) return false;
  return !written.endsWith('.0') && !precededBy(text, start, VERSION_CONTEXT);
}

const PADDED_COUNT = /^0[1-9]$/;
/** Five or more undotted digits after "mã số thuế", "số tài khoản"…: a code, digit by digit. */
const CODE_DIGITS = /^\d{5,}$/;
/** A service line of three or four digits ("tổng đài 1022"), not a count. */
const SERVICE_NUMBER = /^\d{3,4}$/;

/** "tổng đài 1022"; "Soạn tin DK V120 gửi 191": a short code a message is sent to. */
const isServiceLine = (text: string, start: number, end: number): boolean =>
  precededBy(text, start, HOTLINE_BEFORE) ||
  (precededBy(text, start, SMS_SEND_BEFORE) && SMS_WORDS.test(text.slice(0, start)) &&
    (!isCountedNoun(text, end) || SMS_CODE_GOES_ON.has(wordAfter(text, end))));
/** More digits than any amount in the news: a code whatever precedes it (a card number)... */
const TOO_LONG = /^\d{16,}$/;
/** ...unless it is round, an amount in "triệu tỷ" ("1000000000000000" → "một triệu tỷ"). */
const ROUND_AMOUNT = /^[1-9]\d{0,3}0{12,}$/;

/** "mã số thuế là 0101…": a copula between the code word and the code. */
const COPULA_BEFORE = /(?<![\p{L}])là$/u;

/** The 1–3 words before `index`, skipping a colon, an opening bracket ("STK: 0123…") or "là". */
function codeWordBefore(text: string, index: number, words: ReadonlySet<string> = CODE_BEFORE): boolean {
  let i = index;
  while (i > 0 && /[\s:(“"'#]/.test(text[i - 1])) i--;
  if (precededBy(text, i, words)) return true;
  const copula = COPULA_BEFORE.exec(text.slice(Math.max(0, i - 4), i));
  return copula !== null && precededBy(text, i - copula[0].length, words);
}
/** "mã số 4567": every short-code word starts with "mã", so a plain search rules most numbers out first (profiled: this runs for every number). */
const afterShortCodeWord = (text: string, start: number): boolean =>
  /[mM]ã/.test(text.slice(Math.max(0, start - 24), start)) && codeWordBefore(text, start, SHORT_CODE_BEFORE);

/** "192.168.1.1", "2024.123": digit by digit, "chấm" at each dot. */
const readDottedDigits = (written: string): string => written.split('.').map(readDigits).join(' chấm ');

/** An IPv4 address: four numbers up to 255. */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
/** By now the lexicon has read "IP" ("địa chỉ IP 192.168.100.200"). */
const IP_BEFORE: ReadonlySet<string> = new Set(['ip', 'i pê']);
/** Numbered parts of a text are sections, not addresses ("mục 1.2.10.3"). */
const SECTION_BEFORE: ReadonlySet<string> = new Set(['mục', 'tiểu mục', 'điểm', 'khoản', 'điều', 'phần', 'chương', 'bước', 'hình', 'bảng']);
/**
 * "192.168.0.1" is an address, read digit by digit between the dots, as IT staff say it; four
 * groups of three digits are thousands ("192.168.100.200") unless "IP" comes before.
 */
function isIpAddress(written: string, text: string, start: number): boolean {
  if (!IPV4.test(written) || precededBy(text, start, SECTION_BEFORE)) return false;
  return written.split('.').slice(1).some((g) => g.length !== 3) || precededBy(text, start, IP_BEFORE);
}

/** "vàng nhẫn 9999", "vàng 999.9": the fineness of gold, digit by digit. */
const FINENESS = /^9{3,4}$|^9{2,3}[.,]9{1,2}$/;
/** The printed mark is said: "999.9" chấm, "99,99" phẩy. */
const readFineness = (s: string): string => s.split(/[.,]/).map(readDigits).join(s.includes(',') ? ' phẩy ' : ' chấm ');
const LOWER = /\p{Ll}/u;
const DOTTED = /^\d+(?:\.\d+)+$/;
/** "Đề án 06 năm 2022": "năm" before a year is the year of a name; "thử thách 05 năm" counts years. */
const YEAR_AFTER = /^ năm (?:\d|nay|ngoái|đó)/;
const isCountedNoun = (text: string, end: number): boolean => {
  if (text[end] !== ' ') return false;
  const after = wordAfter(text, end);
  if (after === 'năm') return !YEAR_AFTER.test(text.slice(end, end + 10));
  return !NOT_COUNTED.has(after);
};

const PATTERN = new RegExp(
  [
    String.raw`${NUM_START}((?:(?<=^|[\s(])[-−])?${NUM})${NUM_END}`,
    String.raw`${NUM_START}(\d+(?:\.\d+)+)(?![\p{N}])`,
  ].join('|'),
  'gu',
);

/** @example verbalize "có 4.857 đảng viên" → "có bốn nghìn tám trăm năm mươi bảy đảng viên" */
export const cardinalClass: SemioticClass = {
  name: 'cardinal',
  needsDigits: true,
  pattern: PATTERN,
  verbalize(m, ctx) {
    const written = m[1] ?? m[2];
    if (isIpAddress(written, ctx.text, ctx.start)) return readDottedDigits(written);
    if (FINENESS.test(written) && precededBy(ctx.text, ctx.start, GOLD_BEFORE)) return readFineness(written);
    // "mã số 2024.123", "mã số 25.456": a case number is never an amount, digit by digit between the dots.
    if (DOTTED.test(written) && afterShortCodeWord(ctx.text, ctx.start)) return readDottedDigits(written);
    // Police and court reports pad counts: "thu giữ 02 xe máy, 01 điện thoại" → "hai", "một".
    if (m[1] && PADDED_COUNT.test(m[1]) && LOWER.test(ctx.text[ctx.end + 1] ?? '') && isCountedNoun(ctx.text, ctx.end)) {
      return readNumber(m[1].slice(1));
    }
    // Tax codes, account and ID numbers are printed without separators: read digit by digit;
    // a long bare number elsewhere is an amount ("2500000000 đồng").
    if (m[1] && ((TOO_LONG.test(m[1]) && !ROUND_AMOUNT.test(m[1])) || (CODE_DIGITS.test(m[1]) && codeWordBefore(ctx.text, ctx.start)))) return readDigits(m[1]);
    if (m[1] && SERVICE_NUMBER.test(m[1]) && (isServiceLine(ctx.text, ctx.start, ctx.end) || afterShortCodeWord(ctx.text, ctx.start))) return readDigits(m[1]);
    if (m[1]) return readWrittenNumber(m[1]);
    // "1.5 triệu" is an English-style decimal; "4.0" (a version) is read with "chấm".
    if (/^\d+\.\d{1,2}$/.test(m[2]) && isEnglishDecimal(m[2], ctx.text, ctx.start, ctx.end)) return readWrittenNumber(m[2]);
    return m[2].split('.').map(readNumber).join(' chấm ');
  },
};

/**
 * Account, card and ID numbers printed in groups after a code word ("số tài khoản 1903 4567
 * 8910 11", "CCCD 079 123 456 789"): digit by digit, group by group. Without a code word the
 * groups are left to the other classes ("12 500 người" is a count).
 * @example verbalize "số tài khoản 1903 4567" → "số tài khoản một chín không ba, bốn năm sáu bảy"
 */
export const codeDigitsClass: SemioticClass = {
  name: 'code-digits',
  needsDigits: true,
  pattern: /(?=\d)(?<![\p{L}\p{N}.,])\d{2,}(?:[ .-]\d{2,}){1,6}(?![\p{N}]|[.,]\d)/gu,
  trigger: /\d{2} \d{2}|\d{2}[.-]\d{2,}[.-]\d/,
  verbalize(m, ctx) {
    if (!codeWordBefore(ctx.text, ctx.start)) return undefined;
    return m[0].split(/[ .-]/).map(readDigits).join(', ');
  },
};

/**
 * A version after its letter: "firmware v1.2.3", "bản v2.0" → "vê một chấm hai chấm ba".
 * The dots are version separators, never thousands or decimals.
 */
export const versionClass: SemioticClass = {
  name: 'version',
  needsDigits: true,
  pattern: /(?=[vV])(?<![\p{L}\p{N}_.])[vV](\d+(?:\.\d+)+)(?![\p{L}\p{N}]|\.\d)/gu,
  trigger: /[vV]\d+\.\d/,
  verbalize: (m) => `vê ${m[1].split('.').map(readNumber).join(' chấm ')}`,
};

/**
 * A number with its last digits masked: known digits, then x's, in "." groups ("19.8xx",
 * "2x.xxx"), or before a count or an amount ("1xx triệu", "2x tuổi"; "9x", "năm 199x" are
 * generations and "zoom 3x" a factor, read by the multiply class).
 */
const MASKED = /(?<![\p{L}\p{N}.,])(?:\d[\dx]{0,2}(?:\.[\dx]{3})+|\d{1,2}x{1,2}(?= \p{Ll}))(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Prices and counts with masked digits, as printed in market and social news: "19.8xx đồng"
 * → "hơn mười chín nghìn tám trăm đồng", "1.2xx người" → "hơn một nghìn hai trăm người":
 * the known digits with zeros for the masked ones, after "hơn"; never the letters "ích ích".
 */
export const maskedNumberClass: SemioticClass = {
  name: 'cardinal',
  needsDigits: true,
  pattern: MASKED,
  trigger: /\dx|x\.x/,
  verbalize(m, ctx) {
    const digits = m[0].replace(/\./g, '');
    if (!/^\d+x+$/.test(digits)) return undefined; // "1x2.3x4" is no masked number
    const after = wordAfter(ctx.text, ctx.end);
    // "zoom 10x lần", "gấp 2x lần": a factor that says its "lần" again, read by the multiply class.
    if (!m[0].includes('.') && (!RANGE_AFTER.has(after) || (after === 'lần' && /^\d+x$/.test(digits)))) return undefined;
    if (m[0].length < 3 && after !== 'tuổi') return undefined; // "2x tuổi" hơn hai mươi, but "2x" is a factor
    return `hơn ${readCardinal(digits.replace(/x/g, '0'))}`;
  },
};
