/**
 * Legal document numbers: "100/2019/NĐ-CP" → "một trăm trên hai nghìn không trăm mười chín
 * nghị định chính phủ"; "1234/QĐ-UBND" → "một nghìn hai trăm ba mươi tư quyết định ủy ban
 * nhân dân"; Party style "21-KL/TW" → "hai mươi mốt kết luận trung ương". The number,
 * "trên" the year, then the type and issuer expanded.
 */
import { ABBREVIATIONS, DOCUMENT_PARTS } from '../data/abbreviations.js';
import { readCardinal, readNumber } from './cardinal.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

const CODE = String.raw`\p{Lu}[\p{L}\d]*(?:[-–&]\p{Lu}[\p{L}\d]*)*`;
const PATTERN = new RegExp(
  [
    // State documents: "100/2019/NĐ-CP", "1234/QĐ-UBND", "45/2019/QH14".
    String.raw`(?<![\p{L}\p{N}])(\d+)(?:\/(\d{4}))?\/(${CODE})(?![\p{L}\p{N}])`,
    // Party documents: "21-KL/TW", "05-CT/TW", "35-NQ/TW".
    String.raw`(?<![\p{L}\p{N}])(\d+)[-–](\p{Lu}[\p{L}]*)\/(${CODE})(?![\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

/** Reads the code part ("NĐ-CP", "TT-BGDĐT", "QĐ-UBND"): each piece from the tables or spelled. */
export function readDocumentCode(code: string): string {
  return code
    .split(/[-–&]/)
    .map((part) => DOCUMENT_PARTS[part] ?? ABBREVIATIONS.get(part) ?? readCodePiece(part))
    .join(' ');
}

/** "UBND15" (a body with a term number): expand the letters, read the digits. */
function readCodePiece(part: string): string {
  const m = /^(\p{Lu}+)(\d+)$/u.exec(part);
  if (m) return `${DOCUMENT_PARTS[m[1]] ?? ABBREVIATIONS.get(m[1]) ?? spellLetters(m[1])} ${readCardinal(m[2])}`;
  return spellLetters(part);
}

/** @example verbalize "Nghị định 100/2019/NĐ-CP" → "Nghị định một trăm trên hai nghìn không trăm mười chín nghị định chính phủ" */
export const documentClass: SemioticClass = {
  name: 'document',
  pattern: PATTERN,
  trigger: /\d[-–/]\p{Lu}|\/\p{Lu}/u,
  verbalize(m) {
    // A leading zero is read as printed: "05/2022/TT-BGDĐT" → "không năm trên …".
    if (m[4]) return `${readNumber(m[4])} ${readDocumentCode(m[5])} ${readDocumentCode(m[6])}`;
    const number = readNumber(m[1]);
    const year = m[2] ? ` trên ${readCardinal(m[2])}` : '';
    return `${number}${year} ${readDocumentCode(m[3])}`;
  },
};
