/**
 * Cardinal numbers: digits → Vietnamese words, following the rules a newsreader uses
 * (mốt/tư/lăm after "mươi", "linh" for a zero tens digit, "không trăm" for inner groups).
 */
import {
  BILLION, DIGITS, GROUP_SCALES, HUNDRED, TEN, TENS, UNIT_AFTER_MUOI, UNIT_AFTER_MUOI_TEEN,
  ZERO_HUNDREDS, ZERO_TENS,
} from '../data/numbers.js';

/** Reads one 3-digit group. `full` = an inner group, which must say its zero hundreds. */
function readGroup(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0) words.push(DIGITS[h], HUNDRED);
  else if (full) words.push(ZERO_HUNDREDS);
  if (t === 0) {
    if (u > 0) {
      if (h > 0 || full) words.push(ZERO_TENS);
      words.push(DIGITS[u]);
    }
  } else if (t === 1) {
    words.push(TEN);
    if (u > 0) words.push(UNIT_AFTER_MUOI_TEEN[u] ?? DIGITS[u]);
  } else {
    words.push(DIGITS[t], TENS);
    if (u > 0) words.push(UNIT_AFTER_MUOI[u] ?? DIGITS[u]);
  }
  return words.join(' ');
}

/** Reads a number below one billion given as 3-digit groups (most significant first). */
function readBelowBillion(groups: number[], leading: boolean): string[] {
  const words: string[] = [];
  groups.forEach((g, i) => {
    const scale = GROUP_SCALES[groups.length - 1 - i];
    if (g === 0) return;
    const first = leading && words.length === 0;
    words.push(readGroup(g, !first));
    if (scale) words.push(scale);
  });
  return words;
}

/**
 * Reads a non-negative integer given as a digit string (any length; separators removed).
 * Zero groups are skipped; "tỷ" repeats for larger magnitudes ("nghìn tỷ", "triệu tỷ", "tỷ tỷ").
 * @example readCardinal('3200000000') //=> 'ba tỷ hai trăm triệu'
 * @example readCardinal('1004') //=> 'một nghìn không trăm linh bốn'
 */
export function readCardinal(digits: string): string {
  const clean = digits.replace(/^0+(?=\d)/, '');
  if (clean === '0') return DIGITS[0];
  // Blocks of 9 digits, most significant first; each block below the top one is worth "tỷ" more.
  const blocks: string[] = [];
  for (let end = clean.length; end > 0; end -= 9) blocks.unshift(clean.slice(Math.max(0, end - 9), end));
  const words: string[] = [];
  blocks.forEach((block, i) => {
    const groups: number[] = [];
    for (let end = block.length; end > 0; end -= 3) groups.unshift(Number(block.slice(Math.max(0, end - 3), end)));
    const part = readBelowBillion(groups, words.length === 0);
    if (part.length === 0) return;
    words.push(...part, ...Array<string>(blocks.length - 1 - i).fill(BILLION));
  });
  return words.join(' ');
}

/**
 * Reads digits one by one, for phone numbers, codes and leading-zero decimals.
 * @example readDigits('0905') //=> 'không chín không năm'
 */
export function readDigits(digits: string): string {
  const words: string[] = [];
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    if (d >= 0 && d <= 9) words.push(DIGITS[d]);
  }
  return words.join(' ');
}

/**
 * Reads an integer as written in Vietnamese text: "." groups thousands; a leading zero
 * means a code, read digit by digit.
 * @example readNumber('4.857') //=> 'bốn nghìn tám trăm năm mươi bảy'
 * @example readNumber('007') //=> 'không không bảy'
 */
export function readNumber(written: string): string {
  const digits = written.replace(/[.\s]/g, '');
  if (digits.length > 1 && digits[0] === '0') return readDigits(digits);
  return readCardinal(digits);
}
