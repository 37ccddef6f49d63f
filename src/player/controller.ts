import { watchAudio } from './api-client.js';
import { FrameFollower, isBuffering, wireAudioEvents } from './audio-events.js';
import { clampSpeed } from './helpers/clamp-speed.js';
import { createInitialState, forgetAudio, generatingState, readyState } from './helpers/create-initial-state.js';
import { describeFailure } from './helpers/describe-failure.js';
import { findSegmentIndex } from './helpers/find-segment-index.js';
import type { PlaylistSource } from './helpers/parse-playlist.js';
import { storeVoice, type OfferedVoice, type PlayerVoiceId } from './helpers/pick-voice.js';
import { loadOfferedVoices } from './offered-voices.js';
import { ListenerMemory } from './listener-memory.js';
import { updateMediaSession, updatePositionState } from './media-session.js';
import { Playback } from './playback.js';
import { Playlist } from './playlist.js';
import type { AudioAnswer, PlayerEvent, PlayerManifest, PlayerState, PlaylistEntry } from './types.js';

/** A position is remembered every this much of playback (and on pause and when the page is left). */
const SAVE_EVERY_MS = 5000;

/** Where the controller reports to: the view, the host element's DOM events, the host page. */
export interface ControllerOptions {
  base: string;
  articleId: string;
  voice: PlayerVoiceId;
  speed?: number;
  storage?: Storage;
  /** Where the next articles come from (default: none). */
  playlist?: PlaylistSource;
  /** Auto-continue when the listener has not chosen (default on). */
  autoNext?: boolean;
  render(state: PlayerState): void;
  /** Host-facing notifications, dispatched as `tts-*` DOM events by the element. */
  notify(type: string, detail: unknown): void;
  playback?: Playback;
}

/**
 * The one place that handles player events: components emit intents, the controller
 * changes state and the audio, then renders. It also owns progressive playback: play the
 * growing stream as soon as it exists, keep the transcript growing, and move to the
 * finished file when seeking needs it, at the same position.
 */
export class PlayerController {
  readonly playback: Playback;
  private state: PlayerState;
  private watcher?: AbortController;
  private manifest?: PlayerManifest;
  private streamUrl?: string;
  /** The listener pressed play: start as soon as any audio exists. */
  private wantsPlay = false;
  /** After a voice change: the sentence to resume at once the new voice has it. */
  private resumeIndex: number | undefined;
  /** Where to start once a source exists (a seek or voice change before any audio). */
  private pendingStartMs = 0;
  private readonly playlist: Playlist;
  private readonly memory: ListenerMemory;
  private lastSavedMs = 0;
  /** Follows the audio every frame while it plays, for word highlighting. */
  private readonly frames = new FrameFollower(() => {
    if (!this.state.playing || this.playback.audio.paused) return false;
    this.trackTime();
    return true;
  });

  constructor(private readonly options: ControllerOptions) {
    this.playback = options.playback ?? new Playback();
    this.playlist = new Playlist(options.playlist ?? { kind: 'off' }, options.base, { articleId: options.articleId });
    this.memory = new ListenerMemory(options.storage);
    this.state = createInitialState({
      articleId: options.articleId,
      voice: options.voice,
      speed: options.speed,
      autoNext: this.memory.autoNext(options.autoNext !== false),
      resumeMs: this.memory.resumeOffer(options.articleId),
    });
    this.listenToAudio();
    this.render();
    void loadOfferedVoices(options.base).then((voices) => this.offer(voices));
  }

  /** Shows the server's voices; a voice it does not offer (remembered from another site) gives way to its first. */
  private offer(voices: OfferedVoice[]): void {
    if (voices.length === 0) return;
    this.update({ voices });
    if (voices.some((v) => v.id === this.state.voice)) return;
    if (this.state.phase === 'idle') this.update({ voice: voices[0].id });
    else this.changeVoice(voices[0].id, false);
  }

  get snapshot(): Readonly<PlayerState> {
    return this.state;
  }

  /** Asks the API about the article without playing (shows duration and transcript). */
  preload(): void {
    if (this.state.phase === 'idle') this.load(false);
  }

  /** Handles one event from a component, a keyboard shortcut, Media Session or the host page. */
  handle(event: PlayerEvent): void {
    switch (event.type) {
      case 'toggle-play':
        // Toggle what the button shows: playing, or about to play (buffering).
        return this.state.playing || this.state.buffering ? this.pause() : this.play();
      case 'seek':
        return this.seek(event.ms);
      case 'skip':
        return this.jump(this.state.currentIndex + event.delta);
      case 'seek-by':
        return this.seek(this.state.currentMs + event.ms);
      case 'play-from':
        this.seek(event.ms);
        return void (this.state.playing || this.play());
      case 'next-article':
      case 'previous-article':
        return this.moveInPlaylist(event.type === 'next-article' ? 1 : -1, true);
      case 'auto-next':
        this.memory.setAutoNext(event.on);
        return this.update({ autoNext: event.on });
      case 'resume':
        return this.resume();
      case 'offscreen':
        return this.update({ offscreen: event.offscreen });
      case 'jump':
        return this.jump(event.index);
      case 'voice':
        return this.changeVoice(event.voice);
      case 'speed':
        return this.changeSpeed(event.rate);
      case 'retry':
        return this.load(true, true);
    }
  }

  /** Stops polling and playback (element removed from the page). */
  destroy(): void {
    this.savePosition();
    this.watcher?.abort();
    this.playlist.stop();
    this.playback.clear();
  }

  /** Remembers where the listener is in this article, to offer it on their return. */
  savePosition(): void {
    if (this.state.phase !== 'ready' || this.state.currentIndex < 0) return;
    this.lastSavedMs = this.state.currentMs;
    this.memory.save(this.state);
  }

  /** "Nghe tiếp từ 2:31": the same second in the same voice, else the start of the same sentence. */
  private resume(): void {
    const position = this.memory.position(this.state.articleId);
    this.update({ resumeMs: undefined });
    if (!position) return this.play();
    if (position.voice === this.state.voice && this.state.durationMs > 0) return this.handle({ type: 'play-from', ms: position.ms });
    this.resumeIndex = position.index;
    this.resolveResume();
    this.play();
  }

  private play(): void {
    this.wantsPlay = true;
    void this.playlist.load(this.state.voice).then(() => this.showNext());
    this.update({ buffering: !this.state.playing });
    if (this.playback.kind === 'none') this.playback.startOutput(); // while the audio is on its way
    if (this.state.phase === 'idle' || this.state.phase === 'failed') return this.load(this.state.phase === 'failed');
    if (this.playback.kind === 'none') return this.startAvailableSource();
    this.playback.play().catch((error) => this.handlePlayError(error));
  }

  private pause(): void {
    this.wantsPlay = false;
    this.playback.pause();
    this.update({ buffering: false });
    this.savePosition();
  }

  /** Goes on to the next (or back to the previous) article of the playlist, playing it. */
  private moveInPlaylist(delta: 1 | -1, play: boolean): void {
    this.savePosition();
    const entry = this.playlist.move(delta);
    if (entry) this.openArticle(entry, play);
  }

  /** Forgets the audio being played: another voice or article follows. */
  private resetSource(): void {
    this.watcher?.abort();
    this.playback.clear();
    this.playlist.stop();
    this.manifest = undefined;
    this.streamUrl = undefined;
    this.pendingStartMs = 0;
  }

  private openArticle(entry: PlaylistEntry, play: boolean): void {
    this.resetSource();
    this.resumeIndex = undefined;
    this.lastSavedMs = 0;
    this.update({ ...forgetAudio(), articleId: entry.articleId, title: entry.title, playing: false, buffering: play, resumeMs: undefined, next: this.playlist.next, hasPrevious: this.playlist.hasPrevious });
    this.options.notify('articlechange', { articleId: entry.articleId });
    this.wantsPlay = play;
    // Fetched ahead: start at once, without asking the API again.
    const ready = this.playlist.takeReady(entry.articleId, this.state.voice);
    if (ready) this.receive({ kind: 'ready', manifest: ready });
    else this.load(false, play);
  }

  private seek(ms: number): void {
    const limit = this.manifest ? this.manifest.durationMs : this.state.durationMs;
    const target = Math.max(0, Math.min(ms, limit));
    if (this.playback.kind === 'stream' && this.manifest && target > this.playback.bufferedEndMs() - 250) {
      // The stream cannot jump ahead of what it has received; the finished file can.
      this.switchToFinal(target);
    } else if (this.playback.kind === 'none') {
      this.pendingStartMs = target;
    } else {
      this.playback.seek(target);
    }
    this.update({ currentMs: target, currentIndex: findSegmentIndex(this.state.segments, target), buffering: this.state.buffering || this.playback.waitingForAudio });
  }

  private jump(index: number): void {
    const segment = this.state.segments[Math.max(0, Math.min(index, this.state.segments.length - 1))];
    if (!segment) return;
    this.seek(segment.startMs);
    if (!this.state.playing) this.play();
  }

  private changeVoice(voice: PlayerVoiceId, remember = true): void {
    if (remember) storeVoice(this.options.storage, voice); // an explicit choice, even of the current voice
    if (voice === this.state.voice) return;
    const keepPlaying = this.state.playing || this.wantsPlay;
    // Sentence timings differ between voices: resume at the same sentence, not the same second.
    this.resumeIndex = this.state.currentIndex > 0 ? this.state.currentIndex : undefined;
    this.resetSource();
    this.update({ voice, segments: [], durationMs: 0, progress: 0, downloadUrl: undefined, playing: false, buffering: keepPlaying });
    this.options.notify('voicechange', { voice });
    this.wantsPlay = keepPlaying;
    this.load(false);
  }

  private changeSpeed(rate: number): void {
    const speed = clampSpeed(rate);
    this.playback.setRate(speed);
    this.update({ speed });
  }

  /** (Re)starts following the article's audio in the current voice. */
  private load(retry: boolean, play = this.wantsPlay): void {
    this.watcher?.abort();
    const watcher = new AbortController();
    this.watcher = watcher;
    this.wantsPlay = play;
    this.update({ phase: 'loading', error: undefined, buffering: play });
    void watchAudio({
      base: this.options.base,
      articleId: this.state.articleId,
      voice: this.state.voice,
      retry,
      signal: watcher.signal,
      onAnswer: (answer) => this.receive(answer),
    });
  }

  private receive(answer: AudioAnswer): void {
    if (answer.kind === 'failed') {
      this.pendingStartMs = this.state.currentMs; // a retry resumes where the listener was
      this.playback.clear();
      this.wantsPlay = false;
      this.update({ phase: 'failed', error: answer.message, playing: false, buffering: false });
      this.options.notify('error', { status: answer.status, message: answer.message });
      return;
    }
    if (answer.kind === 'pending') {
      this.streamUrl = answer.streamUrl;
      this.update(generatingState(answer, this.state));
    } else {
      const first = !this.manifest;
      this.manifest = answer.manifest;
      this.update(readyState(answer.manifest));
      if (first) this.options.notify('ready', { durationMs: answer.manifest.durationMs, voice: this.state.voice });
    }
    this.resolveResume();
    if (this.wantsPlay && this.playback.kind === 'none') this.startAvailableSource();
  }

  /** Once the new voice has the sentence the listener was on, start there. */
  private resolveResume(): void {
    if (this.resumeIndex === undefined) return;
    const segment = this.state.segments[this.resumeIndex];
    if (!segment) return;
    this.resumeIndex = undefined;
    this.pendingStartMs = segment.startMs;
    if (this.playback.kind !== 'none') this.playback.seek(segment.startMs);
    this.update({ currentMs: segment.startMs, currentIndex: segment.i });
  }

  /** Plays the finished file if there is one, else the growing stream, else waits. */
  private startAvailableSource(): void {
    if (this.manifest) return this.switchToFinal(this.pendingStartMs);
    if (!this.streamUrl) {
      this.update({ buffering: true });
      if (this.state.phase === 'idle') this.load(false, true);
      return;
    }
    if (this.resumeIndex !== undefined) return; // wait until the sentence to resume at exists
    this.playback.setSource(this.streamUrl, 'stream', this.pendingStartMs, this.wantsPlay, this.state.speed).catch((error) => this.handlePlayError(error));
  }

  private switchToFinal(startMs: number): void {
    if (!this.manifest) return;
    const play = this.wantsPlay || this.state.playing;
    this.playback.setSource(this.manifest.audioUrl, 'final', startMs, play, this.state.speed).catch((error) => this.handlePlayError(error));
  }

  private handlePlayError(error: unknown): void {
    // A newer load or pause interrupted this play(): not a failure.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (error instanceof DOMException && error.name === 'NotAllowedError') {
      this.wantsPlay = false;
      this.update({ playing: false, buffering: false });
      return;
    }
    this.showMediaError();
  }

  private showMediaError(): void {
    this.wantsPlay = false;
    this.update({ phase: 'failed', error: describeFailure('media'), playing: false, buffering: false });
    this.options.notify('error', { status: 'media', message: this.state.error });
  }

  private listenToAudio(): void {
    const audio = this.playback.audio;
    wireAudioEvents(audio, {
      playing: () => {
        this.update({ playing: true, buffering: false, resumeMs: undefined });
        this.options.notify('play', { currentTime: audio.currentTime });
        updateMediaSession(this.state, (event) => this.handle(event));
        this.frames.start();
      },
      pause: () => {
        this.update({ playing: false });
        this.options.notify('pause', { currentTime: audio.currentTime });
      },
      waiting: () => this.update({ buffering: true }),
      time: () => this.trackTime(),
      ended: () => this.handleEnded(),
      error: () => this.recoverFromSourceError(),
    });
    this.playback.onSourceError = () => this.recoverFromSourceError();
  }

  private recoverFromSourceError(): void {
    if (this.playback.kind === 'none') return;
    if (this.playback.kind === 'final') return this.showMediaError();
    // The stream broke (a retry of the job, a dropped connection): the finished file takes
    // over, or the stream is asked for again, from where the listener was.
    this.pendingStartMs = this.state.currentMs;
    if (this.manifest) return this.switchToFinal(this.pendingStartMs);
    this.playback.clear();
    this.load(false, true);
  }

  private handleEnded(): void {
    const atEnd = this.manifest && this.state.currentMs >= this.manifest.durationMs - 500;
    if (this.playback.kind === 'stream' && !atEnd) {
      // The growing stream ran out before the article did: continue from the finished file.
      this.pendingStartMs = this.state.currentMs;
      this.playback.kind = 'none';
      if (this.manifest) this.switchToFinal(this.pendingStartMs);
      else this.update({ buffering: true });
      return;
    }
    this.wantsPlay = false;
    this.update({ playing: false, currentMs: this.state.durationMs });
    this.savePosition();
    this.options.notify('ended', {});
    if (this.state.autoNext && this.playlist.next) this.moveInPlaylist(1, true);
  }

  private trackTime(): void {
    const currentMs = this.playback.currentMs;
    const currentIndex = findSegmentIndex(this.state.segments, currentMs);
    if (currentIndex !== this.state.currentIndex) this.options.notify('sentence', { index: currentIndex, segment: this.state.segments[currentIndex] });
    const buffering = isBuffering(this.playback.audio, this.playback.waitingForAudio, this.state.buffering);
    if (currentMs === this.state.currentMs && currentIndex === this.state.currentIndex && buffering === this.state.buffering) return;
    this.update({ currentMs, currentIndex, buffering });
    updatePositionState(this.state);
    if (Math.abs(currentMs - this.lastSavedMs) >= SAVE_EVERY_MS) this.savePosition();
    if (this.state.phase === 'ready') this.playlist.prefetchNear(this.state, () => this.showNext());
  }

  /** The playlist learned its next article (or its title): the view and the lock screen show it. */
  private showNext(): void {
    const next = this.playlist.next;
    if (next?.articleId === this.state.next?.articleId && next?.title === this.state.next?.title) return;
    this.update({ next });
    if (this.state.playing) updateMediaSession(this.state, (event) => this.handle(event));
  }

  private update(patch: Partial<PlayerState>): void {
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private render(): void {
    this.options.render(this.state);
  }
}

