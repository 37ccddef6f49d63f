/**
 * Lottery results (xổ số kiến thiết, Vietlott): the numbers after a prize name ("Giải nhất:
 * 45678", "Giải ba: 67890 - 23456", "giải đặc biệt về 98765", "G7: 123") are drawn, read
 * digit by digit with a pause between them, never as amounts or ranges; two-digit numbers
 * are said as numbers ("giải tám: 07" → "không bảy", "12" → "mười hai"). With no colon or verb a
 * number of five or six digits printed without grouping is drawn too ("giải nhất 12345", "ĐB 45821"):
 * amounts are grouped with dots.
 */
import { DRAW_GOES_ON, LOTTERY_NOT_BEFORE, LOTTERY_PRIZE } from '../data/codes.js';
import { readDigits, readNumber } from './cardinal.js';
import { wordAfter } from './context.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:${LOTTERY_PRIZE})(?:\s*:\s*|\s+(?:về|là|gồm(?: các số)?|:)\s+|\s(?=\d{5,6}(?!\d|[.,]\d))))` +
    String.raw`\d{2,6}(?:\s?[-–,;]\s?\d{2,6})*(?![\p{N}]|[.,]\d|\s?[-–]\s?\d)`,
  'giu',
);

const readDrawn = (n: string): string => (n.length === 2 && n[0] !== '0' ? readNumber(n) : readDigits(n));

/** @example verbalize "Giải ba: 67890 - 23456" → "Giải ba: sáu bảy tám chín không, hai ba bốn năm sáu" */
export const lotteryClass: SemioticClass = {
  name: 'lottery',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /giải|G\.?[ĐB1-8]|ĐB/i,
  verbalize(m, ctx) {
    const next = wordAfter(ctx.text, ctx.end);
    if (LOTTERY_NOT_BEFORE.has(next)) return undefined;
    // "Giải ba: 150 học sinh": a lower-case word after it is what the number counts.
    if (next && isLowerAt(ctx.text, ctx.end) && !DRAW_GOES_ON.has(next)) return undefined;
    return m[0].split(/\s?[-–,;]\s?/).map(readDrawn).join(', ');
  },
};

/** The word after `index` is written in lower case ("150 học sinh", not "45678 Giải nhì"). */
function isLowerAt(text: string, index: number): boolean {
  const ch = text.slice(index).trimStart()[0] ?? '';
  return ch !== ch.toUpperCase();
}

/** Prize ranks as a lottery table names them: "G1" is giải nhất, "G4" giải tư. */
const PRIZE_RANKS: readonly string[] = ['', 'nhất', 'nhì', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám'];

/**
 * A prize's label in a result table before its drawn numbers: "G1: 12345", "G.7: 123" →
 * "giải nhất", "giải bảy" (not "G7: hội nghị…", nor "G20").
 * @example verbalize "G.ĐB: 45821, G1: 12345" → "G.ĐB: 45821, giải nhất: 12345"
 */
export const prizeLabelClass: SemioticClass = {
  name: 'prize-label',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}.])G\.?([1-8])(?=\s?:\s?\d{2,6}(?!\d|[.,]\d))/gu,
  trigger: /G\.?[1-8]\s?:/,
  verbalize: (m) => `giải ${PRIZE_RANKS[Number(m[1])]}`,
};
