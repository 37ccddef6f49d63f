/**
 * Lower-case dotted press short forms that the acronym reader never sees (it wants a
 * capital) and that mean different things by position (tables: data/abbreviations/short-forms.ts):
 * "tr." before a number is a page ("tr. 15" → "trang mười lăm"); after one, inside the
 * sentence, a million ("80 tr. USD" → "tám mươi triệu đô la mỹ"; a sentence-final one is
 * left to the money class, which keeps its dot as the sentence end) or, after a book word,
 * pages; "ngh." after a number is nghìn; "tr.CN" trước Công nguyên.
 */
import { ERA_FORMS, PAGE_COUNT_BEFORE } from '../data/abbreviations/short-forms.js';
import { occursBefore } from './context.js';
import type { SemioticClass } from './types.js';

/** Only closing quotes or brackets left: the short form ends the sentence. */
const SENTENCE_END = /^["”’')\]]*\s*$/;

const PATTERN = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?<page>[Tt]r)\.\s?(?=\d)`,
    String.raw`(?<![\p{L}\p{N}])(?<era>[Tt]r\.C[Nn])(?![\p{L}])`,
    String.raw`(?<=\d\s?)(?<after>tr|ngh)\.(?=\s+[\p{L}\p{N}(]|${SENTENCE_END.source.slice(1)})`,
  ].join('|'),
  'gu',
);

/** @example verbalize "xem tr. 15" → "xem trang 15" (the number is read later) */
export const shortFormClass: SemioticClass = {
  name: 'short-form',
  pattern: PATTERN,
  trigger: /[Tt]r\.|ngh\./,
  verbalize(m, { text, start }) {
    const g = m.groups ?? {};
    if (g.page) return 'trang ';
    if (g.era) return ERA_FORMS[g.era];
    const final = SENTENCE_END.test(text.slice(start + m[0].length));
    if (g.after === 'ngh') return final ? 'nghìn.' : 'nghìn';
    const pages = occursBefore(text, numberStart(text, start), PAGE_COUNT_BEFORE, 8);
    // At the sentence end the money class reads "15 tr." (triệu, the dot kept); pages are said here.
    if (final) return pages ? 'trang.' : undefined;
    return pages ? 'trang' : 'triệu';
  },
};

/** Where the number before `index` starts ("dày 300 tr.": the book word stands before the digits). */
function numberStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && /[\d.,\s]/.test(text[i - 1])) i--;
  return i;
}
