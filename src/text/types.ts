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

export interface SpokenSentence extends Sentence {
  /** The sentence as a Vietnamese newsreader would speak it: words only. */
  spoken: string;
}

/** One provider request: a whole sentence, or a clause-bounded part of a long one. */
export interface Chunk {
  /** 0-based position among all chunks of the article, in reading order. */
  index: number;
  sentenceIndex: number;
  /** 0-based part number within the sentence (0 when the sentence fits in one request). */
  part: number;
  text: string;
  /** Where `text` starts in its sentence's `spoken` text (maps engine word positions back). */
  spokenOffset?: number;
}

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
