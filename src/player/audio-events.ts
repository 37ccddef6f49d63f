/** What the controller does when the audio element reports. */
export interface AudioEventHandlers {
  playing(): void;
  pause(): void;
  waiting(): void;
  /** The position moved (`timeupdate`, `seeked`). */
  time(): void;
  ended(): void;
  error(): void;
}

/** Connects the element's media events to the controller's handlers. */
export function wireAudioEvents(audio: HTMLAudioElement, handlers: AudioEventHandlers): void {
  const on = (type: string, fn: () => void) => audio.addEventListener(type, fn);
  on('playing', () => handlers.playing());
  on('pause', () => handlers.pause());
  on('waiting', () => handlers.waiting());
  on('timeupdate', () => handlers.time());
  on('seeked', () => handlers.time());
  on('ended', () => handlers.ended());
  on('error', () => handlers.error());
}

/**
 * Calls `step` every animation frame until it answers false: `timeupdate` fires only every
 * ~250 ms, slower than words are spoken. One loop at a time ('playing' fires after every wait).
 */
export class FrameFollower {
  private following = false;

  constructor(private readonly step: () => boolean) {}

  start(): void {
    if (typeof requestAnimationFrame === 'undefined' || this.following) return;
    this.following = true;
    const next = () => {
      if (!this.step()) return void (this.following = false);
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  }
}

/** Whether playing audio is stalled for data; a paused element keeps `previous` (the listener's intent: a source change fires timeupdate too). */
export function isBuffering(audio: HTMLAudioElement, waitingForAudio: boolean, previous: boolean): boolean {
  return audio.paused ? previous : waitingForAudio || audio.readyState < HTMLMediaElement.HAVE_FUTURE_DATA;
}
