import type { Emit, PlayerState } from '../types.js';
import { createElement, setText, type Component } from './dom.js';
import { createIcon } from './icons.js';

/**
 * What the player is doing in words: generation progress, buffering, or a failure with a
 * retry button. A live region, so screen readers hear failures without hunting for them.
 */
export function createStatusLine(emit: Emit): Component<PlayerState> {
  const message = createElement('span', { class: 'message' });
  const bar = createElement('progress', { class: 'generation', max: '1', value: '0', 'aria-label': 'Tiến độ tạo âm thanh' });
  const retry = createElement('button', { type: 'button', class: 'retry' }, createIcon('retry'), 'Thử lại');
  retry.addEventListener('click', () => emit({ type: 'retry' }));
  const element = createElement('div', { class: 'status', role: 'status', 'aria-live': 'polite' }, message, bar, retry);
  return {
    element,
    render(state) {
      element.dataset.phase = state.phase;
      retry.hidden = state.phase !== 'failed';
      bar.hidden = state.phase !== 'generating';
      bar.value = state.progress;
      setText(message, describeState(state));
    },
  };
}

/** The status text for a state; empty when nothing needs saying. */
function describeState(state: PlayerState): string {
  if (state.phase === 'failed') return state.error ?? 'Đã có lỗi xảy ra.';
  if (state.phase === 'generating') return `Đang tạo âm thanh… ${Math.round(state.progress * 100)}%`;
  if (state.phase === 'loading' && state.buffering) return 'Đang tải…';
  if (state.buffering) return 'Đang tải…';
  return '';
}
