import { PLAYER_VOICES } from '../helpers/pick-voice.js';
import type { Emit, PlayerState } from '../types.js';
import { createElement, setAttribute, type Component } from './dom.js';

/** The four voices as toggle buttons with their Vietnamese labels; the chosen one is pressed. */
export function createVoiceButtons(emit: Emit): Component<PlayerState> {
  const group = createElement('div', { class: 'voices', role: 'group', 'aria-label': 'Giọng đọc' });
  const buttons = PLAYER_VOICES.map((voice) => {
    const button = createElement('button', { type: 'button', class: 'voice', 'data-voice': voice.id }, voice.label);
    button.addEventListener('click', () => emit({ type: 'voice', voice: voice.id }));
    group.append(button);
    return button;
  });
  return {
    element: group,
    render(state) {
      for (const button of buttons) setAttribute(button, 'aria-pressed', String(button.dataset.voice === state.voice));
    },
  };
}
