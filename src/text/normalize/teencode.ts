/**
 * Chat shorthand in quoted social posts and comments: "ko biết" → "không biết", "dc" →
 * "được", "vs" → "với", "ntn" → "như thế nào". Only whole lower-case tokens between words,
 * so codes, units and amounts are never touched ("5k", "KO", "k+"), nor an address already
 * read ("ko.vn" → "ko chấm vê en"). A lone "k" is "không" only before a verb it negates
 * ("k biết", "k có"), never after a number.
 */
import { TEENCODE, TEENCODE_K_BEFORE } from '../data/abbreviations/teencode.js';
import { wordAfter } from './context.js';
import type { SemioticClass } from './types.js';

const PATTERN = new RegExp(
  String.raw`(?<=^|[\s"“'‘(])(${Object.keys(TEENCODE).join('|')}|k)(?=$|[\s,!?"”’)]|\.(?![\p{L}\p{N}]))(?! chấm )`,
  'gu',
);

/** A letter only Vietnamese writes: a vowel with a mark or a tone, or đ. */
const VIETNAMESE = /[à-ỹđ]/u;

/** @example verbalize "\"ko biết nữa\"" → "\"không biết nữa\"" */
export const teencodeClass: SemioticClass = {
  name: 'teencode',
  pattern: PATTERN,
  trigger: /(?:^|[\s"“'‘(])(?:ko|k|dc|đc|vs|ntn)(?:$|[\s,.!?"”’)])/u,
  verbalize(m, { text, start, end }) {
    if (/\d\s?$/.test(text.slice(Math.max(0, start - 2), start))) return undefined; // "5 k", "10 kg"
    // A Vietnamese word next to it (a mark or đ): "us vs them" of an English quote stays.
    const near = `${text.slice(Math.max(0, start - 12), start)} ${wordAfter(text, end)}`;
    if (!VIETNAMESE.test(near)) return undefined;
    if (m[1] === 'k') return TEENCODE_K_BEFORE.has(wordAfter(text, end)) ? 'không' : undefined;
    return TEENCODE[m[1]];
  },
};
