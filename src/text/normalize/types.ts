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
   * Verbalizer: the spoken words for one match, or `undefined` to decline (the span is
   * left for a later class).
   */
  verbalize(match: string[], context: MatchContext): string | undefined;
}

/** Applies one class to a sentence: every match of its tagger is replaced by its verbalization. */
export function applyClass(text: string, cls: SemioticClass): string {
  cls.pattern.lastIndex = 0;
  return text.replace(cls.pattern, (...args: unknown[]) => {
    // replace() passes (match, ...groups, offset, string[, namedGroups]).
    const hasNamed = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== undefined;
    const tail = hasNamed ? 3 : 2;
    const offset = args[args.length - tail] as number;
    const match = args.slice(0, args.length - tail).map((a) => (a === undefined ? '' : String(a)));
    const spoken = cls.verbalize(match, { text, start: offset, end: offset + match[0].length });
    return spoken ?? match[0];
  });
}
