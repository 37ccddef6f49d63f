/**
 * Last pass: symbols a TTS engine would read wrongly or aloud ("&", "~", "≥", a dash
 * glued between words) become words or spaces; sentence punctuation stays for prosody.
 */

/** Symbol → spoken replacement (spaces added around it). */
const SYMBOL_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/&/g, ' và '],
  [/~/g, ' khoảng '],
  [/±/g, ' cộng trừ '],
  [/≥/g, ' lớn hơn hoặc bằng '],
  [/≤/g, ' nhỏ hơn hoặc bằng '],
  [/(?<=\s)>(?=\s?\p{L}|\s?\d)/gu, ' lớn hơn '],
  [/(?<=\s)<(?=\s?\p{L}|\s?\d)/gu, ' nhỏ hơn '],
  [/(?<=[\p{L}\d\s])\+(?=[\s\p{L}\d])/gu, ' cộng '],
  [/°/g, ' độ '],
  // A dash glued between words ("Hang-seo", "Thuận-Tỉnh ủy viên") is a space.
  [/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu, ' '],
  // A spaced dash or a dash opening a line is a pause.
  [/\s[-–—]+\s/g, ', '],
  [/^[-–—•*+]+\s*/g, ''],
  [/[*•#_|\\^=]/g, ' '],
  [/(?<=\p{L})\/(?=\p{L})/gu, ' '],
  [/\s\/\s/g, ' '],
];

/**
 * @example cleanSymbols('Park Hang-seo & cộng sự') //=> 'Park Hang seo và cộng sự'
 */
export function cleanSymbols(text: string): string {
  let out = text;
  for (const [pattern, words] of SYMBOL_WORDS) out = out.replace(pattern, words);
  return out.replace(/\s+/g, ' ').replace(/\s+([,.;:!?…)\]”])/g, '$1').replace(/([(\[“])\s+/g, '$1').trim();
}
