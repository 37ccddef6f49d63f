/** Helpers that let a verbalizer look at the words around its span (no regex built per call). */

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * The `count` words before `index`, lower case, joined by one space; punctuation stops the scan.
 * @example wordsBefore('Sáng 20-7', 5, 1) //=> 'sáng'
 */
export function wordsBefore(text: string, index: number, count = 1): string {
  const words: string[] = [];
  let i = index - 1;
  while (words.length < count) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '(')) i--;
    const end = i + 1;
    while (i >= 0 && isLetter(text[i])) i--;
    if (end === i + 1) break;
    words.unshift(text.slice(i + 1, end).toLowerCase());
  }
  return words.join(' ');
}

/**
 * The word right after `index`, lower case ('' when punctuation or the end comes first).
 * @example wordAfter('50-75 triệu đồng', 5) //=> 'triệu'
 */
export function wordAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && text[i] === ' ') i++;
  const start = i;
  while (i < text.length && isLetter(text[i])) i++;
  return text.slice(start, i).toLowerCase();
}

/** The first non-space character at or after `index` ('' at the end). */
export function charAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && text[i] === ' ') i++;
  return text[i] ?? '';
}

/** The last non-space character before `index` ('' at the start). */
export function charBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text[i] ?? '';
}

/** True when `word` (or the last words before `index`) is one of `set`, for up to 3-word keys. */
export function precededBy(text: string, index: number, set: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 3; n++) {
    if (set.has(wordsBefore(text, index, n))) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/**
 * True when one of `set` (1–2 word keys) occurs among the `maxWords` words before `index`
 * in the same clause (a comma or sentence mark stops the scan, so does a bare number).
 * Codes and names with digits stand in between without hiding a word: "thua U19 Úc 1-2".
 * @example occursBefore('Việt Nam thắng Indonesia 2-1', 25, new Set(['thắng'])) //=> true
 */
export function occursBefore(text: string, index: number, set: ReadonlySet<string>, maxWords = 6): boolean {
  let i = index - 1;
  const words: string[] = [];
  while (words.length < maxWords && i >= 0) {
    while (i >= 0 && text[i] === ' ') i--;
    const end = i + 1;
    while (i >= 0 && (WORD_CHAR.test(text[i]) || (text[i] === '-' && isLetter(text[i - 1]) && isLetter(text[i + 1])))) i--;
    if (end === i + 1) break; // punctuation ends the clause
    const word = text.slice(i + 1, end);
    if (DIGIT.test(word)) {
      if (!HAS_LETTER.test(word)) break; // a bare number ends the scan
      words.unshift('');
      continue;
    }
    words.unshift(word.toLowerCase());
  }
  for (let k = 0; k < words.length; k++) {
    if (set.has(words[k]) || (k + 1 < words.length && set.has(`${words[k]} ${words[k + 1]}`))) return true;
  }
  return false;
}
