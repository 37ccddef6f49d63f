import type { Emit, PlayerState } from '../types.js';
import { createElement, setAttribute, type Component } from './dom.js';

/**
 * The voices the server offers as toggle buttons with their Vietnamese labels; the chosen
 * one is pressed. Rebuilt when the list changes (it is known once the server has answered).
 */
export function createVoiceButtons(emit: Emit): Component<PlayerState> {
  const group = createElement('div', { class: 'voices', role: 'group', 'aria-label': 'Giọng đọc' });
  let shown = '';
  let buttons: HTMLButtonElement[] = [];
  return {
    element: group,
    render(state) {
      const list = state.voices.map((v) => v.id).join(',');
      if (list !== shown) {
        shown = list;
        buttons = state.voices.map((voice) => {
          const button = createElement('button', { type: 'button', class: 'voice', 'data-voice': voice.id }, voice.label) as HTMLButtonElement;
          button.addEventListener('click', () => emit({ type: 'voice', voice: voice.id }));
          return button;
        });
        group.replaceChildren(...buttons);
      }
      for (const button of buttons) setAttribute(button, 'aria-pressed', String(button.dataset.voice === state.voice));
    },
  };
}
