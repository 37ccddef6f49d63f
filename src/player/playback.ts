import { StreamFeeder } from './stream-feeder.js';

/** 50 ms of silence (three MP3 frames): what starts the browser's audio output early. */
const SILENCE = 'data:audio/mpeg;base64,/+MYxAAAAANIAAAAAExBTUUzLjEwMFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV/+MYxDsAAANIAAAAAFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV/+MYxHYAAANIAAAAAFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV';
/** The audio output is started once per page; after that every element finds it running. */
let outputStarted = false;

/** Which audio the element is playing: the MP3 still being encoded, or the finished file. */
export type SourceKind = 'none' | 'stream' | 'final';

/**
 * The audio element and the rules of its two sources. The growing stream has no byte
 * ranges, so only what has arrived can be sought; the final file seeks anywhere. Changing
 * source keeps the position, so a listener never hears the article restart.
 */
export class Playback {
  readonly audio: HTMLAudioElement;
  kind: SourceKind = 'none';
  /** A position asked for that the current source cannot reach yet (applied when it can). */
  private pendingMs: number | undefined;
  private feeder?: StreamFeeder;
  /** Playback paused by a seek that waits for audio, to resume when it arrives. */
  private resumeAfterSeek = false;
  /** Called when the source fails outside the element (the stream's download). */
  onSourceError: (error: unknown) => void = () => undefined;

  constructor(audio: HTMLAudioElement = new Audio()) {
    this.audio = audio;
    this.audio.preload = 'auto';
    // Bytes that arrive while paused may make a pending seek reachable.
    for (const type of ['progress', 'timeupdate', 'loadedmetadata', 'canplay']) this.audio.addEventListener(type, () => this.applyPendingSeek());
  }

  get currentMs(): number {
    return this.pendingMs ?? this.audio.currentTime * 1000;
  }

  /** True while a seek waits for audio that does not exist yet. */
  get waitingForAudio(): boolean {
    return this.pendingMs !== undefined;
  }

  /** Points the element at a source, starting at `startMs`, playing or not. */
  setSource(url: string, kind: SourceKind, startMs: number, play: boolean, rate: number): Promise<void> {
    this.kind = kind;
    this.pendingMs = startMs > 0 ? startMs : undefined;
    this.stopFeeder();
    if (kind === 'stream' && StreamFeeder.isSupported()) {
      this.feeder = new StreamFeeder(this.audio, url, (error) => this.onSourceError(error));
      this.feeder.start();
    } else {
      this.audio.src = url;
    }
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
    return play ? this.play() : Promise.resolve();
  }

  /** Stops and forgets the source (voice change, failure). */
  clear(): void {
    this.kind = 'none';
    this.pendingMs = undefined;
    this.resumeAfterSeek = false;
    this.stopFeeder();
    this.audio.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
  }

  play(): Promise<void> {
    return this.audio.play();
  }

  /**
   * Starts the browser's audio output while the first audio is still on its way. The first
   * sound of a page waits for it: Chromium starts it only when the element has its first
   * frames, and it takes 0.3–1.4 s (the audio process starts, the device opens), measured
   * after the MP3 bytes had arrived. A silent clip played at the press starts it during the
   * wait for the API instead. Called on a listener's press (a user gesture); a refusal is
   * ignored and tried again at the next press.
   */
  startOutput(): void {
    if (outputStarted || typeof Audio === 'undefined') return;
    outputStarted = true;
    const silence = new Audio(SILENCE);
    silence.volume = 0;
    silence.play().catch(() => (outputStarted = false));
  }

  pause(): void {
    this.resumeAfterSeek = false;
    this.audio.pause();
  }

  setRate(rate: number): void {
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
  }

  /**
   * Seeks now if the source has that audio, else remembers the position and pauses: the
   * listener asked for a later sentence, not for more of the current one.
   */
  seek(ms: number): void {
    const target = Math.max(0, ms);
    if (this.canReach(target)) {
      this.pendingMs = undefined;
      this.audio.currentTime = target / 1000;
    } else {
      this.pendingMs = target;
      if (this.audio.readyState >= HTMLMediaElement.HAVE_METADATA && !this.audio.paused) {
        this.resumeAfterSeek = true;
        this.audio.pause();
      }
    }
  }

  /** End of the audio that has arrived, in ms (the growing stream's reachable limit). */
  bufferedEndMs(): number {
    const ranges = this.audio.buffered;
    return ranges.length ? ranges.end(ranges.length - 1) * 1000 : 0;
  }

  private stopFeeder(): void {
    this.feeder?.stop();
    this.feeder = undefined;
  }

  private canReach(ms: number): boolean {
    if (this.audio.readyState < HTMLMediaElement.HAVE_METADATA) return false;
    // Stay a little short of the last byte so the decoder has a frame to start from.
    return this.kind === 'final' || ms <= this.bufferedEndMs() - 250;
  }

  private applyPendingSeek(): void {
    if (this.pendingMs !== undefined && this.canReach(this.pendingMs)) {
      const target = this.pendingMs;
      this.pendingMs = undefined;
      this.audio.currentTime = target / 1000;
      if (this.resumeAfterSeek) this.audio.play().catch(() => undefined); // a failure shows through the element's events
      this.resumeAfterSeek = false;
    }
  }
}
