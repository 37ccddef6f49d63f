/**
 * Clean text → sentences with character offsets. A sentence ends at . ! ? … and at line
 * breaks, but not inside abbreviations ("TP. Kon Tum"), initials ("Nguyễn Văn A. cho biết"),
 * numbers ("4.857", "20.7.2023"), URLs and e-mail addresses, or an ellipsis that goes on in
 * lower case. Closing quotes and brackets stay with their sentence; "mạnh.Nông" still splits.
 */
import { DIGRAPH_INITIALS } from './data/letters.js';
import { CLOSERS, NON_FINAL_ABBREVIATIONS } from './data/segment-rules.js';
import { isPersonBefore } from './normalize/letters.js';
import { isSyllable } from './normalize/syllable.js';
import type { Sentence } from './types.js';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /[ \t]/;

/** The token (letters, digits, dots, slashes) that ends just before `index`. */
function tokenBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\p{L}\p{N}./&@_-]/u.test(text[i - 1])) i--;
  return text.slice(i, index);
}

/** True when the period at `i` is part of a word, number, URL or abbreviation. */
function isInnerPeriod(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  // "4.857", "20.7.2023", "1.000."
  if (/\d/.test(prev) && /\d/.test(next)) return true;
  const token = tokenBefore(text, i);
  const word = token.split(/[./@]/).pop() ?? '';
  // An initial before a space and a capital: a name goes on ("R. Johnson", "George W. Bush"),
  // an anonymised person ends the sentence ("…là anh Lê Văn T. Anh T. cho biết").
  if (SPACE.test(next) && isInitialToken(word)) {
    const initial = initialEnds(text, i, i - word.length);
    if (initial !== undefined) return !initial;
  }
  // Abbreviation before the dot: "TP.", "GS.TS.", "ThS.Nguyễn".
  if (NON_FINAL_ABBREVIATIONS.has(token) || NON_FINAL_ABBREVIATIONS.has(word)) return true;
  // A list marker opening a line: "1. Mục tiêu", "a. Đối tượng", "II. Nhiệm vụ".
  if (LIST_MARKER.test(token) && atLineStart(text, i - token.length)) return true;
  // "Nguyễn Văn B. (SN 1990) bị bắt": an initial before a bracketed aside goes on.
  if (!LETTER_OR_DIGIT.test(next)) return isInitial(word) && (!startsSentence(text, i + 1) || nextChar(text, i + 1) === '(');
  // Glued to the next word: "TP.HCM", "baogialai.vn", "P.L" stay; "mạnh.Nông", "2022.Đây" split.
  if (token.includes('@') || /^(?:https?:|www)/i.test(token)) return true;
  if ((LOWER.test(prev) || /\d/.test(prev)) && UPPER.test(next) && word.length > 1) return false;
  // "HAGL.Trận đấu": an acronym of three letters or more, then a capitalised word (not "TP.Pleiku").
  return !(ACRONYM.test(word) && CAPITALISED_WORD.test(text.slice(i + 1, i + 20)));
}

const ACRONYM = /^[\p{Lu}\d]{3,}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}]*[\s,]/u;
const LIST_MARKER = /^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})$/;

const INITIAL_TOKEN = new RegExp(`^(?:${DIGRAPH_INITIALS.join('|')}|\\p{Lu})$`, 'u');
const isInitialToken = (word: string): boolean => INITIAL_TOKEN.test(word);
const NEXT_WORD = /^\s+(["“(]?)([\p{L}\p{M}]+)/u;
const ADMIN_PREFIX = /^[PQHX]$/;

/**
 * For an initial at `dot` followed by a space: true when it ends the sentence, false when
 * the sentence goes on, undefined to let the other rules decide. A capitalised Vietnamese
 * syllable after it ("Anh", "Tại") opens a new sentence when a person stands before the
 * initial; a foreign surname ("Johnson", "Bush") continues the name; before a place name
 * "P. Bến Thành" is an administrative prefix, not an initial.
 */
function initialEnds(text: string, dot: number, start: number): boolean | undefined {
  const next = NEXT_WORD.exec(text.slice(dot + 1, dot + 40));
  if (!next || next[1] === '(' || !UPPER.test(next[2][0])) return undefined;
  const person = isPersonBefore(text, start);
  const letter = text.slice(start, dot);
  if (ADMIN_PREFIX.test(letter) && !person) return false;
  if (!isSyllable(next[2])) return false;
  return person || start === 0 || atLineStart(text, start) ? true : undefined;
}

/** True when only spaces stand between the line start and `index`. */
function atLineStart(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && SPACE.test(text[j])) j--;
  return j < 0 || text[j] === '\n';
}

/** One capital letter: an initial ("Nguyễn Văn A.", "Trần B. - Giám đốc"). */
const isInitial = (word: string): boolean => word.length === 1 && UPPER.test(word);

/** The next non-space character at or after `from`. */
function nextChar(text: string, from: number): string {
  let j = from;
  while (j < text.length && SPACE.test(text[j])) j++;
  return text[j] ?? '';
}

/** True when the next non-space character after `from` can open a sentence. */
function startsSentence(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && SPACE.test(text[j])) j++;
  const ch = text[j] ?? '';
  return ch === '' || ch === '\n' || UPPER.test(ch) || /[\d"“'‘([]/.test(ch);
}

/** True when the text after `end` goes on in lower case: no sentence starts that way. */
function continuesInLowerCase(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && SPACE.test(text[j])) j++;
  // A quote closed by its attribution: '"Tôi rất vui!" - chị Lan chia sẻ.'
  if (/[-–—]/.test(text[j] ?? '') && SPACE.test(text[j + 1] ?? '') && /["”']/.test(text[end - 1] ?? '')) {
    j += 2;
    while (j < text.length && SPACE.test(text[j])) j++;
  }
  return j < text.length && (LOWER.test(text[j]) || /[,;:]/.test(text[j]));
}

/** Index just after the sentence end starting at terminator `i`, or -1 when `i` does not end it. */
function sentenceEnd(text: string, i: number): number {
  if (text[i] === '.' && !text.startsWith('..', i + 1) && isInnerPeriod(text, i)) return -1;
  let end = i + 1;
  // Runs like "...", "?!", "!”." end together; closing quotes and brackets stay.
  while (end < text.length && (/[.!?…]/.test(text[end]) || CLOSERS.has(text[end]))) end++;
  // "Nguyễn Văn A. cho biết", "chưa nên… nhưng", "A., Viện trưởng": the sentence goes on.
  if (continuesInLowerCase(text, end)) return -1;
  return end;
}

/**
 * Splits text into sentences. Offsets are UTF-16 indices into `text`;
 * `text.slice(charStart, charEnd) === sentence.text`. Paragraphs are separated by a blank line.
 * @example segmentText('Sáng 20-7, hội nghị khai mạc. Có 7 chỉ tiêu đạt.').map((s) => s.text)
 * //=> ['Sáng 20-7, hội nghị khai mạc.', 'Có 7 chỉ tiêu đạt.']
 */
export function segmentText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let newlines = 0;

  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (a === b) return;
    if (newlines >= 2 && sentences.length > 0) paragraph++;
    newlines = 0;
    sentences.push({ index: sentences.length, text: text.slice(a, b), charStart: a, charEnd: b, paragraph });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      newlines++;
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    const end = sentenceEnd(text, i);
    if (end < 0) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return sentences;
}
