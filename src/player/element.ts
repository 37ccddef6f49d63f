import { PlayerController } from './controller.js';
import { pickVoice, readStoredVoice } from './helpers/pick-voice.js';
import { resolveApiBase } from './helpers/resolve-api-base.js';
import { createHostHighlighter } from './host-highlight.js';
import { mapKeyToEvent } from './keyboard.js';
import type { PlayerEvent, PlayerState } from './types.js';
import { createPlayerView } from './view.js';

/** The script that defined the element: its origin is the API's unless `api-base` says otherwise. */
let scriptSrc: string | undefined;

/** Remembers where the player script came from (called once, while it runs). */
export function rememberScriptSrc(src: string | undefined): void {
  scriptSrc ??= src;
}

/**
 * `<tts-player article-id="…">`: the embeddable player. Attributes: `article-id`
 * (required), `voice`, `speed`, `api-base`, `preload="none"` (ask the API only on play),
 * `transcript="off"`, `highlight-target` (a CSS selector; default `[data-tts-article]`).
 * Dispatches `tts-ready`, `tts-play`, `tts-pause`, `tts-sentence`, `tts-voicechange`,
 * `tts-ended` and `tts-error` (bubbling, composed) for the host page.
 */
export class TtsPlayerElement extends HTMLElement {
  private controller?: PlayerController;

  connectedCallback(): void {
    if (this.controller) return;
    const articleId = this.getAttribute('article-id');
    if (!articleId) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const storage = readLocalStorage();
    const emit = (event: PlayerEvent) => this.controller?.handle(event);
    const render = createPlayerView(root, emit, { transcript: this.getAttribute('transcript') !== 'off' });
    const highlightTarget = this.getAttribute('highlight-target') || '[data-tts-article]';
    const highlight = createHostHighlighter(document.querySelector(highlightTarget));
    let highlighted = -1;
    this.controller = new PlayerController({
      base: resolveApiBase(this.getAttribute('api-base'), scriptSrc, location.origin),
      articleId,
      voice: pickVoice(readStoredVoice(storage), this.getAttribute('voice')),
      speed: Number(this.getAttribute('speed') ?? 1),
      storage,
      render: (state: PlayerState) => {
        render(state);
        if (state.currentIndex !== highlighted) {
          highlighted = state.currentIndex;
          highlight(state.playing || state.currentMs > 0 ? state.segments[state.currentIndex] : undefined);
        }
      },
      notify: (type, detail) => this.dispatchEvent(new CustomEvent(`tts-${type}`, { detail, bubbles: true, composed: true })),
    });
    root.addEventListener('keydown', (event) => this.handleKey(event as KeyboardEvent));
    if (this.getAttribute('preload') !== 'none') this.controller.preload();
  }

  disconnectedCallback(): void {
    this.controller?.destroy();
    this.controller = undefined;
    this.shadowRoot?.replaceChildren();
  }

  /** Starts playback (as the play button does). */
  play(): void {
    if (this.paused) this.controller?.handle({ type: 'toggle-play' });
  }

  pause(): void {
    if (!this.paused) this.controller?.handle({ type: 'toggle-play' });
  }

  /** Playback position in seconds, like a media element's. */
  get currentTime(): number {
    return (this.controller?.playback.currentMs ?? 0) / 1000;
  }

  set currentTime(seconds: number) {
    this.controller?.handle({ type: 'seek', ms: seconds * 1000 });
  }

  get paused(): boolean {
    return !this.controller?.snapshot.playing;
  }

  get playbackRate(): number {
    return this.controller?.playback.audio.playbackRate ?? 1;
  }

  /** A read-only copy of the player's state (phase, voice, segments, current sentence…). */
  get state(): Readonly<PlayerState> | undefined {
    return this.controller?.snapshot;
  }

  /** Sends an event to the controller, as a component would (headless use). */
  send(event: PlayerEvent): void {
    this.controller?.handle(event);
  }

  private handleKey(event: KeyboardEvent): void {
    const focused = (this.shadowRoot?.activeElement ?? null) as HTMLElement | null;
    const state = this.controller?.snapshot;
    if (!state) return;
    const mapped = mapKeyToEvent(event, focused?.tagName ?? '', state);
    if (!mapped) return;
    event.preventDefault();
    this.controller?.handle(mapped);
  }
}

/** localStorage, where the browser allows it (sandboxed iframes throw on access). */
function readLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
