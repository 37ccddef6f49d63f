import type { Emit, PlayerState } from '../types.js';
import { createElement, setText, type Component } from './dom.js';
import { createIcon } from './icons.js';

/**
 * "Nghe tiếp": the next article of the playlist, and the listener's setting to go on to
 * it by itself when this one ends. Hidden when there is no next article.
 */
export function createUpNext(emit: Emit): Component<PlayerState> {
  const title = createElement('span', { class: 'next-title' });
  const button = createElement('button', { type: 'button', class: 'next-article' }, createIcon('next'), 'Nghe tiếp: ', title);
  button.addEventListener('click', () => emit({ type: 'next-article' }));
  const checkbox = createElement('input', { type: 'checkbox', class: 'auto-next' });
  checkbox.addEventListener('change', () => emit({ type: 'auto-next', on: checkbox.checked }));
  const label = createElement('label', { class: 'auto-next-label' }, checkbox, 'Tự động nghe tiếp');
  const element = createElement('div', { class: 'up-next' }, button, label);
  return {
    element,
    render(state) {
      element.hidden = !state.next;
      setText(title, state.next?.title || 'bài sau');
      checkbox.checked = state.autoNext;
    },
  };
}
