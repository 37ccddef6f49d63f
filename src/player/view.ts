import { createDownloadLink, createPlayButton, createSeekByButton, createSkipButton, createSpeedSelect } from './components/buttons.js';
import { createElement, setText, type Component } from './components/dom.js';
import { createMiniPlayer } from './components/mini-player.js';
import { createSeekBar, createTimeDisplay } from './components/progress-bar.js';
import { createResumeOffer } from './components/resume-offer.js';
import { createStatusLine } from './components/status-line.js';
import { createTranscript } from './components/transcript.js';
import { createUpNext } from './components/up-next.js';
import { createVoiceButtons } from './components/voice-buttons.js';
import { PLAYER_CSS } from './styles.js';
import type { Emit, PlayerState } from './types.js';

/** Seconds the ±10 s buttons move by. */
const SEEK_BY_MS = 10_000;

export interface ViewOptions {
  transcript: boolean;
  /** Show the compact bar while the full player is out of view (host opt-in). */
  mini: boolean;
}

/**
 * Builds the player's DOM in a shadow root from its components and returns one `render`
 * that shows a state in all of them. The view never changes state: it only emits.
 */
export function createPlayerView(root: ShadowRoot, emit: Emit, options: ViewOptions): { render: (state: PlayerState) => void; player: HTMLElement } {
  const title = createElement('p', { class: 'title' });
  const controls: Component<PlayerState>[] = [
    createSkipButton(emit, -1),
    createSeekByButton(emit, -SEEK_BY_MS),
    createPlayButton(emit),
    createSeekByButton(emit, SEEK_BY_MS),
    createSkipButton(emit, 1),
    createSeekBar(emit),
    createTimeDisplay(),
    createSpeedSelect(emit),
    createDownloadLink(),
  ];
  const resume = createResumeOffer(emit);
  const below: Component<PlayerState>[] = [createVoiceButtons(emit), createUpNext(emit), createStatusLine(emit)];
  if (options.transcript) below.push(createTranscript(emit));
  const row = createElement('div', { class: 'row' }, ...controls.map((c) => c.element));
  const player = createElement('div', { class: 'player', role: 'region', 'aria-label': 'Nghe bài viết' }, title, row, resume.element, ...below.map((c) => c.element));
  const style = createElement('style', {}, PLAYER_CSS);
  root.append(style, player);
  const all = [...controls, resume, ...below];
  if (options.mini) {
    const mini = createMiniPlayer(emit, root.host as HTMLElement);
    root.append(mini.element);
    all.push(mini);
  }
  return {
    player,
    render: (state) => {
      setText(title, state.title ?? '');
      title.hidden = !state.title;
      for (const component of all) component.render(state);
    },
  };
}
