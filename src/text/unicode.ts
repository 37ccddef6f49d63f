/**
 * Unicode clean-up shared by every stage: NFC (decomposed Vietnamese from Mac/Word
 * pastes), zero-width characters, non-breaking and odd spaces, CRLF and Unicode line
 * separators. Curly quotes are kept: they are real text, the segmenter keeps them with their
 * sentence and TTS engines skip them.
 * Offsets are only stable after this step, so the pipeline runs it before segmenting.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const CRLF = /\r\n?/g;
/** Unicode line and paragraph separators (Word and some CMS exports) are line breaks. */
const LINE_SEPARATORS = /[\u2028\u0085]/g;
const PARAGRAPH_SEPARATOR = /\u2029/g;

/**
 * Normalizes characters without changing the words.
 * @example cleanUnicode('Ho\u0300a\u00A0Bi\u0300nh') //=> 'Hòa Bình'
 */
export function cleanUnicode(text: string): string {
  return text
    .normalize('NFC')
    .replace(CRLF, '\n')
    .replace(LINE_SEPARATORS, '\n')
    .replace(PARAGRAPH_SEPARATOR, '\n\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ');
}
