/**
 * Abbreviations and acronyms (NeMo's "whitelist" + letter spelling): lexicon entries
 * ("UBND" → "ủy ban nhân dân"), codes with numbers ("QL14" → "quốc lộ mười bốn", "U23",
 * "F0"), compounds ("GD&ĐT", "TN-MT", "GS.TS."), and unknown all-caps acronyms spelled
 * with Vietnamese letter names ("ATM" → "a tê em mờ"). All-caps words that are ordinary
 * Vietnamese (a headline in capitals: "HỘI NGHỊ") are lowered, not spelled.
 */
import { ABBREVIATIONS, CODE_PREFIXES, DOCUMENT_PARTS, NAMED_ONLY_PREFIXES } from '../data/abbreviations.js';
import { CONTEXT_READINGS } from '../data/abbreviations/contextual.js';
import { SPELLED_CODE_BEFORE, SAME_WORD_HEADS, TITLE_HEADS, VARIANT_BEFORE, VEHICLE_BEFORE } from '../data/context-words.js';
import { readDigits, readNumber } from './cardinal.js';
import { precededBy, wordsBefore } from './context.js';
import { isLargeRoman, isPlainRoman, readRoman, romanValue } from './roman.js';
import { isCapsWord, isPronounceableCaps } from './caps.js';
import { isForeignEntry, isForeignWord } from './lexicon.js';
import { ADMIN_PREFIXES } from '../data/letters.js';
import { spellLetters } from './spell.js';
import { isSpelling, isTickerContext } from './ticker.js';
import type { SemioticClass } from './types.js';

/**
 * A token: letters/digits joined by . & - (and an optional final dot), with a capital in it.
 * The first segment must hold an ASCII capital or Đ (every Vietnamese acronym does): testing
 * [A-ZĐ] is ~5x faster than \p{Lu}, and the start is checked with a small ASCII lookbehind.
 */
const PATTERN = /(?<=^|[\s([“"'‘/:;,.!?…–—-])[a-zđ\d]*[A-ZĐ][\p{L}\p{N}]*(?:(?:[.&-]|\/(?=\p{L}))[\p{L}\p{N}]+)*\.?/gu;

const ALL_CAPS = /^[\p{Lu}]+$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const LETTERS_DIGITS = /^(\p{L}+)(\d+)$/u;
const DIGITS_LETTERS = /^(\d+)(\p{Lu}+|[a-z])$/u;
/** An acronym glued to a word, as in bank and brand names: "VPBank" → "vê pê Bank". */
const ACRONYM_WORD = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}+)$/u;
/** "3N2Đ", "4N3D": a trip of three days and two nights. */
const TRIP_LENGTH = /^(\d{1,2})N(\d{1,2})[ĐD]$/;
/** Runs of letters or digits in a mixed code: "12A1" → 12, A, 1. */
const ALNUM_RUNS = /\d+|\p{L}+/gu;

/**
 * Reads letters that prefix a number: a known code prefix ("QL", "U", "COP") or spelled.
 * General abbreviations are not used here: "VN123" is a flight, not "Việt Nam 123"; but a
 * lexicon entry that is itself a spelling is spelled its way ("VOV1" → "vê ô vê một", as "VOV").
 */
function readLetters(letters: string): string {
  const prefix = NAMED_ONLY_PREFIXES.has(letters) ? undefined : CODE_PREFIXES[letters];
  const entry = letters.length > 1 ? ABBREVIATIONS.get(letters) : undefined;
  return prefix ?? (entry && isSpelling(entry) ? entry : spellLetters(letters));
}

/**
 * The digits of a code: a number up to four digits ("MH370", "A320"); five or more are a
 * serial said digit by digit (passport "C1234567", "IR50404"), as nobody says millions there.
 */
const readCodeNumber = (digits: string): string => (digits.length >= 5 ? readDigits(digits) : readNumber(digits));

/**
 * Reads a mixed code run by run: "12A1" → "mười hai a một", "MH370" → "em mờ hát ba trăm bảy mươi".
 * Only the opening letters can be a prefix: "P2P", "B2C" are spelled after the digits (a ward is "P2").
 */
function readMixed(piece: string): string {
  const runs = piece.match(ALNUM_RUNS) ?? [];
  // A ward or district opens a code and is numbered, never lettered after: "P2P", "B2C" are spelled.
  const admin = (run: string, i: number): boolean => ADMIN_PREFIXES[run.toLowerCase()] !== undefined && (i > 0 || runs.length > 2);
  return runs
    .map((run, i) => (/\d/.test(run) ? readCodeNumber(run) : admin(run, i) ? spellLetters(run) : readLetters(run)))
    .join(' ');
}

/** Reads one piece of a token, or undefined to keep it as written. */
function readPiece(piece: string, inCompound: boolean, isWord: (piece: string) => boolean): string | undefined {
  const known = ABBREVIATIONS.get(piece) ?? DOCUMENT_TYPES[piece];
  if (known) return known;
  if (/^\d+$/.test(piece)) return readNumber(piece);
  const code = LETTERS_DIGITS.exec(piece);
  if (code && (ALL_CAPS.test(code[1]) || CODE_PREFIXES[code[1]])) return `${readLetters(code[1])} ${readCodeNumber(code[2])}`;
  // "tour 3N2Đ": days and nights of a trip, as travel ads print them.
  const trip = TRIP_LENGTH.exec(piece);
  if (trip) return `${readNumber(trip[1])} ngày ${readNumber(trip[2])} đêm`;
  const unit = DIGITS_LETTERS.exec(piece);
  // "3PN" (ba phòng ngủ): letters the lexicon knows are read as their words; after four digits
  // or more they are a model's suffix, spelled ("Ryzen 7 7840HS" hát ét, not học sinh).
  const word = unit && unit[1].length < 4 ? ABBREVIATIONS.get(unit[2]) : undefined;
  if (unit) return `${readNumber(unit[1])} ${word ?? spellLetters(unit[2])}`;
  if (/\d/.test(piece) && /\p{Lu}/u.test(piece) && !/\p{Ll}/u.test(piece)) return readMixed(piece);
  const brand = ACRONYM_WORD.exec(piece);
  if (brand) return `${spellLetters(brand[1])} ${brand[2]}`;
  if (!ALL_CAPS.test(piece)) return undefined;
  if (isWord(piece)) return piece.toLowerCase();
  if (isPlainRoman(piece) || isLargeRoman(piece)) return readRoman(piece);
  // An unknown acronym on its own is left to the last-resort speller, which reports it
  // (fallback.ts); inside a code ("S-400", "ABC-123") it is spelled here.
  return inCompound ? spellLetters(piece) : undefined;
}

/** Document types that are safe to expand outside a document number: "theo QĐ số 5". */
const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  NĐ: DOCUMENT_PARTS.NĐ, QĐ: DOCUMENT_PARTS.QĐ, NQ: DOCUMENT_PARTS.NQ, 'NĐ-CP': 'nghị định chính phủ',
};


/** Reads a token like "TP.Pleiku", "P.5", "Q.Bình Thạnh": an administrative prefix + the rest. */
function readPrefixed(token: string): string | undefined {
  const dot = token.indexOf('.');
  if (dot <= 0) return undefined;
  const head = token.slice(0, dot);
  const rest = token.slice(dot + 1);
  // "P.Giám đốc", "Q.Chủ tịch": before a title P is "phó" and Q "quyền", not ward and district.
  if ((head === 'P' || head === 'Q') && TITLE_HEADS.has(rest)) return `${head === 'P' ? 'phó' : 'quyền'} ${rest}`;
  // "Phật đản PL.2568": the Buddhist era glued to its year ("PL 2568" is read in context).
  if (head === 'PL' && /^25\d\d$/.test(rest)) return `phật lịch ${readNumber(rest)}`;
  const prefix = CODE_PREFIXES[head];
  if (!prefix || !rest || /[.&-]/.test(rest)) return undefined;
  if (/^\d+$/.test(rest)) return `${prefix} ${readNumber(rest)}`;
  // "ĐT.769E", "QL.1A": a road number with its branch letter.
  if (/^\d+[A-Z]$/.test(rest) && ROAD_PREFIXES.has(head)) return `${prefix} ${readMixed(rest)}`;
  if (CAPITALISED.test(rest) && rest.length > 1) return `${prefix} ${rest}`;
  return undefined;
}

/**
 * Reads an abbreviation token, or undefined to keep it.
 * @example readAbbreviation('UBND') //=> 'ủy ban nhân dân'
 * @example readAbbreviation('QL14') //=> 'quốc lộ mười bốn'
 */
export function readAbbreviation(token: string, isWord: (piece: string) => boolean = () => false): string | undefined {
  const exact = ABBREVIATIONS.get(token);
  if (exact) return exact;
  if (CAPITALISED.test(token)) return undefined; // fast path: an ordinary capitalised word
  const trailingDot = token.endsWith('.') ? '.' : '';
  const body = trailingDot ? token.slice(0, -1) : token;
  if (trailingDot) {
    const bare = ABBREVIATIONS.get(body);
    if (bare) return bare + trailingDot;
  }
  const prefixed = readPrefixed(body);
  if (prefixed) return prefixed + trailingDot;
  const pieces = body.split(/([.&/-])/);
  if (pieces.length === 1) {
    const spoken = readPiece(body, false, isWord);
    return spoken === undefined ? undefined : spoken + trailingDot;
  }
  let changed = false;
  const words: string[] = [];
  // "SHR-AW09IC650", "CSKH-12A": letters before a model code belong to the code, whatever else they abbreviate.
  const modelHead = pieces.length === 3 && pieces[1] === '-' && /^[A-ZĐ]{2,}$/.test(pieces[0]) && MODEL_CODE.test(pieces[2]);
  for (let i = 0; i < pieces.length; i += 2) {
    // A grade after a number is a Roman numeral: "RON95-V", "92-II" (emission level).
    const grade = i > 0 && pieces[i - 1] === '-' && /\d$/.test(pieces[i - 2]) && /^[IVX]+$/.test(pieces[i]);
    const spoken =
      modelHead && i === 0 ? spellLetters(pieces[0]) : grade && romanValue(pieces[i]) !== undefined ? readRoman(pieces[i]) : readPiece(pieces[i], true, isWord);
    if (spoken !== undefined) changed = true;
    if (i > 0 && pieces[i - 1] === '&') words.push('và');
    // "GPT-4.5", "RTX-3.0": a dot between digits is a version dot.
    // "M4.0" (a magnitude) too: the piece before ends in a digit.
    if (i > 0 && pieces[i - 1] === '.' && /^\d+$/.test(pieces[i]) && /\d$/.test(pieces[i - 2])) words.push('chấm');
    words.push(spoken ?? pieces[i]);
  }
  return changed ? words.join(' ') + trailingDot : undefined;
}

const GRADE = /^([IVX]+)(\.?)$/;
/** A virus lineage: "JN.1", "XBB.1.5", "BA.2.86" (two dotted numbers are never a ward or a street). */
const VARIANT = /^([A-Z]{1,4})((?:\.\d{1,3}){1,3})$/;

/** "biến chủng JN.1, KP.2", "các biến chủng trước như KP.2": a lineage after a variant word. */
const VARIANT_LISTED = new RegExp(
  String.raw`(?:${[...VARIANT_BEFORE].map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})` +
    String.raw`(?:\s+[\p{Ll}\p{M}]+){0,4}\s+(?:[A-Z]{1,4}(?:\.\d{1,3})+(?:,|\svà|\shoặc)\s+)*$`,
  'u',
);

/** "biến chủng JN.1" → "gi en nờ chấm một". */
function readVariant(token: string, text: string, start: number): string | undefined {
  const v = VARIANT.exec(token);
  if (!v) return undefined;
  // Two letters that are no prefix ("JN.1", not "KP.2" khu phố, "QL.1A") are a lineage anywhere.
  const unprefixed = v[1].length >= 2 && !CODE_PREFIXES[v[1]] && !ADMIN_PREFIXES[v[1].toLowerCase()];
  const listed = unprefixed || VARIANT_LISTED.test(text.slice(Math.max(0, start - 60), start));
  if (v[2].split('.').length < 3 && !listed) return undefined;
  return `${spellLetters(v[1])} chấm ${v[2].slice(1).split('.').map(readNumber).join(' chấm ')}`;
}

const VEHICLE_CODE = /^([A-Z]{1,3})(\d{2,4})$/;
/** A model code of letters and digits ("AW09IC650", "12A"); document codes have letters only ("TT-BYT"). */
const MODEL_CODE = /^(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{3,}$/;
/** "VN-A861": an aircraft's registration, letters and digits one by one (not "Việt Nam"). */
const REGISTRATION = /^(VN)-([A-Z])(\d{3})$/;
/** "chung cư CT3", "nhà H1": a building's code is spelled, not a road or a district ("cao tốc", "huyện"). */
const BUILDING_CODE = /^([A-Z]{1,3})(\d{1,3}[A-Z]?)$/;
function readSpelledCode(bare: string, text: string, start: number): string | undefined {
  const registration = REGISTRATION.exec(bare);
  if (registration) return `${spellLetters(registration[1] + registration[2])} ${readDigits(registration[3])}`;
  const code = BUILDING_CODE.exec(bare);
  if (!code || !CODE_PREFIXES[code[1]] || !precededBy(text, start, SPELLED_CODE_BEFORE)) return undefined;
  return `${spellLetters(code[1])} ${readMixed(code[2])}`;
}
const SENTENCE_END = /^["”’')\]]*\s*$/;
const DECIMAL_TAIL = /^(\d+)(\p{L}.*)$/u;

/** Road classes read as a prefix when a number follows after a space: "ĐT 670" → "đường tỉnh". */
const ROAD_PREFIXES = new Set(['QL', 'ĐT', 'TL', 'HL', 'ĐH', 'CT']);

/** An amount ends right before: "10 ", "0,5 ", "1.200 "; not a year ("năm 2024 BTC"). */
const AMOUNT_BEFORE = /(?:^|[^\p{L}\p{N}.,])(\d[\d.,]*) $/u;
const YEAR = /^(?:19|20)\d\d$/;

function amountBefore(text: string, start: number): boolean {
  const m = AMOUNT_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && !YEAR.test(m[1]);
}

/** The reading the words before an ambiguous abbreviation choose ("thuộc CP" chính phủ), or undefined. */
function readInContext(token: string, text: string, start: number, end: number): string | undefined {
  const after = text.slice(end, end + 16);
  return CONTEXT_READINGS.get(token)?.find(
    (r) =>
      (r.before && precededBy(text, start, r.before)) ||
      r.after?.test(after) ||
      (r.afterAmount && amountBefore(text, start) && !r.unlessAfter?.test(after)),
  )?.say;
}

/** "DL.2024": a head read by its context (a year after it: dương lịch), the year left for the numbers. */
function readDottedYear(bare: string, text: string, start: number): string | undefined {
  const m = /^(\p{Lu}{2,})\.(\d{4})$/u.exec(bare);
  const head = m ? readInContext(m[1], text, start, start + m[1].length) : undefined;
  return head && m ? `${head} ${m[2]}` : undefined;
}

/**
 * The dot of an abbreviation ends nothing inside the sentence ("Washington D.C. là thủ
 * đô", "J.K. Rowling": the segmenter has already decided where sentences end), but at the
 * sentence end it is the full stop ("chuẩn GS, PGS.").
 */
function withSentenceDot(token: string, spoken: string | undefined, after: string): string | undefined {
  if (spoken === undefined || !token.endsWith('.')) return spoken;
  const final = SENTENCE_END.test(after);
  if (spoken.endsWith('.')) return final ? spoken : spoken.slice(0, -1);
  return final ? `${spoken}.` : spoken;
}

/**
 * The words of a reading the text has just said are not said again: "Quy chuẩn QCVN 41" →
 * "Quy chuẩn việt nam bốn mươi mốt", "Tổ chức WHO" → "Tổ chức y tế thế giới". Two words at
 * least: one may be another word that sounds the same ("Phòng PCCC" is the department).
 */
function withoutSaidHead(spoken: string | undefined, text: string, start: number): string | undefined {
  if (spoken === undefined) return undefined;
  const words = spoken.split(' ');
  // "Khu dân cư KDC Phú Mỹ": all of it was just said, so the acronym adds nothing.
  if (words.length >= 2 && words.length <= 4 && wordsBefore(text, start, words.length) === spoken) return '';
  for (let n = Math.min(3, words.length - 1); n >= 2; n--) {
    if (wordsBefore(text, start, n) === words.slice(0, n).join(' ')) return words.slice(n).join(' ');
  }
  // "Đường ĐT 769", "khu KCN": a head word that can only mean itself is said once.
  if (words.length > 1 && SAME_WORD_HEADS.has(words[0]) && wordsBefore(text, start, 1) === words[0]) return words.slice(1).join(' ');
  return spoken;
}

/**
 * "Kho bạc Nhà nước (KBNN)": an acronym in brackets after the words it stands for is spelled,
 * not read out as the same words twice.
 */
function echoesBefore(token: string, spoken: string | undefined, text: string, start: number, end: number): boolean {
  if (spoken === undefined || text[start - 1] !== '(' || text[end] !== ')' || !ALL_CAPS.test(token)) return false;
  return wordsBefore(text, start, spoken.split(' ').length) === spoken;
}

/** @example verbalize "UBND tỉnh" → "ủy ban nhân dân tỉnh" */
export const abbreviationClass: SemioticClass = {
  name: 'abbreviation',
  pattern: PATTERN,
  trigger: /[A-ZĐ]/,
  verbalize(m, ctx) {
    // Most matches are ordinary capitalised words ("Sáng", "Hội"): nothing to read.
    if (CAPITALISED.test(m[0]) && !ABBREVIATIONS.has(m[0]) && !/[.,-]/.test(ctx.text[ctx.start - 1] ?? '')) return undefined;
    // A foreign word or brand is left as written ("YouTube", "ASEAN"); it is respelled, when
    // the engine needs it, before this class runs (data/respellings.ts).
    // Also the letters inside a longer foreign entry ("VN" of "VN-Index"), abbreviations or not.
    const written = ctx.end - (m[0].endsWith('.') ? 1 : 0);
    if (isForeignWord(ctx.text, ctx.start, written) && (!ABBREVIATIONS.has(m[0]) || !isForeignEntry(ctx.text.slice(ctx.start, written)))) return undefined;
    // "0,05S": the decimal part of a number glued to a letter is not a code on its own.
    // The digits stay for the cardinal class ("không phẩy không năm"), the letters are read here.
    if (/[.,]/.test(ctx.text[ctx.start - 1] ?? '') && /\d/.test(ctx.text[ctx.start - 2] ?? '')) {
      const split = DECIMAL_TAIL.exec(m[0]);
      if (!split) return undefined;
      return `${split[1]} ${readAbbreviation(split[2]) ?? (ALL_CAPS.test(split[2]) ? spellLetters(split[2]) : split[2])}`;
    }
    // "RON 95-V": the emission grade after a number and a dash.
    if (ctx.text[ctx.start - 1] === '-' && /\d/.test(ctx.text[ctx.start - 2] ?? '')) {
      const grade = GRADE.exec(m[0]);
      if (grade && romanValue(grade[1]) !== undefined) return readRoman(grade[1]) + grade[2];
    }
    // "ĐT: 0269…", "ĐT liên hệ: 0236…", "ĐT di động": a telephone.
    if (m[0] === 'ĐT' && /^(?::| (?:liên hệ|liên lạc|di động|bàn|cố định|đường dây nóng)(?![\p{L}]))/u.test(ctx.text.slice(ctx.end, ctx.end + 16))) return 'điện thoại';
    // "Cổ phiếu VIC, HSG, NVL": tickers are spelled, whatever else the letters abbreviate.
    const bare = m[0].replace(/\.$/, '');
    if (ABBREVIATIONS.has(bare) && isTickerContext(bare, ctx.text, ctx.start, ctx.start + bare.length)) {
      return withSentenceDot(m[0], spellLetters(bare), ctx.text.slice(ctx.end));
    }
    const contextual = readInContext(bare, ctx.text, ctx.start, ctx.end) ?? readDottedYear(bare, ctx.text, ctx.start);
    if (contextual) return withSentenceDot(m[0], contextual, ctx.text.slice(ctx.end));
    const spelled = readSpelledCode(bare, ctx.text, ctx.start);
    if (spelled) return withSentenceDot(m[0], spelled, ctx.text.slice(ctx.end));
    // "chuyến bay VN254", "tàu SE1": vehicle numbers are said digit by digit.
    const vehicle = VEHICLE_CODE.exec(bare); // "… chuyến bay VN254." at the sentence end keeps its full stop
    if (vehicle && precededBy(ctx.text, ctx.start, VEHICLE_BEFORE)) {
      return withSentenceDot(m[0], `${spellLetters(vehicle[1])} ${readDigits(vehicle[2])}`, ctx.text.slice(ctx.end));
    }
    if (ROAD_PREFIXES.has(m[0]) && /^ \d/.test(ctx.text.slice(ctx.end, ctx.end + 2))) {
      return withoutSaidHead(CODE_PREFIXES[m[0]], ctx.text, ctx.start);
    }
    // In a headline in capitals a syllable is a word ("GIA LAI", "ĐI BẦU CỬ"), not an acronym.
    if (ALL_CAPS.test(m[0]) && isCapsWord(m[0], ctx.text, ctx.start)) return m[0].toLowerCase();
    // A foreign word printed in capitals ("LIVESHOW") is read as a word, not spelled.
    if (ALL_CAPS.test(m[0]) && !ABBREVIATIONS.has(m[0]) && isPronounceableCaps(m[0], ctx.text, ctx.start)) return m[0].toLowerCase();
    const spoken = readAbbreviation(m[0], (piece) => isCapsWord(piece, ctx.text, ctx.start));
    if (echoesBefore(m[0], spoken, ctx.text, ctx.start, ctx.end)) return spellLetters(m[0]);
    return withSentenceDot(m[0], withoutSaidHead(spoken, ctx.text, ctx.start), ctx.text.slice(ctx.end));
  },
};

/**
 * Virus lineages, before the letter class takes "KP." as khu phố: "biến chủng JN.1, KP.2".
 * @example verbalize "biến chủng XBB.1.5" → "biến chủng ích bê bê chấm một chấm năm"
 */
export const variantClass: SemioticClass = {
  name: 'variant',
  needsDigits: true,
  pattern: /(?=[A-Z])(?<![\p{L}\p{N}.])[A-Z]{1,4}(?:\.\d{1,3}){1,3}(?![\p{L}\p{N}]|\.\d)/gu,
  trigger: /[A-Z]\.\d/,
  verbalize: (m, ctx) => readVariant(m[0], ctx.text, ctx.start),
};
