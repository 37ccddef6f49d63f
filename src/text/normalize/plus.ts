/**
 * A plus glued after a product or service name is part of the name, said "plus" as brands
 * say it ("Galaxy S24+", "QHD+", "Disney+", "Apple TV+"); a spaced or leading plus is left
 * to the symbol pass ("cộng"), a plus after a bare number too (but see countPlusClass), and one after a lone
 * letter ("điểm A+", "nhóm máu O+", "K+").
 */
import { GROUP_PLUS, MODEL_FAMILY_BEFORE, PLUS_RATING_CODES, RANGE_AFTER } from '../data/context-words.js';
import { precededBy, wordAfter, wordsBefore } from './context.js';
import { readWrittenNumber } from './number.js';
import type { SemioticClass } from './types.js';

/** @example verbalize "màn hình QHD+" → "màn hình QHD plus" (the name is read by later classes) */
export const productPlusClass: SemioticClass = {
  name: 'product-plus',
  // The plus first, then the name behind it (a lookbehind tried at every position is slow).
  pattern: /\+(?<=(?:^|[\s(“"])[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\+)(?=$|[\s,.;:!?)”"])/gu,
  // A plain search for "+" first: a class-led pattern is tried at every position of every text.
  trigger: { test: (text: string) => text.includes('+') && /\p{L}\+|\p{Lu}\p{N}+\+/u.test(text) },
  // A lone letter is a grade, a blood group or a channel ("điểm A+", "nhóm máu O+", "K+"): "cộng".
  // A group of countries widened ("OPEC+", "BRICS+") is "cộng" too.
  // A count with its magnitude letter ("100M+ lượt tải") is left to the count plus.
  verbalize: (_m, { text, start }) =>
    LONE_LETTER_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || GROUP_PLUS.has(nameBefore(text, start)) ||
    COUNT_MAGNITUDE_BEFORE.test(text.slice(Math.max(0, start - 10), start))
      ? undefined
      : ' plus',
};

/**
 * A rating printed as a run of pluses after its code: the sunscreen UVA grade "PA++++" (also after a slash, "SPF 50/PA++++", a pause) is
 * said by the count ("pê a bốn cộng"); other runs ("C++", "A++") stay "cộng cộng".
 * @example verbalize "SPF 50+ PA++++" → "SPF 50+ pê a bốn cộng"
 */
export const ratingPlusClass: SemioticClass = {
  name: 'rating-plus',
  // "SPF 50/PA++++": the slash after the other factor is a pause between the two ratings.
  pattern: new RegExp(String.raw`(?:(?<=[\p{N}+])(\/)|(?<=^|[\s(“"/]))(${Object.keys(PLUS_RATING_CODES).join('|')})(\+{2,})(?=$|[\s,.;:!?)”"])`, 'gu'),
  trigger: { test: (text: string) => text.includes('++') },
  verbalize: (m) => `${m[1] ? ', ' : ''}${PLUS_RATING_CODES[m[2]]} ${readWrittenNumber(String(m[3].length))} cộng`,
};

/** The name the plus is glued to: "OPEC" in "nhóm OPEC+". */
const nameBefore = (text: string, start: number): string => /[\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[0] ?? '';

/** "100M+", "10K+": a count with a magnitude letter (million, thousand, billion). */
const COUNT_MAGNITUDE_BEFORE = /(?:^|[\s(“"])\d+(?:[.,]\d{1,2})?[KkMB]$/u;
const MAGNITUDE_LETTERS: Readonly<Record<string, string>> = { K: 'nghìn', k: 'nghìn', M: 'triệu', B: 'tỷ' };

const LONE_LETTER_BEFORE = /(?:^|[\s(“"])(?:[A-Z]|AB)$/u;

/** After a test or a mark: "IELTS 7.5+" is that band or above ("ai en": IELTS respelled). */
const BAND_BEFORE = /(?:IELTS|TOEIC|TOEFL|SAT|GPA|ai en|band|điểm) $/u;

/**
 * A plus after a number: "10.000+ người" is more than that many ("hơn mười nghìn người"),
 * "IELTS 7.5+" that band or above ("bảy phẩy năm trở lên"), "6+ tuổi" that age or older
 * ("từ sáu tuổi trở lên"); elsewhere ("phim 18+") it is
 * left to the symbol pass ("cộng"), and so is a sum ("45+2", "Km 45+300").
 * @example verbalize "Có 10.000+ người tham dự" → "Có hơn mười nghìn người tham dự"
 */
export const countPlusClass: SemioticClass = {
  name: 'count-plus',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d{1,2})?)([KkMB])?\+(?![\p{L}\p{N}+])(?: (tuổi)(?![\p{L}]))?/gu,
  trigger: { test: (text: string) => text.includes('+') && /\d[KkMB]?\+/.test(text) },
  verbalize(m, { text, start, end }) {
    // "100M+ lượt tải", "10K+ người theo dõi": more than that many, before a lower-case word.
    if (m[2]) return m[3] || !/^ \p{Ll}/u.test(text.slice(end, end + 2)) ? undefined : `hơn ${readWrittenNumber(m[1])} ${MAGNITUDE_LETTERS[m[2]]}`;
    if (BAND_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      const final = /^\s*(?:$|[,.;:)!?])/.test(text.slice(end, end + 3));
      return final ? `${readWrittenNumber(m[1])} trở lên` : undefined; // "IELTS 7.0+ ngày càng…" stays "cộng"
    }
    // "Dimensity 9300+": a model of a chip family, "plus" as its maker says it.
    if (!m[2] && precededBy(text, start, MODEL_FAMILY_BEFORE)) return `${readWrittenNumber(m[1])} plus`;
    // "trẻ 6+ tuổi": that age and older ("từ sáu tuổi trở lên"), the age included.
    if (m[3]) return `từ ${readWrittenNumber(m[1])} tuổi trở lên`;
    // "nhóm tuổi 65+": the age word was said, "sáu mươi lăm trở lên".
    if (wordsBefore(text, start, 1) === 'tuổi') return `${readWrittenNumber(m[1])} trở lên`;
    return RANGE_AFTER.has(wordAfter(text, end)) ? `hơn ${readWrittenNumber(m[1])}` : undefined;
  },
};
