/**
 * Legal document numbers: "100/2019/NĐ-CP" → "một trăm trên hai nghìn không trăm mười chín
 * nghị định chính phủ"; "1234/QĐ-UBND" → "một nghìn hai trăm ba mươi tư quyết định ủy ban
 * nhân dân". The number, "trên" the year, then the type and issuer expanded.
 */
import { ABBREVIATIONS, DOCUMENT_PARTS } from '../data/abbreviations.js';
import { readCardinal } from './cardinal.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

const PATTERN = /(?<![\p{L}\p{N}])(\d+)(?:\/(\d{4}))?\/((?:\p{Lu}[\p{L}\d]*)(?:[-–&]\p{Lu}[\p{L}\d]*)*)(?![\p{L}\p{N}])/gu;

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
  verbalize(m) {
    const number = readCardinal(m[1]);
    const year = m[2] ? ` trên ${readCardinal(m[2])}` : '';
    return `${number}${year} ${readDocumentCode(m[3])}`;
  },
};
