import { PlayerController } from './controller.js';
import { findCurrentWord } from './helpers/find-current-word.js';
import { isAnalyticsAllowed } from './helpers/is-analytics-allowed.js';
import { parsePlaylist } from './helpers/parse-playlist.js';
import { pickVoice, readStoredVoice } from './helpers/pick-voice.js';
import { resolveApiBase } from './helpers/resolve-api-base.js';
import { createHostHighlighter } from './host-highlight.js';
import { mapKeyToEvent } from './keyboard.js';
import { createListeningReporter } from './listening-reporter.js';
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
 * `transcript="off"`, `highlight-target` (a CSS selector; default `[data-tts-article]`),
 * `playlist` (`latest`, `off`, IDs or JSON), `category`, `auto-next="off"`, `mini-player`,
 * `analytics="off"` and `autoplay`. Dispatches `tts-ready`, `tts-play`, `tts-pause`,
 * `tts-sentence`, `tts-voicechange`, `tts-articlechange`, `tts-ended` and `tts-error`
 * (bubbling, composed) for the host page.
 */
export class TtsPlayerElement extends HTMLElement {
  private controller?: PlayerController;
  private cleanups: (() => void)[] = [];

  connectedCallback(): void {
    if (this.controller) return;
    const articleId = this.getAttribute('article-id');
    if (!articleId) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const storage = readLocalStorage();
    const base = resolveApiBase(this.getAttribute('api-base'), scriptSrc, location.origin);
    const emit = (event: PlayerEvent) => this.controller?.handle(event);
    const mini = isOn(this.getAttribute('mini-player'));
    const view = createPlayerView(root, emit, { transcript: this.getAttribute('transcript') !== 'off', mini });
    const reporter = isAnalyticsAllowed(this.getAttribute('analytics'), navigator, (window as { doNotTrack?: string }).doNotTrack) ? createListeningReporter(base) : undefined;
    const highlight = this.createHighlight(articleId);
    this.controller = new PlayerController({
      base,
      articleId,
      voice: pickVoice(readStoredVoice(storage), this.getAttribute('voice')),
      speed: Number(this.getAttribute('speed') ?? 1),
      storage,
      playlist: parsePlaylist(this.getAttribute('playlist'), this.getAttribute('category')),
      autoNext: this.getAttribute('auto-next') !== 'off',
      render: (state: PlayerState) => {
        view.render(state);
        highlight(state);
        reporter?.observe(state);
      },
      notify: (type, detail) => {
        this.dispatchEvent(new CustomEvent(`tts-${type}`, { detail, bubbles: true, composed: true }));
        reporter?.notify(type, detail);
      },
    });
    root.addEventListener('keydown', (event) => this.handleKey(event as KeyboardEvent));
    if (mini) this.watchVisibility(view.player, emit);
    // Leaving or hiding the page: remember the position, send what is waiting.
    const leave = () => {
      this.controller?.savePosition();
      reporter?.flush();
    };
    const hidden = () => document.visibilityState === 'hidden' && leave();
    addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    this.cleanups.push(() => removeEventListener('pagehide', leave), () => document.removeEventListener('visibilitychange', hidden), () => reporter?.flush());
    if (this.hasAttribute('autoplay')) this.play();
    else if (this.getAttribute('preload') !== 'none') this.controller.preload();
  }

  disconnectedCallback(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
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

  /** The host page's article shows the sentence and word being read, while it is this page's article. */
  private createHighlight(articleId: string): (state: PlayerState) => void {
    const highlight = createHostHighlighter(document.querySelector(this.getAttribute('highlight-target') || '[data-tts-article]'));
    let shown: [unknown, unknown] = [undefined, undefined];
    return (state) => {
      const active = state.articleId === articleId && (state.playing || state.currentMs > 0);
      const segment = active ? state.segments[state.currentIndex] : undefined;
      const word = segment && findCurrentWord(state)?.token;
      if (shown[0] === segment && shown[1] === word) return;
      shown = [segment, word];
      highlight(segment, word);
    };
  }

  /** Reports when the full player leaves the window, for the mini-player. */
  private watchVisibility(player: HTMLElement, emit: (event: PlayerEvent) => void): void {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => emit({ type: 'offscreen', offscreen: !entry.isIntersecting }));
    observer.observe(player);
    this.cleanups.push(() => observer.disconnect());
  }

  private handleKey(event: KeyboardEvent): void {
    const focused = (this.shadowRoot?.activeElement ?? null) as HTMLElement | null;
    const state = this.controller?.snapshot;
    if (!state) return;
    const tag = focused instanceof HTMLInputElement && focused.type === 'checkbox' ? 'CHECKBOX' : (focused?.tagName ?? '');
    const mapped = mapKeyToEvent(event, tag, state);
    if (!mapped) return;
    event.preventDefault();
    this.controller?.handle(mapped);
  }
}

/** A boolean attribute: present and not "off"/"false". */
function isOn(value: string | null): boolean {
  return value !== null && value !== 'off' && value !== 'false';
}

/** localStorage, where the browser allows it (sandboxed iframes throw on access). */
function readLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
