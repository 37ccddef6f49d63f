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

/**
 * True when one of `set` (1–2 word keys) occurs among the `maxWords` words before `index`
 * in the same clause (a comma or sentence mark stops the scan).
 * @example occursBefore('Việt Nam thắng Indonesia 2-1', 25, new Set(['thắng'])) //=> true
 */
export function occursBefore(text: string, index: number, set: ReadonlySet<string>, maxWords = 6): boolean {
  let i = index - 1;
  const words: string[] = [];
  while (words.length < maxWords && i >= 0) {
    while (i >= 0 && text[i] === ' ') i--;
    const end = i + 1;
    while (i >= 0 && isLetter(text[i])) i--;
    if (end === i + 1) break; // punctuation or a digit ends the clause
    words.unshift(text.slice(i + 1, end).toLowerCase());
  }
  for (let k = 0; k < words.length; k++) {
    if (set.has(words[k]) || (k + 1 < words.length && set.has(`${words[k]} ${words[k + 1]}`))) return true;
  }
  return false;
}

/** "Việt Nam - Thái Lan (" right before the pair: two names joined by a spaced dash. */
const TEAMS_THEN_PAREN = /\p{Lu}[\p{L}\p{M}0-9]*(?: [\p{L}\p{M}0-9]+){0,3} [-–] \p{Lu}[\p{L}\p{M}0-9]*(?: [\p{L}\p{M}0-9]+){0,3} ?\($/u;
const CAPITAL_AFTER = /^ \p{Lu}/u;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}0-9]* $/u;

/**
 * A match result written by shape, with no score word: "Việt Nam - Thái Lan (2-1)" or a
 * headline "Arsenal 2-0 Chelsea" (a name on both sides of the pair).
 */
export function looksLikeScore(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '(') return TEAMS_THEN_PAREN.test(text.slice(Math.max(0, start - 60), start));
  return (
    CAPITAL_AFTER.test(text.slice(end, end + 2)) &&
    CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    !NUMBERED_PART.has(wordsBefore(text, start, 1))
  );
}

/** "Điều 5-7 Nghị định 100": a span of numbered parts, not a match result. */
const NUMBERED_PART: ReadonlySet<string> = new Set([
  'điều', 'khoản', 'chương', 'mục', 'phần', 'tập', 'kỳ', 'bài', 'lớp', 'phòng', 'tầng', 'số', 'tổ', 'khu', 'đợt',
  'vòng', 'bảng', 'phụ', 'trang', 'câu', 'quận', 'phường', 'thôn', 'ấp', 'km', 'quốc', 'ql',
]);

/** A score just before, in a list or a bracket: "thắng 6-3, 6-4", "3-1 (25-20, 23-25)". */
const PREVIOUS_PAIR = /\d{1,2}\s?[-–]\s?\d{1,2}(?:,\s?|\s?\()$/;

/**
 * True when a score word governs the pair at `index`, directly or through the pairs listed
 * before it (set scores after a match score).
 */
export function scoreGoverns(text: string, index: number, scoreWords: ReadonlySet<string>): boolean {
  let i = index;
  for (let k = 0; k < 8; k++) {
    if (occursBefore(text, i, scoreWords)) return true;
    const m = PREVIOUS_PAIR.exec(text.slice(Math.max(0, i - 12), i));
    if (!m) return false;
    i -= m[0].length;
  }
  return false;
}
