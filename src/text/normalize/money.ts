/**
 * Money written with symbols or short forms: "$5", "25₫", "€5", "30¥", "50.000đ", "5 tr",
 * "800k", "2t", "3tr5" (ba triệu năm trăm nghìn), ranges "15k-20k", "40-50tr",
 * "50.000đ-100.000đ", "$10-$20", and "USD 5". Currency words after a number ("đồng",
 * "USD") are read by the lexicon; this class rewrites what a reader would say wrongly.
 * Tables: data/currency.ts.
 */
import { GENERATION_BEFORE } from '../data/context-words.js';
import { CURRENCY_SYMBOLS, GOLD_BEFORE, K_RULE_BEFORE, MILLION_AFTER, MODEL_K_BEFORE, MONEY_SUFFIXES, POINTS_BEFORE, POINTS_CONTEXT, POINTS_MAYBE_BEFORE, PREFIX_CODES, RACE_DISTANCE_BEFORE, RESOLUTION_CONTEXT, SHORTHAND_MAGNITUDES, WEIGHT_BEFORE } from '../data/currency.js';
import { toAlternation } from './alternation.js';
import { readCardinal, readDigits } from './cardinal.js';
import { occursBefore, precededBy, wordAfter, wordsBefore } from './context.js';
import { DASH, MEASURED_NUM as NUM, NUM_START, readWrittenNumber } from './number.js';
import type { MatchContext, SemioticClass } from './types.js';

const SYMBOL = toAlternation(Object.keys(CURRENCY_SYMBOLS));
/** The first character of every symbol, for the pattern's cheap look-ahead ("₿1", "€5"). */
const SYMBOL_HEADS = [...new Set(Object.keys(CURRENCY_SYMBOLS).map((s) => s[0]))].filter((c) => !/[A-Z]/.test(c)).join('');
const SUFFIX = toAlternation(Object.keys(MONEY_SUFFIXES));
const MAGNITUDE = (name: string): string => String.raw`(?:\s(?<${name}>nghìn|ngàn|triệu|tỷ|tỉ))?`;
/** One amount after a number: a short form with its tail ("3tr5"), a suffix, or a symbol. */
const AFTER = (n: string): string => String.raw`(?:(?<shorthand${n}>tr|t|k|K)(?<tail${n}>\d{1,3})|(?<suffix${n}>${SUFFIX}|${SYMBOL}))`;

const PATTERN = new RegExp(
  String.raw`(?=[A-Z${SYMBOL_HEADS}\d−-])(?:` +
    [
      // "$5", "€3 tỷ", "$10-$20", "$10-20".
      String.raw`(?<symbol>${SYMBOL})\s?(?<a>${NUM})(?:${DASH}(?:\k<symbol>)?(?<b>${NUM}))?${MAGNITUDE('mag1')}(?![\p{N}])`,
      // "15k-20k", "50.000đ-100.000đ", "10$-20$", "1tr-1tr5": each side with its own form; "500K-2 triệu": a magnitude word.
      String.raw`${NUM_START}(?<c>${NUM})\s?${AFTER('1')}${DASH}(?<d>${NUM})(?:\s?${AFTER('2')}|\s(?<mag4>triệu|tỷ|tỉ))(?![\p{L}\p{N}])`,
      // "50.000đ", "3tr5", "800k", "25₫", "40-50tr", "2,5 tỷ $": a number, range or magnitude, then the form.
      String.raw`${NUM_START}(?<e>${NUM})(?:${DASH}(?<f>${NUM}))?${MAGNITUDE('mag2')}\s?${AFTER('3')}(?![\p{L}\p{N}])`,
      // "USD 5", "USD 2 triệu", "VND 50 tỷ": a code before the amount (not a pair's second, "USD/VND 25.400").
      String.raw`(?<![\p{L}/])(?<code>USD|VNĐ|VND|EUR|GBP)\s?(?<usd>${NUM})${MAGNITUDE('mag3')}(?![\p{N}])`,
    ].join('|') +
    ')',
  'gu',
);

type Groups = Record<string, string | undefined>;

/** A solution word or a chemical formula (with a lower-case letter or a digit: "NaOH", "H2SO4") right before. */
const MOLAR_BEFORE = /(?:[Dd]ung dịch|[Nn]ồng độ)(?: \S+)? $|(?:^|\s)(?=\S*[a-z\d])(?:[A-Z][a-z]?\d*){2,} $/u;

/** "5" after "tr" → "năm trăm nghìn": the digits after a magnitude letter are its fraction. */
function readTail(tail: string, below: string): string {
  const hundreds = readCardinal(tail.padEnd(3, '0'));
  return below ? `${hundreds} ${below}` : hundreds;
}

/** "trừ 4đ GPLX", "được cộng 1,5đ": a small number of points, not of đồng. */
function isPoints(g: Groups, n: string, ctx: MatchContext): boolean {
  const amount = g[n === '3' ? 'e' : n === '1' ? 'c' : 'd'] ?? '';
  if (!/^\d{1,2}(?:,\d{1,2})?$/.test(amount) || g.mag2) return false;
  if (precededBy(ctx.text, ctx.start, POINTS_BEFORE)) return true;
  return precededBy(ctx.text, ctx.start, POINTS_MAYBE_BEFORE) && POINTS_CONTEXT.test(ctx.text);
}

/** The words for one amount's form: "triệu năm trăm nghìn" (3tr5), "đồng" (đ), "đô la" ($). */
function readForm(g: Groups, n: string, ctx: MatchContext): string | undefined {
  const shorthand = g[`shorthand${n}`];
  if (shorthand) {
    const magnitude = shorthand === 't' && precededBy(ctx.text, ctx.start, WEIGHT_BEFORE) ? undefined : SHORTHAND_MAGNITUDES[shorthand];
    return magnitude ? `${magnitude.word} ${readTail(g[`tail${n}`] as string, magnitude.below)}` : undefined;
  }
  const suffix = g[`suffix${n}`] as string;
  // "xe tải 2t": tonnes, left to the unit reader.
  if (suffix === 't' && precededBy(ctx.text, ctx.start, WEIGHT_BEFORE)) return 'tấn';
  if (suffix === 'T') return precededBy(ctx.text, ctx.start, WEIGHT_BEFORE) ? 'tấn' : undefined;
  if ((suffix === 'đ' || suffix === 'Đ') && isPoints(g, n, ctx)) return 'điểm';
  // "dung dịch NaOH 0,1M": a molar concentration after a solution or a formula, not a million.
  if (suffix === 'M' && MOLAR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start))) return 'mol';
  if (suffix === 'M' && !MILLION_AFTER.has(wordAfter(ctx.text, ctx.end))) return undefined;
  return MONEY_SUFFIXES[suffix] ?? CURRENCY_SYMBOLS[suffix];
}

const withMagnitude = (s: string | undefined): string => (s ? ` ${s}` : '');

/** "màn hình 4K", "video 8K 30fps": a resolution, left to the code reader ("bốn ca"). */
function isResolution(g: Groups, ctx: MatchContext): boolean {
  if (g.suffix3 !== 'K' || g.f || g.mag2 || !/^(?:1[0-6]|[1-8])(?:[.,]\d)?$/.test(g.e as string)) return false;
  // "8K@60Hz": a frame rate glued after it.
  if (ctx.text[ctx.end] === '@') return true;
  return occursBefore(ctx.text, ctx.start, RESOLUTION_CONTEXT, 8) || RESOLUTION_CONTEXT.has(wordAfter(ctx.text, ctx.end));
}

/** "vàng 24K", "vàng trang sức 18K": karats, left to the code reader ("hai mươi tư ca"). */
function isKarat(g: Groups, ctx: MatchContext): boolean {
  return g.suffix3 === 'K' && !g.f && !g.mag2 && /^(?:[89]|1\d|2[0-4])$/.test(g.e as string) && precededBy(ctx.text, ctx.start, GOLD_BEFORE);
}

/**
 * A K that is no thousand: "cự ly 21K" a race distance ("hai mươi mốt ca"), "sĩ tử 2k7",
 * "thế hệ 2K" a birth decade ("hai ca bảy"). Undefined when it is money.
 */
function letterK(g: Groups, ctx: MatchContext): string | undefined {
  const k = g.suffix3 ?? g.shorthand3;
  if ((k !== 'k' && k !== 'K') || g.f || g.mag2) return undefined;
  const tail = g.tail3 === undefined ? '' : ` ${readDigits(g.tail3)}`;
  const decade = g.e === '2' && (g.tail3 === undefined || g.tail3.length === 1);
  // "mỗi người 2k" is still two thousand each.
  if (decade && precededBy(ctx.text, ctx.start, GENERATION_BEFORE) && !wordsBefore(ctx.text, ctx.start, 2).startsWith('mỗi ')) {
    return `hai ca${tail}`;
  }
  if (!tail && /^\d$/.test(g.e as string) && precededBy(ctx.text, ctx.start, K_RULE_BEFORE)) return `${readCardinal(g.e as string)} ca`;
  if (!tail && /^\d{1,3}$/.test(g.e as string) && RACE_LIST_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) {
    return `${readCardinal(g.e as string)} ca`;
  }
  return undefined;
}

/** A race word, up to four words, then maybe other distances of the list: "cự ly 5K, 10K và ". */
const RACE_LIST_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[...RACE_DISTANCE_BEFORE].join('|')})(?:\s+[\p{L}\p{M}]+){0,4}\s+(?:\d{1,3}[kK](?:\s*,\s*|\s+(?:và|hoặc)\s+))*$`,
  'iu',
);

const TOKEN_BEFORE = /([^\s-]+)(?:\s+|-)$/u;

/** "Core i9 14900K", "Ultra 9 285K": a processor model of three digits or more, left to the code reader. */
function isModelNumber(g: Groups, ctx: MatchContext): boolean {
  if (g.suffix3 !== 'K' || g.f || g.mag2 || !/^\d{3,5}$/.test(g.e as string)) return false;
  const before = TOKEN_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))?.[1] ?? '';
  return /\d/.test(before) || MODEL_K_BEFORE.has(before.toLowerCase());
}

const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A symbol before the amount is English placement, and so is its grouping: "$5,000" is five
 * thousand dollars, "$2,500.50" two thousand five hundred point five; "$5,5" stays a decimal.
 */
function readAfterSymbol(written: string): string {
  return readWrittenNumber(COMMA_THOUSANDS.test(written) ? written.replace(/,/g, '').replace('.', ',') : written);
}

/**
 * @example verbalize "$5" → "năm đô la"
 * @example verbalize "lương 3tr5" → "ba triệu năm trăm nghìn"
 */
export const moneyClass: SemioticClass = {
  name: 'money',
  needsDigits: true,
  pattern: PATTERN,
  verbalize(m, ctx) {
    const g: Groups = m.groups ?? {};
    if (g.symbol) {
      const upper = g.b ? ` đến ${readAfterSymbol(g.b)}` : '';
      return `${readAfterSymbol(g.a as string)}${upper}${withMagnitude(g.mag1)} ${CURRENCY_SYMBOLS[g.symbol]}`;
    }
    if (g.c) {
      const [first, second] = [readForm(g, '1', ctx), g.mag4 ?? readForm(g, '2', ctx)];
      if (!first || !second) return undefined;
      return `${readWrittenNumber(g.c)} ${first} đến ${readWrittenNumber(g.d as string)} ${second}`;
    }
    if (g.e) {
      if (isResolution(g, ctx) || isKarat(g, ctx) || isModelNumber(g, ctx)) return undefined;
      const k = letterK(g, ctx);
      if (k) return k;
      const form = readForm(g, '3', ctx);
      if (!form) return undefined;
      const upper = g.f ? ` đến ${readWrittenNumber(g.f)}` : '';
      return `${readWrittenNumber(g.e)}${upper}${withMagnitude(g.mag2)} ${form}`;
    }
    return `${readWrittenNumber(g.usd as string)}${withMagnitude(g.mag3)} ${PREFIX_CODES[g.code as string]}`;
  },
};
