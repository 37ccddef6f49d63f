/**
 * Last pass: symbols a TTS engine would read wrongly or aloud ("&", "~", "≥", a dash
 * glued between words) become words or spaces; sentence punctuation stays for prosody.
 * Each step is a small rewrite rule applied to tracked text, so words keep their origins.
 */
import { isForeignWord } from './lexicon.js';
import { TrackedText } from './tracked.js';
import { applyClassTracked, type SemioticClass } from './types.js';

/** Single symbols and what is said for them (spaces are added around). */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '&': 'và', '~': 'khoảng', '±': 'cộng trừ', '≥': 'lớn hơn hoặc bằng', '≤': 'nhỏ hơn hoặc bằng', '°': 'độ',
  '*': '', '•': '', '#': '', _: '', '|': '', '\\': '', '^': '', '=': 'bằng', '%': 'phần trăm', '‰': 'phần nghìn',
};
const OPERATOR_WORDS: Readonly<Record<string, string>> = { '+': 'cộng', '>': 'lớn hơn', '<': 'nhỏ hơn' };
const ANY = /[&~±≥≤°*•#_|\\^=+><\-‐‑/–—%‰@]/;
/** Spacing that the tidy-up rules fix: double spaces, space before closing punctuation. */
const UNTIDY = /\s[\s,.;:!?…)\]”]|[([“]\s|^\s|\s$|(?<!\.)\.\.(?!\.)/;

const rule = (name: string, pattern: RegExp, say: (m: RegExpExecArray) => string, trigger?: RegExp): SemioticClass => ({
  name,
  pattern,
  trigger,
  verbalize: (m) => say(m),
});

/** Symbol rules, in order (each sees the result of the ones before it). */
const SYMBOL_RULES: readonly SemioticClass[] = [
  // "…kể từ ngày ký./.": the end mark of a legal text is a full stop, not a slash between dots.
  rule('legal-end-mark', /\.\/\./g, () => '.', /\.\/\./),
  // A spaced dash is a pause; a dash or bullet opening the line is dropped.
  rule('spaced-dash', /\s[-–—]+\s|^[-–—•*+]+\s*/g, (m) => (m[0].startsWith(' ') || m[0].startsWith('\t') ? ', ' : ''), /\s[-–—]|^[-–—•*+]/),
  // A dash glued between a word and a capitalised one ("Thuận-Tỉnh ủy viên", "Rịa-Vũng Tàu") is a pause.
  // Not inside a foreign word left as written ("Wi-Fi": data/respellings.ts), where it stays.
  {
    name: 'dash-before-capital',
    pattern: /(?<=\p{Ll})[-‐‑](?=\p{Lu})/gu,
    trigger: /[-‐‑]/,
    verbalize: (_m, ctx) => (isForeignWord(ctx.text, ctx.start, ctx.end) ? undefined : ', '),
  },
  // A dash or slash glued between words ("Hang-seo", "và/hoặc") is a space; inside a foreign
  // word left as written ("VN-Index", "V-League") it stays, so the word stays whole for the
  // letter readers after this pass. A reading padded before the dash ("i7-14700K" → "i bảy -mười…") counts as glued.
  {
    name: 'glued-dash',
    pattern: /(?<=[\p{L}\p{N}]) ?[-‐‑/](?=[\p{L}\p{N}])/gu,
    trigger: /[-‐‑/]/,
    verbalize: (_m, ctx) => (isForeignWord(ctx.text, ctx.start, ctx.end) ? undefined : ' '),
  },
  // "tăng +2,5%": the verb already says the sign, so the plus is not read.
  rule('plus-after-rise', /(?<=(?:^|[^\p{L}])(?:tăng|lên|Tăng)\s)\+(?=\p{L})/gu, () => '', /(?:tăng|lên)\s\+/i),
  // "4K@120Hz": a spec's "at" between a measure and a number is a pause, not "a còng".
  rule('spec-at', /(?<=[\p{L}\p{N}])@(?=\s?\p{L}*\s?\p{N}|\s?(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm)\s)/gu, () => ', ', /@/),
  // Symbols read only between words or numbers: "45+2" cộng, "> 30" lớn hơn.
  rule('operator', /(?<=[\p{L}\d\s(])([+><])(?=\s?[\p{L}\d])/gu, (m) => ` ${OPERATOR_WORDS[m[0]]} `, /[+><]/),
  // "12 | 25 | 37": a spaced bar between items (drawn numbers, a post's parts) is a pause.
  rule('spaced-bar', /\s\|\s/g, () => ', ', /\s\|/),
  rule('symbol', /[&~±≥≤°*•#_|\\^=%‰]/g, (m) => ` ${SYMBOL_WORDS[m[0]]} `, /[&~±≥≤°*•#_|\\^=%‰]/),
  rule('spaced-slash', /\s\/\s/g, () => ' ', /\s\//),
];

/** Tidy-up rules: one space between words, none before closing or after opening punctuation. */
const TIDY_RULES: readonly SemioticClass[] = [
  rule('spaces', /\s{2,}/g, () => ' '),
  rule('space-before-closer', /\s+(?=[,.;:!?…)\]”])/g, () => ''),
  rule('space-after-opener', /(?<=[([“])\s+/g, () => ''),
  rule('trim', /^\s+|\s+$/g, () => ''),
  // "v.v...", "DQTV...": an abbreviation's dot before an ellipsis leaves two dots, still an ellipsis.
  rule('two-dots', /(?<!\.)\.\.(?!\.)/g, () => '…'),
];

/** Applies the symbol and tidy-up rules to tracked text. */
export function cleanSymbolsTracked(text: TrackedText): TrackedText {
  let out = text;
  if (ANY.test(out.text)) for (const r of SYMBOL_RULES) out = applyClassTracked(out, r).text;
  if (UNTIDY.test(out.text)) for (const r of TIDY_RULES) out = applyClassTracked(out, r).text;
  return out;
}

/** Only the tidy-up rules: one space between words, none before closing punctuation. */
export function tidyTracked(text: TrackedText): TrackedText {
  let out = text;
  if (UNTIDY.test(out.text)) for (const r of TIDY_RULES) out = applyClassTracked(out, r).text;
  return out;
}

/**
 * @example cleanSymbols('Park Hang-seo & cộng sự') //=> 'Park Hang seo và cộng sự'
 */
export function cleanSymbols(text: string): string {
  return cleanSymbolsTracked(TrackedText.of(text)).text;
}
