/** The shape every semiotic class shares (after NeMo: a tagger finds, a verbalizer speaks). */

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
  readonly trigger?: RegExp;
  /**
   * Verbalizer: the spoken words for one match (groups that did not take part are
   * undefined), or `undefined` to decline: the span is left for a later class.
   */
  verbalize(match: RegExpExecArray, context: MatchContext): string | undefined;
}

/** Applies one class to a sentence: every match of its tagger is replaced by its verbalization. */
export function applyClass(text: string, cls: SemioticClass): string {
  if (cls.trigger && !cls.trigger.test(text)) return text;
  const pattern = cls.pattern;
  pattern.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      pattern.lastIndex++; // never loop on an empty match
      continue;
    }
    const spoken = cls.verbalize(m, { text, start, end });
    if (spoken === undefined) continue;
    out += text.slice(last, start) + spoken;
    last = end;
  }
  return last === 0 && out === '' ? text : out + text.slice(last);
}
