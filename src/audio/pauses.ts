/**
 * Pauses between sentences. Engines end sentences inconsistently (espeak-ng: anywhere from
 * 0 to 350 ms of silence), so the stitcher pads each sentence to a newsreader's pause:
 * a short one between sentences, a longer one between paragraphs.
 */
export const SENTENCE_PAUSE_MS = 350;
export const PARAGRAPH_PAUSE_MS = 650;

/** Samples quieter than this (of 32767) count as silence: well under speech, above dither. */
const SILENCE_THRESHOLD = 300;

/** Silence kept before a sentence's first sound, so its onset is not clipped. */
const LEAD_IN_MS = 5;

/** Speech is sustained sound: this much of a short window above the threshold (a click is not). */
const ONSET_WINDOW_MS = 10;
const ONSET_FILL = 0.25;

/**
 * Length of the quiet stretch at the start of mono s16le PCM, in samples: up to the first
 * 10 ms window in which a quarter of the samples are loud. A lone click or breath noise
 * before the voice does not count as its start.
 */
export function leadingSilenceSamples(pcm: Buffer, sampleRate = 22050): number {
  const total = pcm.length >> 1;
  const window = Math.max(1, Math.round((ONSET_WINDOW_MS * sampleRate) / 1000));
  const needed = Math.ceil(window * ONSET_FILL);
  const loud = (i: number) => (Math.abs(pcm.readInt16LE(i << 1)) >= SILENCE_THRESHOLD ? 1 : 0);
  let count = 0;
  for (let i = 0; i < total; i++) {
    count += loud(i);
    if (i >= window) count -= loud(i - window);
    if (count >= needed) {
      // The onset is the first loud sample of this window.
      let start = Math.max(0, i - window + 1);
      while (start < i && !loud(start)) start++;
      return start;
    }
  }
  return total;
}

/**
 * Drops an engine's silence before a sentence (espeak-ng: 0–40 ms), keeping a few
 * milliseconds: the sentence's `startMs` then marks its first sound, and the pause before
 * it is the one `pauseSamplesAfter` set.
 */
export function trimLeadingSilence(pcm: Buffer, sampleRate: number): Buffer {
  const drop = leadingSilenceToDrop(pcm, sampleRate);
  return drop > 0 ? pcm.subarray(drop * 2) : pcm;
}

/** How many samples `trimLeadingSilence` drops (0 when the audio is all silence). */
export function leadingSilenceToDrop(pcm: Buffer, sampleRate: number): number {
  const keep = Math.round((LEAD_IN_MS * sampleRate) / 1000);
  const drop = leadingSilenceSamples(pcm, sampleRate) - keep;
  return drop > 0 && drop * 2 < pcm.length ? drop : 0;
}

/** Length of the silent stretch at the end of mono s16le PCM, in samples. */
export function trailingSilenceSamples(pcm: Buffer): number {
  const total = pcm.length >> 1;
  let n = 0;
  while (n < total && Math.abs(pcm.readInt16LE((total - 1 - n) << 1)) < SILENCE_THRESHOLD) n++;
  return n;
}

/**
 * Samples of silence to append after a sentence so its pause is `pauseMs` long in all,
 * counting the silence the engine already put at its end.
 * @example pauseSamplesAfter(pcmEndingIn100msOfSilence, 22050, 350) //=> 5513 (250 ms)
 */
export function pauseSamplesAfter(pcm: Buffer, sampleRate: number, pauseMs: number): number {
  const wanted = Math.round((pauseMs * sampleRate) / 1000);
  return Math.max(0, wanted - trailingSilenceSamples(pcm));
}
