import { formatTime } from '../helpers/format-time.js';
import type { Emit, PlayerState } from '../types.js';
import { createElement, setText, type Component } from './dom.js';
import { createIcon } from './icons.js';

/** "Nghe tiếp từ 2:31": offered when the listener comes back to an article they left halfway. */
export function createResumeOffer(emit: Emit): Component<PlayerState> {
  const text = createElement('span');
  const button = createElement('button', { type: 'button', class: 'resume' }, createIcon('play'), text);
  button.addEventListener('click', () => emit({ type: 'resume' }));
  return {
    element: button,
    render(state) {
      button.hidden = state.resumeMs === undefined || state.playing;
      if (state.resumeMs !== undefined) setText(text, `Nghe tiếp từ ${formatTime(state.resumeMs)}`);
    },
  };
}
