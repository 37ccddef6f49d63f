/**
 * Sentence → speakable Vietnamese. One ordered list of semiotic classes (after NeMo's
 * tokenize-and-classify priorities): each class tags its spans and verbalizes them, then
 * the next class sees the result. Order matters and is explained next to each entry.
 * Then the symbol pass, then the last-resort classes (fallback.ts), whose readings are
 * reported as warnings. The text is tracked (tracked.ts), so every spoken word knows the
 * written token it came from.
 */
import type { FrontEndWarning, Lexicon, WordAlignment } from '../types.js';
import { abbreviationClass, variantClass } from './abbreviation.js';
import { addressNumberClass, housePairClass } from './address.js';
import { aircraftClass, atrClass } from './aircraft.js';
import { bloodGroupClass } from './blood-group.js';
import { capsWordClass } from './caps.js';
import { cardinalClass, codeDigitsClass, maskedNumberClass, versionClass } from './cardinal-class.js';
import { DATE_CLASSES } from './date.js';
import { documentClass } from './document.js';
import { FALLBACK_CLASSES, leftoverDigitsClass } from './fallback.js';
import { bareHemisphereClass, coordinateClass } from './coordinate.js';
import { durationClass } from './duration.js';
import { fractionClass, vulgarFractionClass } from './fraction.js';
import { hashtagClass } from './hashtag.js';
import { foreignRespellingClass, phraseClass, siteLexiconClass } from './lexicon.js';
import { lotteryClass, prizeLabelClass } from './lottery.js';
import { magnitudeClass } from './magnitude.js';
import { matchNotationClass, recordClass } from './match-notation.js';
import { greekLetterClass, letterClass } from './letters.js';
import { bareUnitClass, inchClass, measureClass } from './measure.js';
import { moneyClass } from './money.js';
import { ordinalClass } from './ordinal.js';
import { phoneClass, phoneCueClass } from './phone.js';
import { countPlusClass, productPlusClass, ratingPlusClass } from './plus.js';
import { containerClass, plateClass, vesselClass } from './plate.js';
import { formulaTimesClass, multiplyClass } from './multiply.js';
import { numberListClass, spacedDrawClass } from './number-list.js';
import {
  fromToDashClass,
  oneToOneClass,
  rangeClass,
  roadMarkOffsetClass,
  roadMarkRangeClass,
  unitSpanDashClass,
} from './range.js';
import { rateClass } from './rate.js';
import { ratioClass } from './ratio.js';
import { scientificClass, subscriptClass } from './scientific.js';
import { scoreClass } from './score.js';
import { shortFormClass } from './short-forms.js';
import { headingRomanClass, lowerRomanClass, romanClass } from './roman.js';
import { cleanSymbolsTracked, tidyTracked } from './symbols.js';
import { teencodeClass } from './teencode.js';
import { glossClass } from './ticker.js';
import { timeClass, timeZoneClass, wordClockClass } from './time.js';
import { TrackedText } from './tracked.js';
import { applyClassTracked, type SemioticClass } from './types.js';
import { cleanUnicodeTracked } from './unicode-tracked.js';
import { urlClass } from './url.js';
import { advisoryIdClass, parameterCountClass, tyreSizeClass, varietyClass } from './variety.js';
import { weekdayListClass, weekdaySpanClass } from './weekday.js';

/** The built-in classes in priority order (the site lexicon, then the foreign respellings when asked, run before all of them). */
export const CLASSES: readonly SemioticClass[] = [
  urlClass, // addresses first: their dots and digits must not look like numbers
  subscriptClass, // "CO₂", "H₂O": subscript digits are digits, before codes read the formula
  hashtagClass, // "#SaveTheOcean" → "Save The Ocean" before capitals and codes read its pieces
  prizeLabelClass, // "G1: 12345" giải nhất: a result table's label, before the lottery class reads the numbers
  lotteryClass, // "Giải nhất: 45678": drawn numbers digit by digit, before phones, ranges and amounts take them
  spacedDrawClass, // "Mega 6/45: 05 12 19 27 33 41": balls printed with spaces, before phone numbers group them
  phoneCueClass, // "ĐT 0905…" is điện thoại, decided while the number is still digits
  phoneClass, // "0905 123 456" before cardinals split it
  plateClass, // "81B-123.45" before dates and ranges read its dash
  vesselClass, // "QNg 90123 TS": a fishing boat's number before amounts take its serial
  containerClass, // "TGHU 1234567": a shipping container's number, letters and digits one by one
  roadMarkRangeClass, // "Km 120 - Km 145": the dash between two road marks is "đến", before the marks are read
  roadMarkOffsetClass, // "Km 12+050": the metre offset of a road mark, before the plus is read as a sum of codes
  documentClass, // "100/2019/NĐ-CP" before dates, fractions and abbreviations take pieces
  advisoryIdClass, // "CVE-2024-12345": a vulnerability's year and serial, before dates and ranges read the dashes
  aircraftClass, // "Boeing 787-9", "A321neo": aircraft models in aviation news, before amounts and ranges read the digits
  atrClass, // "ATR72": a turboprop's seat class, glued to its letters, is a number
  magnitudeClass, // "động đất M6.4": a quake's magnitude, before codes spell the letter and versions read the dot
  tyreSizeClass, // "225/55R19": a tyre size, before fractions and codes take its pieces
  parameterCountClass, // "671B tham số": billions of parameters, before the B is spelled
  timeZoneClass, // "GMT+7", "UTC−5": the offset's sign is said, before the plus and the dash are read as symbols
  bloodGroupClass, // "Rh(-)", "Rh+": the sign of a blood group is a word, before a product plus or the symbol pass takes it
  ratingPlusClass, // "PA++++": a grade printed as a run of pluses is said by their count, before a product plus
  productPlusClass, // "Galaxy S24+", "QHD+": a plus glued to a name is "plus", before codes read the name
  countPlusClass, // "10.000+ người" hơn, "IELTS 7.5+" trở lên: a plus after a number, before numbers are read
  phraseClass, // multi-word entries ("SEA Games", "TP. HCM") before single tokens
  shortFormClass, // "tr. 15" trang, "80 tr. USD" triệu, "tr.CN": before money and numbers take the digits
  weekdaySpanClass, // "thứ 2 - thứ 6", "T2-T6": before dates and ranges read the dash
  weekdayListClass, // "T7, CN", "thứ 7 và CN": Sunday after a weekday, before abbreviations make CN công nghiệp
  unitSpanDashClass, // "800 g - 1 kg": a spaced dash between measures of one kind in two units is "đến"
  fromToDashClass, // "từ 6 tháng - 2 tuổi": the spaced dash of a span after "từ" is "đến", before units are read
  recordClass, // "(5T-3H-0B)": a won–drawn–lost record, before dates and ranges read its dashes
  oneToOneClass, // "học kèm 1-1": a one-to-one session, not the date of 1 January
  maskedNumberClass, // "19.8xx đồng": masked digits, before multiplication takes "2x" and the symbols spell the x's
  housePairClass, // "hẻm 12-34", "VP 12/3": a house number after its word, before dates and ranges read the pair
  ...DATE_CLASSES, // "20-7", "15/3/2024", "tháng 5-2023", "quý I/2025" before ranges and fractions
  addressNumberClass, // "123/45/6", "45/12A": house numbers, before fractions and codes take pieces
  matchNotationClass, // "H1: 1-0", "2-1 (pen)", "A vs B": live-coverage shorthand, while scores are still digits
  scoreClass, // "thắng 2-1", "Hà Tĩnh 1-0 SLNA" while team names are still as written
  headingRomanClass, // "I. ĐÁNH GIÁ": a heading's numeral, before capitals make it the letter i
  capsWordClass, // a headline in capitals: its words lowered ("GIA LAI", "ĐỒNG/LÍT"), acronyms kept
  bareHemisphereClass, // "20,5N-108,5E" after a position word: a storm position without its degree sign
  inchClass, // "màn hình 6,1"", "24in": a screen's inches, before the quote is read as seconds or dropped
  coordinateClass, // "15°20'N": degrees and minutes of a position, before minute marks are read as time
  durationClass, // "2p15s", "10:15 phút", "45p" before clock times and units
  ratioClass, // "tỷ lệ 1:25.000", "ISO 14001:2015": colons that are not clock times
  timeClass, // "6h15", "8:30"
  versionClass, // "v1.2.3": dots between version numbers, before letters and numbers take the pieces
  wordClockClass, // "8 giờ 00", "08 giờ 00 phút": notices' clock times, zero minutes unsaid
  romanClass, // "lần thứ VIII" before the acronym speller sees "VIII"
  lowerRomanClass, // "thế kỉ xix", "phụ lục xx"
  scientificClass, // "2.5e6", "3×10^8" before multiplication and units take their pieces
  multiplyClass, // "2x600 MW": the unit must still follow a number
  formulaTimesClass, // "= hệ số x lương cơ sở": times between the words of a formula
  measureClass, // "7 km", "95%", "−5°C" before units are spelled as acronyms ("MW")
  moneyClass, // "$5", "50.000đ", "5tr"
  teencodeClass, // "ko biết", "dc", "vs", "ntn": chat shorthand as whole lower-case words, after amounts took "5k"
  rateClass, // "/kg", "/người", "mỗi ha"
  bareUnitClass, // "tính theo kWh": a unit with no number
  variantClass, // "biến chủng JN.1, KP.2": lineages, before letters take "KP." as khu phố
  letterClass, // "Nguyễn Văn K.", "chữ D", "Q. Ba Đình" before acronyms take single letters
  greekLetterClass, // "β-thalassemia", "tia α"
  varietyClass, // "lúa OM5451", "IR 50404": crop variety serials digit by digit, before codes and amounts read them
  glossClass, // "Hoa Sen (HSG)" spelled, "so với cùng kỳ (YoY)" not read twice: before the lexicon reads the code
  abbreviationClass, // "UBND", "QL14", "U23", codes; an unknown acronym is left to the last-resort speller
  ordinalClass, // "thứ 1" → "thứ nhất", "hạng 2" → "hạng nhì"
  numberListClass, // "05-12-23-34-40-45": drawn numbers, each on its own, before ranges pair them
  rangeClass, // "2020-2025", "50-75"
  fractionClass, // "2/3", "9/9", "24/7"
  vulgarFractionClass, // "½", "2¾"
  codeDigitsClass, // "số tài khoản 1903 4567 8910": after a code word, digit by digit
  cardinalClass, // everything numeric that is left
  leftoverDigitsClass, // last resort: digits glued to letters, so none reaches the engine (reported)
];

export interface NormalizeOptions {
  /** Site lexicon (word → pronunciation), applied before the built-in rules. */
  lexicon?: Lexicon;
  /**
   * Respell foreign words, brands and acronyms said as words in Vietnamese sounds
   * ("YouTube" → "diu túp", data/respellings.ts), for engines that cannot read English
   * (espeak-ng, sherpa-onnx). Default false: they are left as written, like any foreign name.
   */
  respellForeign?: boolean;
  /** The sentence is already clean (NFC, one line: prepareArticle's text), so the Unicode clean-up is skipped. */
  clean?: boolean;
}

/** A sentence as it will be spoken, tied back to the written sentence. */
export interface NormalizedSentence {
  /** The words a Vietnamese newsreader would say; prosody punctuation kept. */
  spoken: string;
  /**
   * Each spoken word (a run of letters) and the written token it was read from, in order;
   * `charStart`/`charEnd` are UTF-16 offsets into the input sentence.
   */
  words: WordAlignment[];
  /** What the last-resort classes had to read (each token once). */
  warnings: FrontEndWarning[];
}

/**
 * Normalizes one sentence and says where each spoken word came from.
 * @example normalizeAligned('Sáng 20-7.').words.map((w) => [w.charStart, w.charEnd])
 * //=> [[0, 4], [5, 9], [5, 9], [5, 9], [5, 9]]  ("Sáng", then "hai mươi tháng bảy" ← "20-7")
 */
export function normalizeAligned(sentence: string, options: NormalizeOptions = {}): NormalizedSentence {
  let text = options.clean ? TrackedText.of(sentence) : cleanUnicodeTracked(TrackedText.of(sentence));
  const warnings = new WarningList(sentence);
  const site = options.lexicon ? siteLexiconClass(options.lexicon) : undefined;
  const apply = (cls: SemioticClass): void => {
    const applied = applyClassTracked(text, cls);
    if (cls.fallback) for (const edit of applied.edits) warnings.add(text.origin(edit.start, edit.end), edit.text);
    text = applied.text;
  };
  if (site) apply(site);
  if (options.respellForeign) apply(foreignRespellingClass);
  const digits = /\d/.test(sentence);
  for (const cls of CLASSES) if (digits || !cls.needsDigits) apply(cls);
  text = cleanSymbolsTracked(text);
  // Last resort: whatever is still not a word gets a fixed reading, and is reported.
  const beforeFallback = text;
  for (const cls of FALLBACK_CLASSES) apply(cls);
  if (text !== beforeFallback) text = tidyTracked(text);
  return { spoken: text.text, words: text.words(), warnings: warnings.list };
}

/** The fallback readings of one sentence, each written token once. */
class WarningList {
  readonly list: FrontEndWarning[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly sentence: string) {}

  add([from, to]: [number, number], spokenAs: string): void {
    const warning = { token: this.sentence.slice(from, to), spokenAs: spokenAs.trim() };
    const key = `${warning.token}\u0000${warning.spokenAs}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(warning);
  }
}

/**
 * Turns one sentence into the words a Vietnamese newsreader would say; punctuation that
 * shapes prosody (commas, periods) is kept, case is kept.
 * @example normalizeSentence('Sáng 20-7, UBND tỉnh họp.') //=> 'Sáng hai mươi tháng bảy, ủy ban nhân dân tỉnh họp.'
 */
export function normalizeSentence(sentence: string, options: NormalizeOptions = {}): string {
  return normalizeAligned(sentence, options).spoken;
}
