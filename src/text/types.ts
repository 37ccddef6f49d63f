/** Data shapes of the text front end (extract → segment → normalize → chunk). */

/** What an editor sends: plain text or HTML, optionally a title. */
export interface ArticleInput {
  title?: string;
  text?: string;
  html?: string;
}

/** Article text after extraction and clean-up: NFC, paragraphs separated by "\n\n". */
export interface CleanArticle {
  title?: string;
  /** The clean text; the title (when any) is its first paragraph. Sentence offsets point here. */
  text: string;
}

export interface Sentence {
  /** 0-based position in the article. */
  index: number;
  /** The original sentence text, exactly `clean.text.slice(charStart, charEnd)`. */
  text: string;
  /** UTF-16 offsets into the clean text (what JavaScript's `slice` uses). */
  charStart: number;
  charEnd: number;
  /** 0-based paragraph number. */
  paragraph: number;
}

/**
 * One spoken word tied to the written token it was read from (for word highlighting):
 * every spoken word of "20-7" ("hai", "mươi", "tháng", "bảy") points at "20-7"; a word
 * no rule changed points at itself.
 */
export interface WordAlignment {
  /** UTF-16 offsets into `SpokenSentence.spoken` of the word (a run of letters). */
  spokenStart: number;
  spokenEnd: number;
  /** UTF-16 offsets into the clean article text (absolute, like `Sentence.charStart`) of the written token. */
  charStart: number;
  charEnd: number;
}

/**
 * A token no rule knew, read by the last-resort pass (spelled, digit by digit, or dropped);
 * an editor fixes it with a site-lexicon entry. The manifest adds the sentence index.
 */
export interface FrontEndWarning {
  /** The written token, e.g. "XKCD" or "₭". */
  token: string;
  /** What it was read as ('' when it was dropped). */
  spokenAs: string;
}

export interface SpokenSentence extends Sentence {
  /** The sentence as a Vietnamese newsreader would speak it: words only. */
  spoken: string;
  /** Every word of `spoken`, in order, with the span of the written token it came from. */
  words: WordAlignment[];
  /** Tokens of this sentence that were read by fallback. */
  warnings: FrontEndWarning[];
}

/** One provider request: a whole sentence, or a clause-bounded part of a long one. */
export interface Chunk {
  /** 0-based position among all chunks of the article, in reading order. */
  index: number;
  sentenceIndex: number;
  /** 0-based part number within the sentence (0 when the sentence fits in one request). */
  part: number;
  text: string;
  /** Offset (UTF-16) of `text` within its sentence's `spoken`, to map an engine's word events back. */
  spokenOffset: number;
}

/** What chunking needs of a sentence. */
export type ChunkableSentence = Pick<SpokenSentence, 'index' | 'spoken'>;

export interface ChunkLimits {
  /** Max UTF-8 bytes per request. */
  maxBytes: number;
  /** Max code points per request, where the provider counts characters. */
  maxChars?: number;
}

/** Editor-maintained pronunciations, applied before the built-in rules: "Pleiku" → "Plây Cu". */
export type Lexicon = Readonly<Record<string, string>>;

export interface FrontEndOptions {
  lexicon?: Lexicon;
  /**
   * Respell foreign words and brands in Vietnamese sounds (data/respellings.ts), for an
   * engine that cannot read them (espeak-ng, sherpa-onnx). Default: left as written.
   */
  respellForeign?: boolean;
  /** Per-site extraction rules for HTML input. */
  siteRules?: SiteRules;
}

/** CSS selectors that say what to keep and drop on one site's article pages. */
export interface SiteRules {
  /** The article body, e.g. ".article__body". */
  content?: string;
  title?: string;
  /** Elements to remove before reading, e.g. [".ads", ".related"]. */
  drop?: string[];
}

export interface PreparedArticle {
  title?: string;
  text: string;
  sentences: SpokenSentence[];
}
