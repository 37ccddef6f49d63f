/**
 * SSML with one `<mark>` before each word, so Google's v1beta1 timepoints give word timings,
 * and the way back from timepoints to character offsets in the request text.
 */
import type { WordTiming } from './provider.js';

/** Google's per-request limit, counted on the SSML when SSML is sent. */
export const GOOGLE_MAX_BYTES = 5_000;

/** A word of the request text, in code points (what `WordTiming` uses). */
export interface MarkedWord {
  mark: string;
  charStart: number;
  charEnd: number;
}

export interface GoogleSsml {
  ssml: string;
  marks: MarkedWord[];
}

/**
 * Marks every word. Returns undefined when the marks would push the request over Google's
 * byte limit — the chunk is then sent as plain text, without word timings, rather than failing.
 * @example buildGoogleSsml('Xin chào') //=> { ssml: '<speak><mark name="w0"/>Xin <mark name="w1"/>chào</speak>', marks: [...] }
 */
export function buildGoogleSsml(text: string, maxBytes = GOOGLE_MAX_BYTES): GoogleSsml | undefined {
  const codePoints = Array.from(text);
  const marks: MarkedWord[] = [];
  const parts: string[] = [];
  let index = 0;
  while (index < codePoints.length) {
    if (/\s/.test(codePoints[index])) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < codePoints.length && !/\s/.test(codePoints[index])) index += 1;
    const mark = `w${marks.length}`;
    marks.push({ mark, charStart: start, charEnd: index });
    parts.push(`<mark name="${mark}"/>${escapeXml(codePoints.slice(start, index).join(''))}`);
  }
  const ssml = `<speak>${parts.join(' ')}</speak>`;
  return Buffer.byteLength(ssml, 'utf8') <= maxBytes ? { ssml, marks } : undefined;
}

/** Pairs Google's timepoints with the marked words; unknown or missing marks are skipped. */
export function wordTimingsFromTimepoints(
  marks: MarkedWord[],
  timepoints: { markName?: string | null; timeSeconds?: number | null }[],
): WordTiming[] {
  const byMark = new Map(marks.map((word) => [word.mark, word]));
  const words: WordTiming[] = [];
  for (const point of timepoints) {
    const word = point.markName ? byMark.get(point.markName) : undefined;
    if (!word || typeof point.timeSeconds !== 'number') continue;
    words.push({ startMs: Math.round(point.timeSeconds * 1000), charStart: word.charStart, charEnd: word.charEnd });
  }
  return words.sort((a, b) => a.charStart - b.charStart);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
