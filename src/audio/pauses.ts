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

/** Length of the silent stretch at the start of mono s16le PCM, in samples. */
export function leadingSilenceSamples(pcm: Buffer): number {
  const total = pcm.length >> 1;
  let n = 0;
  while (n < total && Math.abs(pcm.readInt16LE(n << 1)) < SILENCE_THRESHOLD) n++;
  return n;
}

/**
 * Drops an engine's silence before a sentence (espeak-ng: 0–40 ms), keeping a few
 * milliseconds: the sentence's `startMs` then marks its first sound, and the pause before
 * it is the one `pauseAfter` set.
 */
export function trimLeadingSilence(pcm: Buffer, sampleRate: number): Buffer {
  const keep = Math.round((LEAD_IN_MS * sampleRate) / 1000);
  const drop = leadingSilenceSamples(pcm) - keep;
  return drop > 0 && drop * 2 < pcm.length ? pcm.subarray(drop * 2) : pcm;
}

/** Length of the silent stretch at the end of mono s16le PCM, in samples. */
export function trailingSilenceSamples(pcm: Buffer): number {
  const total = pcm.length >> 1;
  let n = 0;
  while (n < total && Math.abs(pcm.readInt16LE((total - 1 - n) << 1)) < SILENCE_THRESHOLD) n++;
  return n;
}

/**
 * Silence to append after a sentence so its pause is `pauseMs` long in all, counting the
 * silence the engine already put at its end.
 * @example pauseAfter(pcmEndingIn100msOfSilence, 22050, 350).length / 2 //=> 5513 (250 ms)
 */
export function pauseAfter(pcm: Buffer, sampleRate: number, pauseMs: number): Buffer {
  const wanted = Math.round((pauseMs * sampleRate) / 1000);
  const missing = wanted - trailingSilenceSamples(pcm);
  return Buffer.alloc(Math.max(0, missing) * 2);
}
