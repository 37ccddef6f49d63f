/** The shape every semiotic class shares (after NeMo: a tagger finds, a verbalizer speaks). */
import type { Edit, TrackedText } from './tracked.js';

/** Where a tagged span sits, so a verbalizer can look at the words around it. */
export interface MatchContext {
  /** The whole sentence as it stands when this class runs. */
  text: string;
  /** Offsets of the match in `text`. */
  start: number;
  end: number;
}

export interface SemioticClass {
  /** Short name, also the fixture file name under tests/fixtures/text/normalize/. */
  readonly name: string;
  /** Tagger: a global, precompiled pattern finding candidate spans. */
  readonly pattern: RegExp;
  /**
   * Cheap pre-check (non-global): when it does not match, the tagger cannot either and the
   * class is skipped. Most sentences have no digit, slash or acronym, so this saves time.
   */
  readonly trigger?: { test(text: string): boolean };
  /**
   * Verbalizer: the spoken words for one match (groups that did not take part are
   * undefined), or `undefined` to decline: the span is left for a later class.
   */
  verbalize(match: RegExpExecArray, context: MatchContext): string | undefined;
  /**
   * A last-resort class: each of its readings is a fallback (no rule knew the token), which
   * the front end reports as a warning so an editor can add a lexicon entry.
   */
  readonly fallback?: boolean;
  /**
   * The class reads only spans with digits: it is skipped for a sentence without any (no
   * class ever writes a digit, so a sentence cannot gain one).
   */
  readonly needsDigits?: boolean;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}]/u;

/**
 * Words never glue to the letters around them: "SH 150i" is "một trăm năm mươi i", not
 * "…mươii", when a class read the digits (or symbols) of a token that goes on in letters.
 * A match that itself starts or ends in a letter is left as its class made it.
 */
function spaced(spoken: string, text: string, start: number, end: number): string {
  let out = spoken;
  if (start > 0 && LETTER.test(text[start - 1]) && !WORD_CHAR.test(text[start]) && LETTER.test(out[0] ?? '')) out = ` ${out}`;
  if (end < text.length && LETTER.test(text[end]) && !WORD_CHAR.test(text[end - 1]) && LETTER.test(out[out.length - 1] ?? '')) out = `${out} `;
  return out;
}

/** The edits one class makes to a sentence: each match of its tagger that its verbalizer speaks. */
const NO_EDITS: readonly Edit[] = Object.freeze([]);

export function findEdits(text: string, cls: SemioticClass): readonly Edit[] {
  if (cls.trigger && !cls.trigger.test(text)) return NO_EDITS;
  const pattern = cls.pattern;
  pattern.lastIndex = 0;
  let edits: Edit[] | undefined;
  // One context object per pass, updated per match: verbalizers read it synchronously.
  const context: MatchContext = { text, start: 0, end: 0 };
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      pattern.lastIndex++; // never loop on an empty match
      continue;
    }
    context.start = start;
    context.end = end;
    const spoken = cls.verbalize(m, context);
    if (spoken !== undefined) (edits ??= []).push({ start, end, text: spaced(spoken, text, start, end) });
  }
  return edits ?? NO_EDITS;
}

/** Applies sorted, disjoint edits to a string. */
export function spliceEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}

/** Applies one class to a sentence: every match of its tagger is replaced by its verbalization. */
export function applyClass(text: string, cls: SemioticClass): string {
  return spliceEdits(text, findEdits(text, cls));
}

/** Applies one class to tracked text, so every new word remembers the span it replaced. */
export function applyClassTracked(text: TrackedText, cls: SemioticClass): { text: TrackedText; edits: readonly Edit[] } {
  const edits = findEdits(text.text, cls);
  return { text: text.apply(edits), edits };
}
