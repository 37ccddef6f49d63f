import { createDownloadLink, createPlayButton, createSkipButton, createSpeedSelect } from './components/buttons.js';
import { createElement, setText, type Component } from './components/dom.js';
import { createSeekBar, createTimeDisplay } from './components/progress-bar.js';
import { createStatusLine } from './components/status-line.js';
import { createTranscript } from './components/transcript.js';
import { createVoiceButtons } from './components/voice-buttons.js';
import { PLAYER_CSS } from './styles.js';
import type { Emit, PlayerState } from './types.js';

/**
 * Builds the player's DOM in a shadow root from its components and returns one `render`
 * that shows a state in all of them. The view never changes state: it only emits.
 */
export function createPlayerView(root: ShadowRoot, emit: Emit, options: { transcript: boolean }): (state: PlayerState) => void {
  const title = createElement('p', { class: 'title' });
  const controls: Component<PlayerState>[] = [
    createSkipButton(emit, -1),
    createPlayButton(emit),
    createSkipButton(emit, 1),
    createSeekBar(emit),
    createTimeDisplay(),
    createSpeedSelect(emit),
    createDownloadLink(),
  ];
  const below: Component<PlayerState>[] = [createVoiceButtons(emit), createStatusLine(emit)];
  if (options.transcript) below.push(createTranscript(emit));
  const row = createElement('div', { class: 'row' }, ...controls.map((c) => c.element));
  const player = createElement('div', { class: 'player', role: 'region', 'aria-label': 'Nghe bài viết' }, title, row, ...below.map((c) => c.element));
  const style = createElement('style', {}, PLAYER_CSS);
  root.append(style, player);
  const all = [...controls, ...below];
  return (state) => {
    setText(title, state.title ?? '');
    title.hidden = !state.title;
    for (const component of all) component.render(state);
  };
}
