/**
 * Text that remembers where each of its parts came from, so every spoken word can be tied
 * to the written token it was read from (word highlighting). A class replaces spans; the
 * new words point at the whole span they replaced ("20-7" → "hai mươi tháng bảy": all four
 * words point at "20-7"); text no class touched points at itself.
 *
 * The text is kept as pieces. A verbatim piece is a slice of the source (its i-th character
 * is the source's `from + i`-th); a spoken piece points at one source span as a whole.
 * Edits only ever replace a span by one spoken piece whose origin is the union of what it
 * covers, so origins stay in reading order (starts and ends never go backwards).
 */

/** Replace `text.slice(start, end)` by `text`. Edits passed together are sorted and disjoint. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Piece {
  text: string;
  /** Source span this piece was read from. */
  from: number;
  to: number;
  /** True when `text` is the source slice itself. */
  verbatim: boolean;
}

/** A spoken word and the source span it was read from (both UTF-16 offsets). */
export interface WordOrigin {
  spokenStart: number;
  spokenEnd: number;
  charStart: number;
  charEnd: number;
}

const LETTER = /[\p{L}\p{M}]/u;

/** True for a letter or a combining mark; Latin and Vietnamese letters are decided by range. */
function isLetterCode(code: number, ch: string): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  if (code <= 0x24f) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  return LETTER.test(ch);
}

/** Every run of letters in `text`, as [start, end) pairs, in order (a plain scan: no regex per word). */
function letterRuns(text: string): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (an emoji, a rare CJK letter) is tested as one character.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const letter = pair ? LETTER.test(text.slice(i, i + 2)) : isLetterCode(code, text[i]);
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      runs.push(start, i);
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) runs.push(start, text.length);
  return runs;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ';

/**
 * Length of the longest common prefix of `a` and `b` that ends right after a space in both,
 * so only whole words are kept ("thứ 1" → "thứ nhất" keeps "thứ ").
 */
function sharedWordPrefix(a: string, b: string): number {
  let last = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n && a[i] === b[i]; i++) if (isSpace(a[i])) last = i + 1;
  return last;
}

/** Same as sharedWordPrefix, from the end: the shared suffix starts with a space in both. */
function sharedWordSuffix(a: string, b: string, limit: number): number {
  let last = 0;
  for (let i = 1; i <= limit && a[a.length - i] === b[b.length - i]; i++) if (isSpace(a[a.length - i])) last = i;
  return last;
}

/** Walks the pieces left to right, handing out slices of them; every call starts where the last ended. */
class PieceCursor {
  private index = 0;
  /** Offset in the text of pieces[index]. */
  private base = 0;

  constructor(private readonly pieces: readonly Piece[]) {}

  /** The pieces covering [start, end), split at the ends (start is where the last call ended). */
  take(start: number, end: number, into: Piece[]): void {
    while (start < end && this.index < this.pieces.length) {
      const piece = this.pieces[this.index];
      const pieceEnd = this.base + piece.text.length;
      const a = start - this.base;
      const b = Math.min(end, pieceEnd) - this.base;
      if (a === 0 && b === piece.text.length) into.push(piece);
      else if (b > a) into.push(slicePiece(piece, a, b));
      start = this.base + b;
      if (b === piece.text.length) {
        this.index++;
        this.base = pieceEnd;
      }
    }
  }
}

function slicePiece(piece: Piece, a: number, b: number): Piece {
  const text = piece.text.slice(a, b);
  return piece.verbatim
    ? { text, from: piece.from + a, to: piece.from + b, verbatim: true }
    : { text, from: piece.from, to: piece.to, verbatim: false };
}

/** The union of the origins of `pieces` (which are in reading order). */
function unionOrigin(pieces: readonly Piece[]): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const p of pieces) {
    if (p.from < from) from = p.from;
    if (p.to > to) to = p.to;
  }
  return [from, to];
}

export class TrackedText {
  private constructor(
    readonly text: string,
    private readonly pieces: readonly Piece[],
  ) {}

  /** The source text itself, every character pointing at itself. */
  static of(source: string): TrackedText {
    return new TrackedText(source, source ? [{ text: source, from: 0, to: source.length, verbatim: true }] : []);
  }

  /** The source span that `text.slice(start, end)` was read from. */
  origin(start: number, end: number): [number, number] {
    const covered: Piece[] = [];
    const cursor = new PieceCursor(this.pieces);
    cursor.take(0, start, []);
    cursor.take(start, Math.max(end, start + 1), covered);
    if (covered.length === 0) return [this.sourceEnd(), this.sourceEnd()];
    return unionOrigin(covered);
  }

  private sourceEnd(): number {
    return this.pieces.length ? this.pieces[this.pieces.length - 1].to : 0;
  }

  /**
   * Applies sorted, disjoint edits. Words an edit leaves unchanged at its start or end keep
   * their own origin; the rest of the new text points at the whole span it replaced.
   */
  apply(edits: readonly Edit[]): TrackedText {
    if (edits.length === 0) return this;
    const cursor = new PieceCursor(this.pieces);
    const out: Piece[] = [];
    let pos = 0;
    for (const edit of edits) {
      const old = this.text.slice(edit.start, edit.end);
      if (old === edit.text) continue;
      const prefix = sharedWordPrefix(old, edit.text);
      const suffix = sharedWordSuffix(old, edit.text, Math.min(old.length, edit.text.length) - prefix);
      const start = edit.start + prefix;
      const end = edit.end - suffix;
      cursor.take(pos, start, out);
      const covered: Piece[] = [];
      cursor.take(start, end, covered);
      let [from, to] = covered.length ? unionOrigin(covered) : this.origin(edit.start, edit.end);
      if (!Number.isFinite(from)) [from, to] = [this.sourceEnd(), this.sourceEnd()];
      const text = edit.text.slice(prefix, edit.text.length - suffix);
      if (text) out.push({ text, from, to, verbatim: false });
      pos = end;
    }
    cursor.take(pos, this.text.length, out);
    let text = '';
    for (const p of out) text += p.text;
    return new TrackedText(text, out);
  }

  /** Every spoken word (a run of letters) with the source span it was read from, in order. */
  words(): WordOrigin[] {
    const words: WordOrigin[] = [];
    const runs = letterRuns(this.text);
    let index = 0;
    let base = 0;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      const end = runs[k + 1];
      while (base + this.pieces[index].text.length <= start) base += this.pieces[index++].text.length;
      let from = Infinity;
      let to = -Infinity;
      for (let i = index, b = base; i < this.pieces.length && b < end; b += this.pieces[i++].text.length) {
        const p = this.pieces[i];
        const f = p.verbatim ? p.from + Math.max(start - b, 0) : p.from;
        const t = p.verbatim ? p.from + Math.min(end - b, p.text.length) : p.to;
        if (f < from) from = f;
        if (t > to) to = t;
      }
      words.push({ spokenStart: start, spokenEnd: end, charStart: from, charEnd: to });
    }
    return words;
  }
}
