import { prefersReducedMotion } from '../helpers/prefers-reduced-motion.js';
import type { Emit, PlayerState } from '../types.js';
import { createPlayButton, createSeekByButton } from './buttons.js';
import { createElement, setText, type Component } from './dom.js';
import { createIcon } from './icons.js';
import { createTimeDisplay } from './progress-bar.js';

/**
 * The compact player fixed to the bottom of the window while the full one is scrolled out
 * of view and the article is playing (host opt-in: `mini-player`). "Về trình phát" scrolls
 * the full player back into view; × hides the bar until the full player is seen again.
 */
export function createMiniPlayer(emit: Emit, host: HTMLElement): Component<PlayerState> {
  const parts = [createSeekByButton(emit, -10_000), createPlayButton(emit), createSeekByButton(emit, 10_000), createTimeDisplay()];
  const title = createElement('span', { class: 'mini-title' });
  const back = createElement('button', { type: 'button', class: 'mini-back' }, 'Về trình phát');
  const close = createElement('button', { type: 'button', class: 'skip mini-close', 'aria-label': 'Ẩn trình phát thu gọn', title: 'Ẩn' }, createIcon('close'));
  const element = createElement('div', { class: 'mini', role: 'region', 'aria-label': 'Trình phát thu gọn' }, ...parts.map((p) => p.element), title, back, close);
  let dismissed = false;
  back.addEventListener('click', () => host.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' }));
  close.addEventListener('click', () => {
    dismissed = true;
    element.hidden = true;
    host.removeAttribute('data-mini');
  });
  return {
    element,
    render(state) {
      if (!state.offscreen) dismissed = false;
      const visible = !dismissed && state.offscreen && (state.playing || state.buffering || state.currentMs > 0);
      element.hidden = !visible;
      // The host's containment would pin a fixed bar to the host element: lift it while the bar shows.
      host.toggleAttribute('data-mini', visible);
      setText(title, state.title ?? '');
      for (const part of parts) part.render(state);
    },
  };
}
