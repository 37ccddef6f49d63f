import { fetchLatestPlaylist, watchAudio } from './api-client.js';
import type { PlaylistSource } from './helpers/parse-playlist.js';
import type { PlayerManifest, PlayerState, PlaylistEntry } from './types.js';

/** The next article's audio is requested once this little of the current one is left (or half is played). */
const PREFETCH_BEFORE_END_MS = 60_000;

/**
 * The articles this player goes through: the page's own article first, then the ones the
 * host listed or the API's latest. It also asks for the next article's audio ahead of
 * time, so that "Nghe tiếp" starts without a gap: the audio route is polled until the
 * audio is ready (a cold article is generated meanwhile), and the MP3 is buffered by a
 * spare, muted audio element, whose data the playing element then finds in the cache.
 */
export class Playlist {
  private entries: PlaylistEntry[];
  private current = 0;
  private loading?: Promise<void>;
  private readonly ready = new Map<string, PlayerManifest>();
  private prefetching?: { id: string; abort: AbortController };
  private warm?: HTMLAudioElement;

  constructor(
    private readonly source: PlaylistSource,
    private readonly base: string,
    first: PlaylistEntry,
  ) {
    this.entries = [first, ...(source.kind === 'list' ? source.items.filter((i) => i.articleId !== first.articleId) : [])];
  }

  /** Fetches the latest articles once (no-op for a host-given list). */
  load(voice: string): Promise<void> {
    if (this.source.kind !== 'latest') return Promise.resolve();
    const { category } = this.source;
    this.loading ??= fetchLatestPlaylist(this.base, { voice, category, exclude: this.entries[0].articleId }).then((items) => {
      const known = new Set(this.entries.map((e) => e.articleId));
      this.entries.push(...items.filter((i) => !known.has(i.articleId)));
    });
    return this.loading;
  }

  /** A copy of the next entry: the state the view renders never changes under it. */
  get next(): PlaylistEntry | undefined {
    const entry = this.entries[this.current + 1];
    return entry && { ...entry };
  }

  get hasPrevious(): boolean {
    return this.current > 0;
  }

  /** Moves to the next (+1) or previous (-1) article and returns it. */
  move(delta: 1 | -1): PlaylistEntry | undefined {
    const target = this.entries[this.current + delta];
    if (target) this.current += delta;
    return target;
  }

  /**
   * Starts getting the next article's audio ready once half of this one is played or its
   * last minute has begun: late enough not to generate audio for listeners who leave
   * early, early enough for a cold article to be generated in time.
   */
  prefetchNear(state: Pick<PlayerState, 'currentMs' | 'durationMs' | 'voice'>, onReady: (manifest: PlayerManifest) => void): void {
    if (state.currentMs >= state.durationMs / 2 || state.durationMs - state.currentMs <= PREFETCH_BEFORE_END_MS) this.prefetchNext(state.voice, onReady);
  }

  /**
   * Starts getting the next article's audio in `voice` ready. Calls `onReady` with its
   * manifest (whose title the "Nghe tiếp" button can show).
   */
  prefetchNext(voice: string, onReady: (manifest: PlayerManifest) => void): void {
    const next = this.entries[this.current + 1];
    if (!next || this.ready.has(keyOf(next.articleId, voice)) || this.prefetching?.id === keyOf(next.articleId, voice)) return;
    this.prefetching?.abort.abort();
    const abort = new AbortController();
    this.prefetching = { id: keyOf(next.articleId, voice), abort };
    void watchAudio({
      base: this.base,
      articleId: next.articleId,
      voice,
      signal: abort.signal,
      onAnswer: (answer) => {
        if (answer.kind !== 'ready') return;
        this.ready.set(keyOf(next.articleId, voice), answer.manifest);
        next.title ??= answer.manifest.title;
        this.warmUp(answer.manifest.audioUrl);
        onReady(answer.manifest);
      },
    });
  }

  /** The next article's manifest, when it was fetched ahead and is ready. */
  takeReady(articleId: string, voice: string): PlayerManifest | undefined {
    return this.ready.get(keyOf(articleId, voice));
  }

  /** Stops fetching ahead (voice change, element removed). */
  stop(): void {
    this.prefetching?.abort.abort();
    this.prefetching = undefined;
    this.warm?.removeAttribute('src');
    this.warm = undefined;
  }

  private warmUp(url: string): void {
    if (typeof Audio === 'undefined') return;
    const audio = (this.warm ??= new Audio());
    audio.muted = true;
    audio.preload = 'auto';
    audio.src = url;
  }
}

function keyOf(articleId: string, voice: string): string {
  return `${articleId}|${voice}`;
}
