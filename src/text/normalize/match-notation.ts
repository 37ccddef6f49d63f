/**
 * The shorthand of live match coverage (VnExpress, Bóng Đá Plus, Thể Thao 247 minute-by-
 * minute pages): the half "H1: 1-0", "(H2)" → "hiệp một", a penalty or an own goal marked
 * after a score or a minute "2-1 (pen)", "34' (og)" → "phạt đền", "phản lưới nhà", and the
 * "vs" between two sides "Việt Nam vs Thái Lan" → "gặp" (in other text "với"). Runs just
 * before the score class, while scores and minutes are still digits.
 */
import { MATCH_MARKS } from '../data/sports.js';
import { readCardinal } from './cardinal.js';
import { isMatchReport } from './score.js';
import type { SemioticClass } from './types.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])H(?<half>[12])(?![\p{L}\p{N}])` +
    String.raw`|(?<=[\d'’)\p{L}]\s?)\((?<mark>${Object.keys(MATCH_MARKS).map(escapeRegExp).join('|')})\)` +
    // The side after it may open with a title word: "Ông Trump vs bà Harris".
    String.raw`|(?<=\p{L} )(?<vs>vs\.?|VS\.?)(?= \p{Lu}| (?:ông|bà|anh|chị|đội|tuyển|nhà) \p{Lu})`,
  'gu',
);

/** A score, a minute or a match word in the sentence: "H1" is a half there, not a code. */
const SCORE_PAIR = /\d\s?[-–]\s?\d|\d['’]/;
const HALF = ['', 'một', 'hai'];
const KICK_OFF = /\d[hg]\d{0,2}(?![\p{L}])|\d:\d\d/u;
/** The result right after the other side's name: "vs Thái Lan: 2-1", "vs Lào (4-0)". */
const RESULT_AFTER = /^ \p{Lu}[\p{L}\p{M}0-9.]*(?: [\p{L}\p{M}0-9.]+){0,4}(?::? ?|\s?\()\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/])/u;

/** @example verbalize "H1: Việt Nam 1-0 Thái Lan" → "hiệp một: Việt Nam 1-0 Thái Lan" */
export const matchNotationClass: SemioticClass = {
  name: 'match-notation',
  pattern: PATTERN,
  trigger: /H[12]|\(|vs|VS/,
  verbalize(m, { text, start, end }) {
    const g = m.groups ?? {};
    if (g.mark) {
      // After a name ("Thái Lan 2-3 Việt Nam (aet)") only a word-long mark, in a sentence with a score.
      const afterName = /\p{L}/u.test(text[start - 1] === ' ' ? text[start - 2] : text[start - 1]);
      if (afterName && (g.mark.length < 2 || !SCORE_PAIR.test(text))) return undefined;
      return `(${MATCH_MARKS[g.mark]})`;
    }
    // A fixture list gives a kick-off time ("17h00 ngày 24/2: Hải Phòng vs HAGL").
    if (g.vs) return isMatchReport(text) || KICK_OFF.test(text) || RESULT_AFTER.test(text.slice(end, end + 60)) ? 'gặp' : 'với';
    return SCORE_PAIR.test(text) || isMatchReport(text) ? `hiệp ${HALF[Number(g.half)]}` : undefined;
  },
};

/**
 * A won–drawn–lost record in a standings line: "(5T-3H-0B)" → "năm thắng ba hòa không bại",
 * "5T-2H-1B" too (T thắng, H hòa, B bại; the table's own letters, so nothing else is read).
 * @example verbalize "sau 8 trận (5T-3H-0B)" → "sau 8 trận (năm thắng ba hòa không bại)"
 */
export const recordClass: SemioticClass = {
  name: 'record',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])(\d{1,2})T[-–](\d{1,2})H[-–](\d{1,2})B(?![\p{L}\p{N}])/gu,
  trigger: /\dT[-–]\d/,
  verbalize: (m) => `${readCardinal(m[1])} thắng ${readCardinal(m[2])} hòa ${readCardinal(m[3])} bại`,
};
