import { findSentence } from './helpers/map-sentence-to-text.js';
import type { PlayerSegment } from './types.js';

const HIGHLIGHT_NAME = 'tts-reader-sentence';

/**
 * Highlights the current sentence inside the host page's own article (the element marked
 * `data-tts-article`), with the CSS Custom Highlight API: no DOM changes to the host's
 * markup, and the site can restyle `::highlight(tts-reader-sentence)`. Browsers without
 * the API simply get no in-page highlight.
 */
export function createHostHighlighter(article: Element | null): (segment: PlayerSegment | undefined) => void {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
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

  return (segment) => {
    if (!segment) return void registry.delete(HIGHLIGHT_NAME);
    const found = findSentence(text, segment.text, lastEnd);
    if (!found) return void registry.delete(HIGHLIGHT_NAME);
    lastEnd = found[1];
    const range = article.ownerDocument.createRange();
    range.setStart(...locate(found[0]));
    range.setEnd(...locate(found[1] - 1));
    range.setEnd(range.endContainer, range.endOffset + 1);
    registry.set(HIGHLIGHT_NAME, new HighlightClass(range));
  };
}

/** A default look, placed first in <head> so any rule of the site's own wins. */
function injectDefaultStyle(doc: Document): void {
  if (doc.getElementById('tts-reader-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'tts-reader-highlight-style';
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fff1b8; }`;
  doc.head.prepend(style);
}
