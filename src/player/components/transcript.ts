import type { Emit, PlayerSegment, PlayerState } from '../types.js';
import { createElement, type Component } from './dom.js';

/** After the listener scrolls the transcript themselves, leave it alone this long. */
const MANUAL_SCROLL_GRACE_MS = 4000;

/**
 * The article as sentences, grouped in paragraphs: the current one is highlighted and
 * kept in view (by scrolling the panel, never the host page); a click or Enter jumps there,
 * and ↑/↓ move between sentences.
 * Sentences arriving during generation are appended, not re-rendered.
 */
export function createTranscript(emit: Emit): Component<PlayerState> {
  const element = createElement('div', { class: 'transcript', role: 'region', 'aria-label': 'Nội dung bài đọc', tabindex: '0' });
  let sentences: HTMLElement[] = [];
  let paragraph: HTMLElement | undefined;
  let paragraphIndex = -1;
  let current = -1;
  let renderedVoice = '';
  let lastManualScroll = 0;
  let autoScrolling = false;

  element.addEventListener('scroll', () => {
    if (!autoScrolling) lastManualScroll = Date.now();
    autoScrolling = false;
  });
  element.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-i]');
    if (target) emit({ type: 'jump', index: Number(target.dataset.i) });
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
    const span = createElement('span', { class: 'sentence', 'data-i': String(segment.i), tabindex: '-1', role: 'button' }, segment.text);
    paragraph.append(span, ' ');
    sentences.push(span);
  };

  const reset = () => {
    element.replaceChildren();
    sentences = [];
    paragraph = undefined;
    paragraphIndex = -1;
    current = -1;
  };

  const scrollToSentence = (span: HTMLElement) => {
    if (Date.now() - lastManualScroll < MANUAL_SCROLL_GRACE_MS) return;
    const top = span.offsetTop - element.offsetTop;
    if (top < element.scrollTop || top + span.offsetHeight > element.scrollTop + element.clientHeight) {
      autoScrolling = true;
      element.scrollTo({ top: Math.max(0, top - element.clientHeight / 3), behavior: 'smooth' });
    }
  };

  return {
    element,
    render(state) {
      // A new voice has its own sentence list: rebuild; otherwise only append what is new.
      if (state.voice !== renderedVoice || state.segments.length < sentences.length) {
        renderedVoice = state.voice;
        reset();
      }
      for (let i = sentences.length; i < state.segments.length; i++) appendSentence(state.segments[i]);
      element.hidden = state.segments.length === 0;
      if (state.currentIndex === current && sentences[current]?.classList.contains('current')) return;
      sentences[current]?.classList.remove('current');
      sentences[current]?.removeAttribute('aria-current');
      current = state.currentIndex;
      const span = sentences[current];
      if (!span) return;
      span.classList.add('current');
      span.setAttribute('aria-current', 'true');
      if (state.playing || state.buffering) scrollToSentence(span);
    },
  };
}
