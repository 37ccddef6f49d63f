/**
 * Clean text → sentences with character offsets. A sentence ends at . ! ? … and at line
 * breaks, but not inside abbreviations ("TP. Kon Tum"), initials ("Nguyễn Văn A. cho biết"),
 * numbers ("4.857", "20.7.2023"), URLs and e-mail addresses, list markers ("gồm: 1. …"), or
 * an ellipsis that goes on in lower case. Closing quotes and brackets stay with their
 * sentence; "mạnh.Nông" and "(theo EVN).Công suất" still split.
 */
import { DIGRAPH_INITIALS } from './data/letters.js';
import {
  ADDRESS_ITEM_HEADS,
  CLOSERS,
  DEGREE_WORDS,
  LIST_HEADS,
  LIST_LEADS,
  NAME_PREFIXES,
  NON_FINAL_ABBREVIATIONS,
  NUMBER_PREFIXES,
  OFFICE_HEADS,
  OFFICE_NAME_HEADS,
  ONE_SYLLABLE_PLACES,
  PLACE_PREFIXES,
  SENTENCE_OPENERS,
  SIGNATURE_MARKS,
  SPEECH_VERBS,
  SURNAMES,
} from './data/segment-rules.js';
import { isPersonBefore } from './normalize/letters.js';
import { isSyllable } from './normalize/syllable.js';
import { runEnd } from './segment-runs.js';
import type { Sentence } from './types.js';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Any space but a line break: scraped news is full of no-break spaces ("TP.\u00A0Pleiku"). */
const SPACE = /[^\S\n\u2028\u2029]/;
const LINE_BREAK = /[\n\u2028\u2029]/;
const TERMINATOR = /[.!?…]/;

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
  // A dotted title ("GS.TS.", "Th.S.") before a name, not the initial its last letter looks like.
  if (token.includes('.') && NON_FINAL_ABBREVIATIONS.has(token)) return !opensSentence(text, i + 1, true);
  // "I. Đọc hiểu", "V. Putin…" opening a line: a heading or list marker, not an initial.
  if (LIST_MARKER.test(token) && atLineStart(text, i - token.length)) return true;
  // An initial before a space and a capital: a name goes on ("R. Johnson", "George W. Bush"),
  // an anonymised person ends the sentence ("…là anh Lê Văn T. Anh T. cho biết").
  if (SPACE.test(next) && isInitialToken(word)) {
    const initial = initialEnds(text, i, i - word.length);
    if (initial !== undefined) return !initial;
  }
  // Abbreviation before the dot: "TP.", "ThS.Nguyễn"; "…của UBND TP. Theo đó, …" still ends.
  if (isAbbreviation(word)) {
    const officeEnds = word.length > 1 && !SIGNATURE_MARKS.has(word);
    const ends = opensSentence(text, i + 1, officeEnds, PLACE_PREFIX_SET.has(word)) || QUOTE_OPENS.test(text.slice(i + 1, i + 5));
    return !ends && !suffixEnds(text, i, word) && !clauseFollows(text, i, word);
  }
  // A list marker opening a line or an item: "1. Mục tiêu", "gồm: a. Hộ nghèo; b. …", "II. Nhiệm vụ".
  if (LIST_MARKER.test(token) && opensItem(text, i - token.length, token)) return true;
  // "Nguyễn Văn B. (SN 1990) bị bắt": an initial before a bracketed aside goes on, and so does
  // one before a count ("Tòa tuyên phạt T. 4 năm tù": news does not open a sentence with digits).
  if (!LETTER_OR_DIGIT.test(next)) {
    if (!isInitialToken(word)) return false;
    return !startsSentence(text, i + 1) || nextChar(text, i + 1) === '(' || COUNT_AFTER.test(text.slice(i + 1, i + 24));
  }
  // Glued to the next word: "TP.HCM", "baogialai.vn", "P.L" stay; "mạnh.Nông", "2022.Đây",
  // "(theo EVN).Công suất" split.
  if (token.includes('@') || /^(?:https?:|www)/i.test(token)) return true;
  if (CLOSERS.has(prev) && UPPER.test(next)) return false;
  if ((LOWER.test(prev) || /\d/.test(prev)) && UPPER.test(next) && word.length > 1) return false;
  // "người chết.2 người bị thương": a word glued to a count opening the next sentence (not "v1.2").
  const countAfter = COUNT_AFTER.test(` ${text.slice(i + 1, i + 24)}`);
  if (countAfter && word === token && LOWER_WORD.test(word) && isSyllable(word)) return false;
  // "HAGL.Trận đấu", "chứng nhận 4C.Năm nay": an acronym or a code, then a capitalised word (not "TP.Pleiku").
  return !(ACRONYM.test(word) && CAPITALISED_WORD.test(text.slice(i + 1, i + 20)));
}

/** An acronym of three letters or more, or a code of a digit and a capital ("4C", "5G"). */
const ACRONYM = /^(?:[\p{Lu}\d]{3,}|\d\p{Lu}|\p{Lu}\d)$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** A number and a lower-case word after an initial: a count in the same sentence ("T. 4 năm tù"). */
const COUNT_AFTER = /^[^\S\n]+\d+(?:[.,]\d+)*[^\S\n]+\p{Ll}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}]*[\s,]/u;
const LIST_MARKER = /^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})$/;

const INITIAL_TOKEN = new RegExp(`^(?:${DIGRAPH_INITIALS.join('|')}|\\p{Lu})$`, 'u');
const isInitialToken = (word: string): boolean => INITIAL_TOKEN.test(word);
const NEXT_WORD = /^\s+(["“«(]?)([\p{L}\p{M}]+)/u;
const ADMIN_PREFIX = /^[PQHX]$/;
/** The rest of an initial that opens a sentence: its dot, then a lower-case word ("H. khai nhận"). */
const REPEATED_INITIAL = /^\.[^\S\n]+\p{Ll}/u;
/** One-letter prefixes of an address, T for tỉnh (province) included: "…, H. Ia Grai, T. Gia Lai". */
const ADDRESS_LETTER = /^[PQHXT]$/;
const ADDRESS_ITEM = new RegExp(
  `(?:^|[\\s(,;:])(?:${ADDRESS_ITEM_HEADS.map((w) => w.replace('.', '\\.')).join('|')})\\s*[^,;.()\\n]{1,30},\\s*$`,
  'u',
);

/** True when the previous item of a comma list is an address item ("X. Ia Hrung, H. Ia Grai, "). */
const inAddress = (text: string, start: number): boolean => ADDRESS_ITEM.test(text.slice(Math.max(0, start - 50), start));

/**
 * True when a title after a number is a code's suffix, not a title before a name: a
 * registration "tàu cá QNg 90479 TS. Trên tàu…" ends before a capitalised word and a lower-case
 * one (a name goes on in capitals). Place prefixes are left alone ("tổ 5 TT. Phú Hòa").
 */
function suffixEnds(text: string, dot: number, word: string): boolean {
  if (word.length < 2 || PLACE_PREFIX_SET.has(word)) return false;
  const before = text.slice(Math.max(0, dot - word.length - 12), dot - word.length);
  return /\d[^\S\n]+$/.test(before) && OPENER.test(text.slice(dot + 1, dot + 40));
}
const PLACE_PREFIX_SET = new Set(PLACE_PREFIXES);

/**
 * True when an abbreviation that only goes on before a number or a name ends its sentence:
 * "(tr. 45)" but "…dày 600 tr. Cuốn sách…"; "PV. Báo Gia Lai" but "…trao đổi với PV. Vợ ông…";
 * a degree after a degree word: "…có bằng ThS. Luận văn…" but "…bằng ThS. Nguyễn Văn A".
 */
function clauseFollows(text: string, dot: number, word: string): boolean {
  if (NUMBER_PREFIXES.has(word)) return UPPER.test(nextChar(text, dot + 1));
  const degree = DEGREE_BEFORE.test(text.slice(Math.max(0, dot - word.length - 14), dot - word.length));
  const heads = NAME_PREFIXES[word] ?? (degree ? [] : undefined);
  const next = heads && OPENER.exec(text.slice(dot + 1, dot + 40));
  return Boolean(next) && !heads.includes((next as RegExpExecArray)[1]);
}
const DEGREE_BEFORE = new RegExp(`(?:^|[\\s(])(?:${DEGREE_WORDS.join('|')})[^\\S\\n]+$`, 'u');
/** A capitalised word, then a lower-case word, a number or a comma: "Theo kế hoạch", "Năm 2020,". */
const OPENER = /^[^\S\n]+(\p{Lu}[\p{Ll}\p{M}]*)(?=[,:]|[^\S\n]+[\p{Ll}\d])/u;

/**
 * True when a sentence opener follows `from` ("TP. Hiện nay", not "TP. Hồ Chí Minh"); after an
 * abbreviation of two letters or more an office also opens one ("…của TP. Chủ tịch UBND…"),
 * and after a place prefix any Vietnamese word but a one-syllable place ("…UBND TP. Thành phố
 * sẽ…"; not "TP. Huế cho biết") or the head of an office's name ("…Sở Y tế TP. Bộ Y tế cũng…").
 */
function opensSentence(text: string, from: number, afterWord = false, afterPlace = false): boolean {
  if (afterPlace && OFFICE_NAME.test(text.slice(from, from + 12))) return true;
  const next = OPENER.exec(text.slice(from, from + 40));
  if (next === null) return false;
  const word = next[1];
  if (afterPlace && isSyllable(word) && !ONE_SYLLABLE_PLACES.has(word)) return true;
  return SENTENCE_OPENERS.has(word) || (afterWord && OFFICE_HEADS.has(word));
}
const OFFICE_NAME = new RegExp(`^[^\\S\\n]+(?:${OFFICE_NAME_HEADS.join('|')})[^\\S\\n]+\\p{Lu}`, 'u');
/** An opening quote before a capital: a quotation opens a sentence ("…gửi UBND TP. “Chúng tôi…"). */
const QUOTE_OPENS = /^[^\S\n]+["“«]\p{Lu}/u;

/** A word of NON_FINAL_ABBREVIATIONS, or titles joined by hyphens ("PGS-TS.", "TS-BS."). */
const isAbbreviation = (word: string): boolean =>
  NON_FINAL_ABBREVIATIONS.has(word) || (word.includes('-') && word.split('-').every((p) => NON_FINAL_ABBREVIATIONS.has(p)));

/**
 * For an initial at `dot` followed by a space: true when it ends the sentence, false when
 * the sentence goes on, undefined to let the other rules decide. A capitalised Vietnamese
 * syllable after it ("Anh", "Tại") opens a new sentence when a person stands before the
 * initial; a foreign surname ("Johnson", "Bush") continues the name; before a place name
 * "P. Bến Thành" is an administrative prefix, not an initial ("khu H. Theo đó" still ends).
 */
function initialEnds(text: string, dot: number, start: number): boolean | undefined {
  const next = NEXT_WORD.exec(text.slice(dot + 1, dot + 40));
  if (!next || next[1] === '(' || !UPPER.test(next[2][0])) return undefined;
  const person = isPersonBefore(text, start);
  const letter = text.slice(start, dot);
  if ((ADMIN_PREFIX.test(letter) && !person) || (ADDRESS_LETTER.test(letter) && inAddress(text, start))) {
    return opensSentence(text, dot + 1);
  }
  // "…bắt Nguyễn Văn Tr. Tr. bị bắt vì…": the person's initial again opens the next sentence.
  const after = dot + 1 + next[0].length;
  if (person && isInitialToken(next[2]) && REPEATED_INITIAL.test(text.slice(after, after + 3))) return true;
  if (!isSyllable(next[2])) return false;
  // "chị Nguyễn T. Hà cho biết": after a surname the initial is a middle name's, a given name follows.
  if (next[1] === '' && SURNAMES.has(wordBefore(text, start)) && !SENTENCE_OPENERS.has(next[2])) return false;
  return person || start === 0 || atLineStart(text, start) ? true : undefined;
}

/** The word just before `index` and a space: "Nguyễn" in "Nguyễn T.". */
function wordBefore(text: string, index: number): string {
  return /([\p{L}\p{M}]+)[^\S\n]$/u.exec(text.slice(Math.max(0, index - 12), index))?.[1] ?? '';
}

/**
 * True when the list marker `token` starting at `index` opens an item: at a line start,
 * after a finished sentence ("…3 phần. 1. Khai mạc."; "2." alone is never a sentence),
 * after a semicolon, after a colon when the next item follows ("gồm: 1. …; 2. …", not
 * "Số bàn thắng: 3. Đội khách…") or when a lead-in announces the list ("…cho thấy: 1. Hơn 70%…"),
 * or after a heading word at a line start or after a finished sentence ("Điều 1. Phạm vi",
 * "…như sau. Bước 1. Truy cập…").
 */
function opensItem(text: string, index: number, token: string): boolean {
  let j = index - 1;
  while (j >= 0 && SPACE.test(text[j])) j--;
  if (j < 0 || LINE_BREAK.test(text[j]) || /[;.!?…]/.test(text[j])) return true;
  if (text[j] === ':') {
    const lead = FIRST_MARKERS.has(token) && LIST_LEAD.test(text.slice(Math.max(0, j - 30), j));
    return lead || nextItemFollows(text, index + token.length, token);
  }
  const head = tokenBefore(text, j + 1);
  return head !== '' && j + 1 < index && LIST_HEADS.has(head) && opensLine(text, j + 1 - head.length);
}

const FIRST_MARKERS = new Set(['1', 'a', 'I']);
/** A lead-in announcing a list before the colon: "…cho thấy:", "…gồm:", "như sau:". */
const LIST_LEAD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${LIST_LEADS.join('|')})\\s*$`, 'u');

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The marker after `token` in a list: "1" → "2", "a" → "b", "II" → "III". */
function successor(token: string): string {
  if (/^\d+$/.test(token)) return String(Number(token) + 1);
  if (ROMAN.includes(token)) return ROMAN[ROMAN.indexOf(token) + 1] ?? '';
  return String.fromCharCode(token.charCodeAt(0) + 1);
}

/** True when the next marker of the list shows up later on the same line. */
function nextItemFollows(text: string, from: number, token: string): boolean {
  const next = successor(token);
  const line = text.slice(from, from + 400).split(LINE_BREAK, 1)[0];
  return next !== '' && new RegExp(`[,;.!?…]\\s+${next}[.)]\\s`, 'u').test(line);
}

/** True at a line start or after a finished sentence: "Điều 1. Phạm vi", "…như sau. Bước 1. Truy cập…". */
function opensLine(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && SPACE.test(text[j])) j--;
  return j < 0 || text[j] === '\n' || (j < index - 1 && /[.!?…]/.test(text[j]));
}

/** True when only spaces stand between the line start and `index`. */
function atLineStart(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && SPACE.test(text[j])) j--;
  return j < 0 || text[j] === '\n';
}

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
  return ch === '' || LINE_BREAK.test(ch) || UPPER.test(ch) || /[\d"“«'‘([]/.test(ch);
}

const SPEECH = new RegExp(`(?<![\\p{L}\\p{M}])(?:${SPEECH_VERBS.join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** A brand or term in camel case opens a sentence in lower case: "iPhone 16…", "eKYC…", "mRNA…". */
const CAMEL_CASE = /^\p{Ll}\p{Lu}/u;

/**
 * True after a closing quote when a dash attribution follows: '"Tôi rất vui!" - chị Lan chia
 * sẻ.', '“…!” – Thủ tướng nhấn mạnh.' (a speech verb before the attribution's end).
 */
function attributionAt(text: string, j: number): boolean {
  if (LOWER.test(text[j] ?? '')) return true;
  const clause = text.slice(j, j + 100).split(/[.!?…\n"“”«»]/, 1)[0];
  return clause.split(/\s+/).length <= 10 && SPEECH.test(clause);
}

/** A line that goes on the sentence before it: hard-wrapped text ("…tổ chức\nhội nghị."), not "a) …". */
const WRAPPED_LINE = /^[^\S\n]*\p{Ll}(?![.)][^\S\n])(?!\p{Lu})/u;

/** True when the line break at `i` only wraps a sentence: one break, then a lower-case word. */
function isWrap(text: string, i: number): boolean {
  return text[i] === '\n' && WRAPPED_LINE.test(text.slice(i + 1, i + 4));
}

/** The index of the next visible character at or after `from`, across a wrapping line break. */
function nextVisible(text: string, from: number): number {
  let j = from;
  while (j < text.length && SPACE.test(text[j])) j++;
  if (isWrap(text, j)) j++;
  while (j < text.length && SPACE.test(text[j])) j++;
  return j;
}

/** True when the line holding `index` opens with a dialogue dash ("— Cháu có đau không? — bác sĩ hỏi."). */
function inDialogueLine(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && text[start - 1] !== '\n' && index - start < 600) start--;
  return (start === 0 || text[start - 1] === '\n') && /^[^\S\n]*[-–—][^\S\n]/.test(text.slice(start, start + 4));
}

/** True when the text after `end` goes on: in lower case, after , ; : or as a quote's attribution. */
function continuesAfter(text: string, end: number): boolean {
  let j = nextVisible(text, end);
  const prev = text[end - 1] ?? '';
  const dash = /[-–—]/.test(text[j] ?? '') && SPACE.test(text[j + 1] ?? '');
  if (dash && (/["”'’»]/.test(prev) || (/[?!]/.test(prev) && inDialogueLine(text, end)))) {
    j = nextVisible(text, j + 1);
    return attributionAt(text, j);
  }
  if (CAMEL_CASE.test(text.slice(j, j + 2))) return false;
  return j < text.length && (LOWER.test(text[j]) || /[,;:]/.test(text[j]));
}

/** Index just after the sentence end starting at terminator `i`, or -1 when `i` does not end it. */
function sentenceEnd(text: string, i: number): number {
  if (text[i] === '.' && !text.startsWith('..', i + 1) && isInnerPeriod(text, i)) return -1;
  // Runs like "...", "?!", "!”." end together; closing quotes and brackets stay.
  const end = runEnd(text, i + 1);
  // "Nguyễn Văn A. cho biết", "chưa nên… nhưng", "A., Viện trưởng": the sentence goes on.
  if (continuesAfter(text, end)) return -1;
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
    if (LINE_BREAK.test(ch)) {
      if (isWrap(text, i) && /\S/.test(text.slice(start, i))) continue;
      push(start, i);
      newlines++;
      start = i + 1;
      continue;
    }
    if (!TERMINATOR.test(ch)) continue;
    const end = sentenceEnd(text, i);
    if (end < 0) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return sentences;
}
