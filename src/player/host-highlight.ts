import { mapTextOffset } from './helpers/map-text-offset.js';
import { findSentence } from './helpers/map-sentence-to-text.js';
import type { PlayerSegment, PlayerWord } from './types.js';

const SENTENCE_HIGHLIGHT = 'tts-reader-sentence';
const WORD_HIGHLIGHT = 'tts-reader-word';

type HighlightLike = { priority: number };

/**
 * Highlights the current sentence, and the word being spoken in it, inside the host page's
 * own article (the element marked `data-tts-article`), with the CSS Custom Highlight API:
 * no DOM changes to the host's markup, and the site can restyle
 * `::highlight(tts-reader-sentence)` and `::highlight(tts-reader-word)`. The player never
 * scrolls the host page. Browsers without the API simply get no in-page highlight.
 */
export function createHostHighlighter(article: Element | null): (segment: PlayerSegment | undefined, word?: PlayerWord) => void {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => HighlightLike }).Highlight;
  if (!article || !registry || !HighlightClass) return () => undefined;
  injectDefaultStyle(article.ownerDocument);

  // The article's text nodes and where each starts in their concatenation (built once: articles do not change while read).
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  let lastEnd = 0;
  let shown: { segment: PlayerSegment; at: [number, number] | undefined } | undefined;

  const locate = (offset: number): [Text, number] => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return [nodes[low], offset - starts[low]];
  };
  const rangeOf = (start: number, end: number) => {
    const range = article.ownerDocument.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end - 1));
    range.setEnd(range.endContainer, range.endOffset + 1);
    return range;
  };
  const clear = (name: string) => void registry.delete(name);

  return (segment, word) => {
    if (!segment) return (clear(SENTENCE_HIGHLIGHT), clear(WORD_HIGHLIGHT));
    if (shown?.segment !== segment) {
      const at = findSentence(text, segment.text, lastEnd);
      shown = { segment, at };
      if (at) {
        lastEnd = at[1];
        registry.set(SENTENCE_HIGHLIGHT, new HighlightClass(rangeOf(...at)));
      } else clear(SENTENCE_HIGHLIGHT);
    }
    const at = shown.at;
    if (!at || !word || segment.charStart === undefined) return clear(WORD_HIGHLIGHT);
    // The sentence was found ignoring whitespace: map the word's offsets across the differences.
    const found = text.slice(at[0], at[1]);
    const start = at[0] + mapTextOffset(segment.text, found, word.charStart - segment.charStart);
    const end = at[0] + mapTextOffset(segment.text, found, word.charEnd - segment.charStart);
    if (!(end > start)) return clear(WORD_HIGHLIGHT);
    const highlight = new HighlightClass(rangeOf(start, end));
    highlight.priority = 1; // drawn over the sentence's highlight
    registry.set(WORD_HIGHLIGHT, highlight);
  };
}

/** A default look, placed first in <head> so any rule of the site's own wins. */
function injectDefaultStyle(doc: Document): void {
  if (doc.getElementById('tts-reader-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'tts-reader-highlight-style';
  style.textContent = `::highlight(${SENTENCE_HIGHLIGHT}) { background-color: #fff1b8; } ::highlight(${WORD_HIGHLIGHT}) { background-color: #ffd34d; text-decoration: underline; }`;
  doc.head.prepend(style);
}
