/**
 * The run that closes a sentence (segment.ts): terminators, closing quotes and brackets, a
 * spaced ellipsis, the legal end mark "./." and emoji reacting to the sentence.
 */
import { CLOSERS } from './data/segment-rules.js';

const SPACE = /[^\S\n\u2028\u2029]/;
const LINE_BREAK = /[\n\u2028\u2029]/;
const TERMINATOR = /[.!?…]/;

/** Marks no sentence starts with: a closing quote or bracket after a space ("…đồng ý. ” Sau đó"). */
const CLOSING_ONLY = new Set(['”', '’', '»', ')', ']', '}']);

/**
 * True when the straight quote at `j`, after a space, closes an open quote: a space or the end
 * follows it and the line holds an odd number of quotes before it ('"Tôi đồng ý. " Sau đó').
 */
function closesStraightQuote(text: string, j: number): boolean {
  if (text[j] !== '"' || /\S/.test(text[j + 1] ?? ' ')) return false;
  let count = 0;
  for (let k = j - 1; k >= 0 && k > j - 2000 && !LINE_BREAK.test(text[k]); k--) if (text[k] === '"') count++;
  return count % 2 === 1;
}

/** One code point of an emoji sequence: picture, skin tone, flag letter, variation selector, joiner, keycap. */
const EMOJI = /^(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D|\u20E3)$/u;

/** Index after the emoji (with their modifiers and joiners) starting at `from`, or `from`. */
function emojiRunEnd(text: string, from: number): number {
  let j = from;
  for (;;) {
    const cp = text.codePointAt(j);
    if (cp === undefined || !EMOJI.test(String.fromCodePoint(cp))) break;
    j += cp > 0xffff ? 2 : 1;
    while (j < text.length && SPACE.test(text[j]) && EMOJI.test(String.fromCodePoint(text.codePointAt(j + 1) ?? 32))) j++;
  }
  return j;
}

/** Index after the run of terminators and closers starting at `from`. */
export function runEnd(text: string, from: number): number {
  let end = from;
  for (;;) {
    while (end < text.length && (TERMINATOR.test(text[end]) || CLOSERS.has(text[end]))) end++;
    // "…thi hành Quyết định này./.": the end mark of a legal text belongs to its last sentence.
    if (text[end - 1] === '.' && text.startsWith('/.', end)) {
      end += 2;
      continue;
    }
    let j = end;
    while (j < text.length && SPACE.test(text[j])) j++;
    if (j === end) return end;
    // A spaced ellipsis is one run: ". . .", "Hà Nội. . ." (not "Câu một. !!!").
    const spacedDot = text[end - 1] === '.' && text[j] === '.';
    // Emoji after the mark close the sentence they react to: "…trở lại! 😍😍".", "ơi!!! 😍 Mình…".
    const emoji = emojiRunEnd(text, j);
    if (emoji > j) {
      end = emoji;
      continue;
    }
    if (!spacedDot && !CLOSING_ONLY.has(text[j]) && !closesStraightQuote(text, j)) return end;
    end = j;
  }
}
