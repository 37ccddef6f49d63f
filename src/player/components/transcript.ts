import { findCurrentWord, readWordTokens } from '../helpers/find-current-word.js';
import { prefersReducedMotion } from '../helpers/prefers-reduced-motion.js';
import type { Emit, PlayerSegment, PlayerState } from '../types.js';
import { createElement, type Component } from './dom.js';

/** After the listener scrolls the transcript themselves, leave it alone this long. */
const MANUAL_SCROLL_GRACE_MS = 4000;
/** The current word is scrolled to when it comes this close to the panel's bottom edge. */
const EDGE_PX = 24;

/**
 * The article as sentences, grouped in paragraphs: the current sentence is highlighted,
 * and within it the word being spoken (manifest v2). The current word is kept in view by
 * scrolling the panel, never the host page, and only when it reaches the panel's edge, so
 * the text does not jump on every word. A click or Enter on a sentence jumps there; a
 * click on a word plays from that word; ↑/↓ move between sentences. Sentences arriving
 * during generation are appended, not re-rendered.
 */
export function createTranscript(emit: Emit): Component<PlayerState> {
  const element = createElement('div', { class: 'transcript', role: 'region', 'aria-label': 'Nội dung bài đọc', tabindex: '0' });
  let sentences: HTMLElement[] = [];
  /** Word spans of each sentence, by token index (empty for a sentence without word timings). */
  let words: (HTMLElement | undefined)[][] = [];
  let paragraph: HTMLElement | undefined;
  let paragraphIndex = -1;
  let current = -1;
  let currentWord: HTMLElement | undefined;
  let rendered = '';
  let lastManualScroll = 0;
  /** Until then, scroll events are the panel's own (a smooth scroll fires many). */
  let autoScrollUntil = 0;

  element.addEventListener('scroll', () => {
    if (Date.now() > autoScrollUntil) lastManualScroll = Date.now();
  });
  element.addEventListener('scrollend', () => (autoScrollUntil = 0));
  element.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const word = target.closest<HTMLElement>('[data-ms]');
    if (word) return emit({ type: 'play-from', ms: Number(word.dataset.ms) });
    const sentence = target.closest<HTMLElement>('[data-i]');
    if (sentence) emit({ type: 'jump', index: Number(sentence.dataset.i) });
  });
  element.addEventListener('keydown', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-i]');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Arrows move between sentences (one tab stop for the panel, not one per sentence).
      const from = target ? Number(target.dataset.i) : Math.max(current, 0) - (event.key === 'ArrowDown' ? 1 : 0);
      const next = sentences[from + (event.key === 'ArrowDown' ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      next.focus();
    } else if (target && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      event.stopPropagation(); // Space here means "jump", not the player's play/pause
      emit({ type: 'jump', index: Number(target.dataset.i) });
    }
  });

  const appendSentence = (segment: PlayerSegment) => {
    if (!paragraph || segment.paragraph !== paragraphIndex) {
      paragraph = createElement('p');
      paragraphIndex = segment.paragraph;
      element.append(paragraph);
    }
    const span = createElement('span', { class: 'sentence', 'data-i': String(segment.i), tabindex: '-1', role: 'button' });
    words.push(appendWords(span, segment));
    paragraph.append(span, ' ');
    sentences.push(span);
  };

  const reset = () => {
    element.replaceChildren();
    sentences = [];
    words = [];
    paragraph = undefined;
    paragraphIndex = -1;
    current = -1;
    currentWord = undefined;
  };

  /** Scrolls the panel so `target` is a third from its top, if it has left the visible part. */
  const keepInView = (target: HTMLElement) => {
    if (Date.now() - lastManualScroll < MANUAL_SCROLL_GRACE_MS) return;
    const panel = element.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    if (box.top >= panel.top && box.bottom <= panel.bottom - EDGE_PX) return;
    autoScrollUntil = Date.now() + 1000;
    const top = element.scrollTop + box.top - panel.top - element.clientHeight / 3;
    element.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

  const showWord = (state: PlayerState) => {
    const found = findCurrentWord(state);
    const span = found ? words[current]?.[found.index] : undefined;
    if (span === currentWord) return;
    currentWord?.classList.remove('current');
    currentWord = span;
    span?.classList.add('current');
    if (span && state.playing) keepInView(span);
  };

  return {
    element,
    render(state) {
      // Another article or voice has its own sentence list: rebuild; otherwise only append what is new.
      const identity = `${state.articleId}|${state.voice}`;
      if (identity !== rendered || state.segments.length < sentences.length) {
        rendered = identity;
        reset();
      }
      for (let i = sentences.length; i < state.segments.length; i++) appendSentence(state.segments[i]);
      element.hidden = state.segments.length === 0;
      if (state.currentIndex !== current || !sentences[current]?.classList.contains('current')) {
        sentences[current]?.classList.remove('current');
        sentences[current]?.removeAttribute('aria-current');
        current = state.currentIndex;
        const span = sentences[current];
        if (span) {
          span.classList.add('current');
          span.setAttribute('aria-current', 'true');
          if (state.playing || state.buffering) keepInView(span);
        }
      }
      showWord(state);
    },
  };
}

/**
 * Fills a sentence's span with its text, each timed word in a span of its own (with the
 * time a click plays from); returns the word spans in order.
 */
function appendWords(span: HTMLElement, segment: PlayerSegment): (HTMLElement | undefined)[] {
  const tokens = segment.words?.length && segment.charStart !== undefined ? readWordTokens(segment) : [];
  const spans: (HTMLElement | undefined)[] = [];
  let at = 0;
  for (const token of tokens) {
    const start = token.charStart - segment.charStart!;
    const end = token.charEnd - segment.charStart!;
    if (start < at || end > segment.text.length) {
      spans.push(undefined); // a span outside the sentence: left as text
      continue;
    }
    if (start > at) span.append(segment.text.slice(at, start));
    const word = createElement('span', { class: 'word', 'data-ms': String(token.startMs) }, segment.text.slice(start, end));
    span.append(word);
    spans.push(word);
    at = end;
  }
  span.append(segment.text.slice(at));
  return spans;
}
