/**
 * Legal document numbers: the number, "trên" the year, then the code, expanded piece by
 * piece or spelled: "100/2019/NĐ-CP" → "một trăm trên hai nghìn không trăm mười chín nghị
 * định chính phủ"; Party style "21-KL/TW" → "hai mươi mốt kết luận trung ương". After the
 * type word ("Nghị định 100/2019/NĐ-CP", "QĐ 12/QĐ-UBND") the code's type is spelled ("en đê
 * chính phủ"), so a type is never said twice (nor two types said: "Quy định 114-QĐ/TW" is
 * not "quy định … quyết định") and the code never dropped.
 */
import { ABBREVIATIONS, CODE_PREFIXES, DOCUMENT_PARTS, DOCUMENT_TYPE_CODES } from '../data/abbreviations.js';
import { readCardinal, readNumber } from './cardinal.js';
import { spellLetters } from './spell.js';
import { PLUS_RATING_CODES } from '../data/context-words.js';
import { wordsBefore } from './context.js';
import type { SemioticClass } from './types.js';

const CODE = String.raw`\p{Lu}[\p{L}\d]*(?:[-–&]\p{Lu}[\p{L}\d]*)*`;
/** A type code printed before the number ("TT 01/2025/TT-BGDĐT", "QĐ số 12/QĐ-UBND"): read with it. */
const TYPE_BEFORE = String.raw`(?:(${Object.keys(DOCUMENT_TYPE_CODES).filter((c) => c.length > 1).join('|')})\s(số\s)?)?`;
/**
 * The legal types, by code or by name, that cite a number with its year only ("TT 01/2025",
 * "Nghị định 15/2020"); other types are no cue ("ký hợp đồng 12/2024" is a month).
 */
const YEAR_ONLY_TYPES = ['NĐ', 'TT', 'TTLT', 'NQ', 'QĐ', 'CT', 'CV'];
const TYPE_NAMES = [
  ...YEAR_ONLY_TYPES,
  ...YEAR_ONLY_TYPES.map((code) => DOCUMENT_TYPE_CODES[code]).flatMap((name) => [`${name[0].toUpperCase()}${name.slice(1)}`, name]),
].join('|');
const NUMBER = String.raw`(?=\d)(\d{1,3}(?:\.\d{3})+|\d+)`;
const PATTERN = new RegExp(
  [
    // State documents: "100/2019/NĐ-CP", "1234/QĐ-UBND", "45/2019/QH14".
    String.raw`(?<![\p{L}\p{N}.]|\d:)${TYPE_BEFORE}${NUMBER}(?:\/(\d{4}))?\/(${CODE})(?![\p{L}\p{N}])`,
    // Party documents: "21-KL/TW", "05-CT/TW", "35-NQ/TW".
    String.raw`(?<![\p{L}\p{N}.])${TYPE_BEFORE}${NUMBER}[-–](\p{Lu}[\p{L}]*)\/(${CODE})(?![\p{L}\p{N}])`,
    // A type before a number and its year, no code: "TT 01/2025", "Thông tư 01/2025" (not a month).
    String.raw`(?<![\p{L}\p{N}])(${TYPE_NAMES})\s(số\s)?(\d{1,4})\/(\d{4})(?![\p{L}\p{N}\/]|[.,]\d)`,
  ].join('|'),
  'gu',
);

/**
 * Reads the code part ("NĐ-CP", "TT-BGDĐT", "QĐ-UBND"): each piece from the tables or
 * spelled. Once a document type was said before the number, a piece naming a type is
 * spelled, so "Thông tư 05/2023/TT-BYT" never says "thông tư" twice.
 */
export function readDocumentCode(code: string, saidType = ''): string {
  return code
    .split(/[-–&]/)
    .map((part) => {
      if (saidType && DOCUMENT_TYPE_CODES[part]) return spellLetters(part);
      return DOCUMENT_PARTS[part] ?? ABBREVIATIONS.get(part) ?? readCodePiece(part);
    })
    .join(' ');
}

/** A type said before the number, as words ("quyết định") or as its code ("QĐ", read later). */
const DOCUMENT_TYPE_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(DOCUMENT_TYPE_CODES),
  ...Object.keys(DOCUMENT_TYPE_CODES).filter((code) => code.length > 1).map((code) => code.toLowerCase()),
]);

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** How far back before "số" the head of the document's name may stand ("Quyết định khởi tố vụ án hình sự số 45/…"). */
const NAME_WORDS = 8;

/**
 * The document type said before the number, lower case: right before it ("Thông tư 05/…")
 * or heading the name that "số" ends ("Quyết định số 12/…", "Quyết định phê chuẩn số 34/…").
 */
function typeBefore(text: string, start: number): string {
  const right = wordsBefore(text, start, 4).split(' ');
  for (let n = Math.min(4, right.length); n >= 1; n--) {
    const phrase = right.slice(right.length - n).join(' ');
    if (DOCUMENT_TYPE_WORDS.has(phrase)) return phrase;
  }
  const named = wordsBefore(text, start, NAME_WORDS + 1).split(' ');
  if (named.pop() !== 'số') return '';
  for (let i = 0; i < named.length; i++) {
    for (let n = 4; n >= 1; n--) {
      const phrase = named.slice(i, i + n).join(' ');
      if (i + n <= named.length && DOCUMENT_TYPE_WORDS.has(phrase)) return phrase;
    }
  }
  return '';
}

/** Bodies numbered by their term: the number after them is the khóa. */
const TERM_BODIES: ReadonlySet<string> = new Set(['QH', 'UBTVQH']);

/** "UBND15" (a body with a term number): expand the letters, read the digits; "QH15" → "quốc hội khóa mười lăm". */
function readCodePiece(part: string): string {
  const m = /^(\p{Lu}+)(\d+)$/u.exec(part);
  const term = m && TERM_BODIES.has(m[1]) ? CODE_PREFIXES[m[1]] : undefined;
  if (m) return `${term ?? DOCUMENT_PARTS[m[1]] ?? ABBREVIATIONS.get(m[1]) ?? spellLetters(m[1])} ${readNumber(m[2])}`;
  return spellLetters(part);
}

/** @example verbalize "Nghị định 100/2019/NĐ-CP" → "Nghị định một trăm trên hai nghìn không trăm mười chín en đê chính phủ" */
export const documentClass: SemioticClass = {
  name: 'document',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /\d[-–/]\p{Lu}|\/\p{Lu}|\d\/\d{4}/u,
  verbalize(m, ctx) {
    // "SPF 50/PA++++": a sunscreen's two ratings, not a document numbered 50 of PA.
    if (m[5] && PLUS_RATING_CODES[m[5]] && ctx.text[ctx.end] === '+') return undefined;
    // "Tiểu đoàn 4/Trung đoàn 102", "Tổ 5/Khu phố 3": a capitalised word after the slash is a name, not a code.
    if (NAME_WORD.test(m[5] ?? '') && !DOCUMENT_PARTS[m[5]]) return undefined;
    if (m[11]) return `${DOCUMENT_TYPE_CODES[m[11]] ?? m[11]} ${m[12] ?? ''}${readNumber(m[13])} trên ${readCardinal(m[14])}`;
    const code = m[1] ?? m[6];
    const type = code ? DOCUMENT_TYPE_CODES[code] : '';
    const said = type || typeBefore(ctx.text, ctx.start);
    const head = type ? `${type} ${m[2] ?? m[7] ?? ''}` : '';
    // A leading zero is read as printed: "05/2022/TT-BGDĐT" → "không năm trên …".
    // "1.234/QĐ-TTg": a number printed with a thousands dot is still one number.
    if (m[8]) return `${head}${readNumber(m[8].replace(/\./g, ''))} ${readDocumentCode(m[9], said)} ${readDocumentCode(m[10], said)}`;
    const number = readNumber(m[3].replace(/\./g, ''));
    const year = m[4] ? ` trên ${readCardinal(m[4])}` : '';
    return `${head}${number}${year} ${readDocumentCode(m[5], said)}`;
  },
};
