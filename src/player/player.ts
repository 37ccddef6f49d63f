/**
 * Entry of `player.js`: defines `<tts-player>` and turns every
 * `<script src=".../player.js" data-article-id="…">` into a player placed right after it.
 * Bundled by esbuild into one IIFE with no dependencies (scripts/build.mjs).
 */
import { rememberScriptSrc, TtsPlayerElement } from './element.js';

const ELEMENT_NAME = 'tts-player';
/** Script attributes copied onto the element (`data-voice` → `voice`). */
const FORWARDED = ['article-id', 'voice', 'speed', 'api-base', 'preload', 'transcript', 'highlight-target', 'playlist', 'category', 'auto-next', 'mini-player', 'analytics', 'autoplay'];

rememberScriptSrc((document.currentScript as HTMLScriptElement | null)?.src);
if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, TtsPlayerElement);
mountScriptTags();

/** One player per script tag with `data-article-id`, mounted once even if the script loads twice. */
function mountScriptTags(): void {
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-article-id]'))) {
    if (script.dataset.ttsMounted) continue;
    script.dataset.ttsMounted = 'true';
    const player = document.createElement(ELEMENT_NAME);
    for (const name of FORWARDED) {
      const value = script.getAttribute(`data-${name}`);
      if (value !== null) player.setAttribute(name, value);
    }
    script.after(player);
  }
}
