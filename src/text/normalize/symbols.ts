/**
 * Last pass: symbols a TTS engine would read wrongly or aloud ("&", "~", "≥", a dash
 * glued between words) become words or spaces; sentence punctuation stays for prosody.
 */

/** Single symbols and what is said for them (spaces are added around). */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '&': 'và', '~': 'khoảng', '±': 'cộng trừ', '≥': 'lớn hơn hoặc bằng', '≤': 'nhỏ hơn hoặc bằng', '°': 'độ',
  '*': '', '•': '', '#': '', _: '', '|': '', '\\': '', '^': '', '=': 'bằng',
};
const SYMBOL = /[&~±≥≤°*•#_|\\^=]/g;
/** Symbols read only between words or numbers: "45+2" cộng, "> 30" lớn hơn. */
const OPERATOR = /(?<=[\p{L}\d\s(])([+><])(?=\s?[\p{L}\d])/gu;
const OPERATOR_WORDS: Readonly<Record<string, string>> = { '+': 'cộng', '>': 'lớn hơn', '<': 'nhỏ hơn' };
/** A dash glued between a word and a capitalised one ("Thuận-Tỉnh ủy viên", "Rịa-Vũng Tàu") is a pause. */
const GLUED_BEFORE_CAPITAL = /(?<=\p{Ll})[-‐‑](?=\p{Lu})/gu;
/** A dash or slash glued between words ("Hang-seo", "và/hoặc") is a space. */
const GLUED = /(?<=[\p{L}\p{N}])[-‐‑/](?=[\p{L}\p{N}])/gu;
/** A spaced dash is a pause; a dash or bullet opening the line is dropped. */
const SPACED_DASH = /\s[-–—]+\s|^[-–—•*+]+\s*/g;
/** Spacing that the tidy-up passes fix: double spaces, space before closing punctuation. */
const UNTIDY = /\s[\s,.;:!?…)\]”]|[([“]\s/;
const ANY = /[&~±≥≤°*•#_|\\^=+><\-‐‑/–—]/;

/**
 * @example cleanSymbols('Park Hang-seo & cộng sự') //=> 'Park Hang seo và cộng sự'
 */
export function cleanSymbols(text: string): string {
  let out = text;
  if (ANY.test(out)) {
    out = out
      .replace(SPACED_DASH, (m) => (m.startsWith(' ') || m.startsWith('\t') ? ', ' : ''))
      .replace(GLUED_BEFORE_CAPITAL, ', ')
      .replace(GLUED, ' ')
      .replace(OPERATOR, (m) => ` ${OPERATOR_WORDS[m]} `)
      .replace(SYMBOL, (m) => ` ${SYMBOL_WORDS[m]} `)
      .replace(/\s\/\s/g, ' ');
  }
  if (!UNTIDY.test(out)) return out.trim();
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?…)\]”])/g, '$1').replace(/([([“])\s+/g, '$1').trim();
}
