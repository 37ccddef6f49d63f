/**
 * cleanUnicode (../unicode.ts) as edits on tracked text: a sentence that did not go through
 * the pipeline's clean-up (the CLI, a test) is cleaned without losing its offsets. Text from
 * prepareArticle is already clean, so the fast path returns it untouched.
 */
import { cleanUnicode } from '../unicode.js';
import type { TrackedText } from './tracked.js';
import { applyClassTracked, type SemioticClass } from './types.js';

const ZERO_WIDTH = '\u200B-\u200D\u2060\uFEFF\u00AD';
const ODD_SPACES = '\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f';
const IS_ZERO_WIDTH = new RegExp(`^[${ZERO_WIDTH}]$`, 'u');
const IS_ODD_SPACE = new RegExp(`^[${ODD_SPACES}]$`, 'u');
/** Combining marks as ranges: a cheaper pre-check than \p{M} over every sentence. */
const COMBINING = '\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f';
const NEEDS_CLEANUP = new RegExp(`[\\n\\r${COMBINING}${ZERO_WIDTH}${ODD_SPACES}]`);

/** One pass: a letter with combining marks (composed by NFC), CR/LF, zero-width and odd spaces. */
const UNICODE_CLEANUP: SemioticClass = {
  name: 'unicode',
  pattern: new RegExp(String.raw`\P{M}\p{M}+|\r\n?|\n+|[${ZERO_WIDTH}]|[${ODD_SPACES}]`, 'gu'),
  verbalize(m) {
    const s = m[0];
    if (s[0] === '\r' || s[0] === '\n') return ' '; // a sentence is one line
    if (IS_ZERO_WIDTH.test(s)) return '';
    if (IS_ODD_SPACE.test(s)) return ' ';
    return cleanUnicode(s);
  },
};

/** Cleans a sentence's characters without moving its words' origins. */
export function cleanUnicodeTracked(text: TrackedText): TrackedText {
  if (!NEEDS_CLEANUP.test(text.text)) return text;
  return applyClassTracked(text, UNICODE_CLEANUP).text;
}
