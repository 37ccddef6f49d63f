import { formatSpeed, SPEEDS } from '../helpers/clamp-speed.js';
import type { Emit, PlayerState } from '../types.js';
import { createElement, setAttribute, type Component } from './dom.js';
import { createIcon, swapIcon } from './icons.js';

/** Play/pause: one button whose label and icon follow the state. */
export function createPlayButton(emit: Emit): Component<PlayerState> {
  const button = createElement('button', { type: 'button', class: 'play', part: 'play-button' });
  button.addEventListener('click', () => emit({ type: 'toggle-play' }));
  return {
    element: button,
    render(state) {
      const active = state.playing || (state.buffering && state.phase !== 'failed');
      swapIcon(button, active ? 'pause' : 'play');
      setAttribute(button, 'aria-label', active ? 'Tạm dừng' : 'Nghe bài viết');
      setAttribute(button, 'aria-busy', String(state.buffering));
    },
  };
}

/** Previous / next sentence. */
export function createSkipButton(emit: Emit, delta: -1 | 1): Component<PlayerState> {
  const label = delta < 0 ? 'Câu trước' : 'Câu sau';
  const button = createElement('button', { type: 'button', class: 'skip', 'aria-label': label, title: label }, createIcon(delta < 0 ? 'previous' : 'next'));
  button.addEventListener('click', () => emit({ type: 'skip', delta }));
  return {
    element: button,
    render(state) {
      const last = state.segments.length - 1;
      button.disabled = state.segments.length === 0 || (delta < 0 ? state.currentIndex <= 0 : state.currentIndex >= last);
    },
  };
}

/** Back / forward 10 seconds. */
export function createSeekByButton(emit: Emit, ms: number): Component<PlayerState> {
  const label = `${ms < 0 ? 'Lùi' : 'Tới'} ${Math.abs(ms) / 1000} giây`;
  const button = createElement('button', { type: 'button', class: 'skip seek-by', 'aria-label': label, title: label }, createIcon(ms < 0 ? 'back' : 'forward', String(Math.abs(ms) / 1000)));
  button.addEventListener('click', () => emit({ type: 'seek-by', ms }));
  return {
    element: button,
    render(state) {
      // Nothing to go back to at the start, nothing ahead at the end (and Tab reaches play first).
      button.disabled = state.durationMs <= 0 || (ms < 0 ? state.currentMs <= 0 : state.currentMs >= state.durationMs);
    },
  };
}

/** Speed menu, 0.75–2× (a native select: keyboard and screen readers for free). */
export function createSpeedSelect(emit: Emit): Component<PlayerState> {
  const select = createElement('select', { class: 'speed', 'aria-label': 'Tốc độ đọc', title: 'Tốc độ đọc' });
  for (const rate of SPEEDS) select.append(createElement('option', { value: String(rate) }, formatSpeed(rate)));
  select.addEventListener('change', () => emit({ type: 'speed', rate: Number(select.value) }));
  return {
    element: select,
    render(state) {
      if (Number(select.value) !== state.speed) select.value = String(state.speed);
    },
  };
}

/** Download link to the finished MP3; hidden until the audio is complete. */
export function createDownloadLink(): Component<PlayerState> {
  const link = createElement('a', { class: 'download', download: '', target: '_blank', rel: 'noopener', 'aria-label': 'Tải âm thanh (MP3)', title: 'Tải âm thanh (MP3)' }, createIcon('download'));
  return {
    element: link,
    render(state) {
      link.hidden = !state.downloadUrl;
      if (state.downloadUrl) setAttribute(link, 'href', state.downloadUrl);
    },
  };
}
