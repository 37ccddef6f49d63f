import { describeTime, formatTime } from '../helpers/format-time.js';
import type { Emit, PlayerState } from '../types.js';
import { createElement, setAttribute, setText, type Component } from './dom.js';

/** Keyboard step of the seek bar (arrow keys). */
const SEEK_STEP_MS = 5000;

/** The seek bar: a native range input, so arrows, Home/End and screen readers work. */
export function createSeekBar(emit: Emit): Component<PlayerState> {
  const input = createElement('input', { type: 'range', class: 'seek', min: '0', max: '0', step: String(SEEK_STEP_MS), value: '0', 'aria-label': 'Vị trí đang nghe' });
  let dragging = false;
  input.addEventListener('pointerdown', () => (dragging = true));
  input.addEventListener('pointerup', () => (dragging = false));
  input.addEventListener('change', () => {
    dragging = false;
    emit({ type: 'seek', ms: Number(input.value) });
  });
  return {
    element: input,
    render(state) {
      setAttribute(input, 'max', String(Math.round(state.durationMs)));
      input.disabled = state.durationMs <= 0;
      // Do not move the thumb under the listener's pointer while they drag it.
      if (!dragging) input.value = String(Math.round(state.currentMs));
      setAttribute(input, 'aria-valuetext', `${describeTime(state.currentMs)} / ${describeTime(state.durationMs)}`);
      const percent = state.durationMs > 0 ? Math.min(100, (state.currentMs / state.durationMs) * 100) : 0;
      input.style.setProperty('--played', `${percent}%`);
    },
  };
}

/** Elapsed / total, e.g. `0:00 / 6:47`; a total still growing ends with "…". */
export function createTimeDisplay(): Component<PlayerState> {
  const elapsed = createElement('span', { class: 'elapsed' }, '0:00');
  const total = createElement('span', { class: 'total' }, '0:00');
  const element = createElement('span', { class: 'time', 'aria-hidden': 'true' }, elapsed, ' / ', total);
  return {
    element,
    render(state) {
      setText(elapsed, formatTime(state.currentMs));
      setText(total, state.durationMs > 0 ? `${formatTime(state.durationMs)}${state.durationGrowing ? '…' : ''}` : '--:--');
    },
  };
}
