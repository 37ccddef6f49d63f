import { SPEEDS } from './helpers/clamp-speed.js';
import type { PlayerState } from './types.js';

/** How far into an article a listener got, as the API counts it. */
const MILESTONES = [25, 50, 75, 100] as const;
/** Events are sent together, at most this long after the first of a batch… */
const FLUSH_AFTER_MS = 10_000;
/** …or when this many are waiting. */
const FLUSH_AT = 20;

type ListeningEvent = { type: string; articleId: string; voice: string; [detail: string]: unknown };

export interface ListeningReporter {
  /** Sees every state the player renders: plays, speeds and milestones are read from it. */
  observe(state: PlayerState): void;
  /** Sees the player's notifications (`ended`, `error`, `pause`). */
  notify(type: string, detail: unknown): void;
  /** Sends what is waiting (the page is being hidden or left). */
  flush(): void;
}

/**
 * Reports what listeners do to the API's `POST /v1/events` (first party): a play with its
 * speed, speed changes, 25/50/75/100 % reached, completion and errors, per article and
 * voice. Batched and sent with `navigator.sendBeacon` (text/plain), so no cookie, no
 * listener ID and no time stamp leave the page. Each play of an article in a voice counts
 * once, and each milestone once per play.
 */
export function createListeningReporter(base: string): ListeningReporter {
  const queue: ListeningEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listen = '';
  let played = false;
  let speed = 0;
  let reached = new Set<number>();
  let errors = new Set<string>();
  let last: PlayerState | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const body = JSON.stringify({ events: queue.splice(0, queue.length) });
    send(`${base}/v1/events`, body);
  };
  const push = (state: PlayerState, type: string, detail: Record<string, unknown> = {}) => {
    queue.push({ type, articleId: state.articleId, voice: state.voice, ...detail });
    if (queue.length >= FLUSH_AT) flush();
    else timer ??= setTimeout(flush, FLUSH_AFTER_MS);
  };

  return {
    observe(state) {
      last = state;
      if (`${state.articleId}|${state.voice}` !== listen) {
        listen = `${state.articleId}|${state.voice}`;
        played = false;
        reached = new Set();
        errors = new Set();
      }
      const rate = nearestSpeed(state.speed);
      if (state.playing && !played) {
        played = true;
        speed = rate;
        push(state, 'play', { speed: rate });
      } else if (played && rate !== speed) {
        speed = rate;
        push(state, 'speed', { speed: rate });
      }
      // Milestones need the final duration (a growing one would make them early).
      if (!played || state.phase !== 'ready' || state.durationGrowing || !(state.durationMs > 0)) return;
      const percent = (state.currentMs / state.durationMs) * 100;
      for (const milestone of MILESTONES) {
        if (percent >= (milestone === 100 ? 99 : milestone) && !reached.has(milestone)) {
          reached.add(milestone);
          push(state, 'progress', { percent: milestone });
        }
      }
    },
    notify(type, detail) {
      if (!last) return;
      if (type === 'ended' && played) push(last, 'complete');
      if (type === 'error') {
        const code = classifyError((detail as { status?: unknown })?.status);
        if (!errors.has(code)) push(last, 'error', { code });
        errors.add(code);
      }
      // A batch stays about one article where it can (the API takes five per batch).
      if (type === 'ended' || type === 'pause' || type === 'articlechange') flush();
    },
    flush,
  };
}

/** The speed as one of the menu's rates (a host may set any rate through `send`). */
function nearestSpeed(rate: number): number {
  return SPEEDS.reduce((best, s) => (Math.abs(s - rate) < Math.abs(best - rate) ? s : best), 1);
}

function classifyError(status: unknown): string {
  if (status === 'network' || status === 'media') return status;
  return ({ 404: 'not_found', 502: 'generation_failed', 429: 'rate_limited' } as Record<string, string>)[String(status)] ?? 'other';
}

/** A beacon survives the page being closed; where there is none, a keepalive fetch does the same. */
function send(url: string, body: string): void {
  try {
    if (navigator.sendBeacon?.(url, body)) return;
  } catch {
    // fall through to fetch
  }
  void fetch(url, { method: 'POST', body, keepalive: true, mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } }).catch(() => undefined);
}
