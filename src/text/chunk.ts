/**
 * Spoken sentences → provider requests. A sentence that fits is one chunk; a longer one is
 * split at clause punctuation (, ; :), then between words, never inside a word. Limits are
 * UTF-8 bytes (Vietnamese letters take 2–3 bytes) and, when the provider counts them,
 * code points. A single word longer than the limit (absurd input: a pasted hash or URL) is
 * cut by code points so nothing crashes and no code point is split.
 */
import type { Chunk, ChunkLimits, ChunkableSentence } from './types.js';

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;
const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function fits(s: string, limits: ChunkLimits): boolean {
  // Bytes ≥ code points, so the cheap length check settles most short strings.
  if (s.length * 3 <= limits.maxBytes && (limits.maxChars === undefined || s.length <= limits.maxChars)) return true;
  return byteLength(s) <= limits.maxBytes && (limits.maxChars === undefined || codePoints(s) <= limits.maxChars);
}

/**
 * Greedily joins consecutive pieces of a text (each keeps its trailing spaces, so they
 * re-join to the exact text) into trimmed parts that fit.
 */
function pack(pieces: readonly string[], limits: ChunkLimits, split: (piece: string) => string[]): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current + piece;
    if (fits(candidate.trim(), limits)) {
      current = candidate;
      continue;
    }
    if (current.trim()) parts.push(current.trim());
    current = '';
    if (fits(piece.trim(), limits)) current = piece;
    else parts.push(...split(piece.trim()));
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Cuts an over-long word by code points (never inside a surrogate pair). */
function splitByCodePoints(word: string, limits: ChunkLimits): string[] {
  const parts: string[] = [];
  let current = '';
  for (const cp of word) {
    if (current && !fits(current + cp, limits)) {
      parts.push(current);
      current = '';
    }
    current += cp;
  }
  if (current) parts.push(current);
  return parts;
}

const splitWords = (text: string, limits: ChunkLimits): string[] =>
  pack(text.split(/(?<=\s)(?=\S)/), limits, (w) => splitByCodePoints(w, limits));

/**
 * Splits one spoken sentence into parts within the limits. Every part is an exact slice of
 * the text (trimmed), in order.
 * @example splitSpoken('Một, hai, ba.', { maxBytes: 8 }) //=> ['Một,', 'hai, ba.']
 */
export function splitSpoken(text: string, limits: ChunkLimits): string[] {
  const trimmed = text.trim();
  if (fits(trimmed, limits)) return trimmed ? [trimmed] : [];
  const clauses = trimmed.split(/(?<=[,;:]\s+)(?=\S)/);
  return pack(clauses, limits, (clause) => splitWords(clause, limits));
}

/**
 * Turns spoken sentences into provider requests, in reading order; each chunk knows its
 * sentence (for timings), its part number within it and where its text starts in the
 * sentence's `spoken` (to map an engine's word events back).
 * @example chunkSentences([{ index: 0, spoken: 'Xin chào.' }], { maxBytes: 5000 })
 * //=> [{ index: 0, sentenceIndex: 0, part: 0, text: 'Xin chào.', spokenOffset: 0 }]
 */
export function chunkSentences(sentences: readonly ChunkableSentence[], limits: ChunkLimits): Chunk[] {
  if (!(limits.maxBytes >= 4)) throw new RangeError('maxBytes must be at least 4 (one UTF-8 code point)');
  if (limits.maxChars !== undefined && !(limits.maxChars >= 1)) throw new RangeError('maxChars must be at least 1');
  const chunks: Chunk[] = [];
  for (const sentence of sentences) {
    let cursor = 0;
    splitSpoken(sentence.spoken, limits).forEach((text, part) => {
      // Parts are exact, ordered slices: the first occurrence at or after the cursor is the part.
      const spokenOffset = sentence.spoken.indexOf(text, cursor);
      cursor = spokenOffset + text.length;
      chunks.push({ index: chunks.length, sentenceIndex: sentence.index, part, text, spokenOffset });
    });
  }
  return chunks;
}
