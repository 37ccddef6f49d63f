import { readPosition, storePosition, type RememberedPosition } from './helpers/remember-position.js';
import type { PlayerState } from './types.js';

/** Positions closer than this to the start or the end are not worth offering. */
const RESUME_MARGIN_MS = 5000;
const AUTO_NEXT_KEY = 'tts-reader.auto-next';

/**
 * What the player keeps for a listener on their own device (localStorage, nothing sent):
 * where they stopped in each article, and their auto-continue setting. Blocked storage
 * (private mode, sandboxed iframes) only costs them these conveniences.
 */
export class ListenerMemory {
  constructor(private readonly storage: Storage | undefined) {}

  /** The listener's auto-continue choice, else the host page's default. */
  autoNext(hostDefault: boolean): boolean {
    const stored = this.read(AUTO_NEXT_KEY);
    return stored === undefined ? hostDefault : stored === '1';
  }

  setAutoNext(on: boolean): void {
    try {
      this.storage?.setItem(AUTO_NEXT_KEY, on ? '1' : '0');
    } catch {
      // the setting lasts for this page only
    }
  }

  /** The position to offer as "Nghe tiếp từ …" for an article, if one is worth offering. */
  resumeOffer(articleId: string): number | undefined {
    const position = readPosition(this.storage, articleId);
    return position && position.ms >= RESUME_MARGIN_MS ? position.ms : undefined;
  }

  position(articleId: string): RememberedPosition | undefined {
    return readPosition(this.storage, articleId);
  }

  /** Remembers where the state is; an article heard to (nearly) the end is forgotten. */
  save(state: Pick<PlayerState, 'articleId' | 'currentMs' | 'currentIndex' | 'durationMs' | 'voice'>): void {
    const done = state.currentMs >= state.durationMs - RESUME_MARGIN_MS;
    storePosition(this.storage, state.articleId, done ? undefined : { ms: Math.round(state.currentMs), index: state.currentIndex, voice: state.voice, at: Date.now() });
  }

  private read(key: string): string | undefined {
    try {
      return this.storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  }
}
