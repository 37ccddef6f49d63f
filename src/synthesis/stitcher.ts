import { samplesToMs, type Mp3Encoder } from '../audio/mp3-encoder.js';
import { leadingSilenceSamples, leadingSilenceToDrop, PARAGRAPH_PAUSE_MS, pauseSamplesAfter, SENTENCE_PAUSE_MS, trailingSilenceSamples } from '../audio/pauses.js';
import type { ManifestSegment } from '../manifest.js';
import type { Chunk, SpokenSentence } from '../text/types.js';
import type { SynthesizedAudio } from '../tts/provider.js';

/** An engine's word event, placed in the article: absolute time, offset in the sentence's spoken text. */
export interface PlacedEngineWord {
  startMs: number;
  /** UTF-16 offset into the sentence's `spoken` text where the word starts. */
  spokenStart: number;
  spokenEnd: number;
}

/** Turns a finished sentence (its time span and any engine word events) into manifest words, saying how they were timed. */
export type WordTimer = (input: {
  sentence: SpokenSentence;
  startMs: number;
  /** Where the sentence's last sound ends (before the pause that follows it). */
  speechEndMs: number;
  endMs: number;
  engineWords: PlacedEngineWord[];
}) => { words: NonNullable<ManifestSegment['words']>; timing: 'exact' | 'estimated' };

/**
 * Feeds chunk audio to the one MP3 encode in reading order and keeps the books: each
 * sentence's start is the number of samples before it (exact by construction), each
 * sentence ends in a newsreader's pause (longer between paragraphs), and an engine's
 * leading silence before a sentence is dropped so `startMs` marks its first sound.
 */
export class Stitcher {
  readonly segments: ManifestSegment[] = [];
  /** True while every sentence so far was timed by the engine's own word events. */
  allWordsExact = true;
  private sentenceStartSample = 0;
  private engineWords: PlacedEngineWord[] = [];

  constructor(
    private readonly encoder: Mp3Encoder,
    private readonly sentences: readonly SpokenSentence[],
    private readonly chunks: readonly Chunk[],
    private readonly timeWords?: WordTimer,
  ) {}

  get sampleRate(): number {
    return this.encoder.sampleRate;
  }

  /** Milliseconds of audio encoded so far. */
  get encodedMs(): number {
    return samplesToMs(this.encoder.sampleCount, this.encoder.sampleRate);
  }

  /**
   * Appends one chunk's audio. Returns the sentence's segment when this chunk completes it.
   * @example await stitcher.append(chunks[0], audio) //=> { i: 0, startMs: 0, endMs: 2140, … } (a one-chunk sentence)
   */
  async append(chunk: Chunk, audio: SynthesizedAudio): Promise<ManifestSegment | undefined> {
    const rate = this.encoder.sampleRate;
    if (audio.sampleRate !== rate) throw new Error(`chunk ${chunk.index} is ${audio.sampleRate} Hz, the article is ${rate} Hz`);
    const skip = chunk.part === 0 ? leadingSilenceToDrop(audio.pcm, rate) : 0;
    // Engine times count from the chunk's own first sample, before the trim.
    const chunkOriginSample = this.encoder.sampleCount - skip;
    const offset = chunk.spokenOffset ?? 0;
    for (const word of audibleWordStarts(audio, rate)) {
      this.engineWords.push({
        startMs: samplesToMs(Math.max(this.encoder.sampleCount, chunkOriginSample + word.sample), rate),
        spokenStart: offset + word.charStart,
        spokenEnd: offset + word.charEnd,
      });
    }
    await this.encoder.write(skip ? audio.pcm.subarray(skip * 2) : audio.pcm);
    const isLastPart = chunk.index === this.chunks.length - 1 || this.chunks[chunk.index + 1].sentenceIndex !== chunk.sentenceIndex;
    if (!isLastPart) return undefined;
    const sentence = this.sentences[chunk.sentenceIndex];
    const next = this.sentences[chunk.sentenceIndex + 1];
    const speechEndMs = samplesToMs(this.encoder.sampleCount - trailingSilenceSamples(audio.pcm), rate);
    // Digital silence: where the encoder may split its work between threads (mp3-encoder.ts).
    if (next) await this.encoder.writePause(pauseSamplesAfter(audio.pcm, rate, next.paragraph !== sentence.paragraph ? PARAGRAPH_PAUSE_MS : SENTENCE_PAUSE_MS));
    const startMs = samplesToMs(this.sentenceStartSample, rate);
    const endMs = samplesToMs(this.encoder.sampleCount, rate);
    const timed = this.timeWords?.({ sentence, startMs, speechEndMs, endMs, engineWords: this.engineWords });
    const words = timed?.words;
    if (timed?.timing !== 'exact') this.allWordsExact = false;
    const segment: ManifestSegment = {
      i: this.segments.length,
      startMs,
      endMs,
      text: sentence.text,
      spoken: sentence.spoken,
      charStart: sentence.charStart,
      charEnd: sentence.charEnd,
      paragraph: sentence.paragraph,
      ...(words?.length ? { words } : {}),
    };
    this.segments.push(segment);
    this.sentenceStartSample = this.encoder.sampleCount;
    this.engineWords = [];
    return segment;
  }
}

/**
 * Where each engine-reported word becomes audible, in samples from the chunk's start. An
 * engine places a word where its phonemes begin, and a pause (after a comma) or a stop
 * consonant's closure begins the word in silence: a listener hears it only at the first
 * sound after that, which is where the highlight should move.
 */
function audibleWordStarts(audio: SynthesizedAudio, rate: number): { sample: number; charStart: number; charEnd: number }[] {
  const words = [...(audio.words ?? [])].sort((a, b) => a.startMs - b.startMs);
  const total = audio.pcm.length >> 1;
  return words.map((word, i) => {
    const from = Math.min(total, Math.round((word.startMs * rate) / 1000));
    const to = i + 1 < words.length ? Math.min(total, Math.round((words[i + 1].startMs * rate) / 1000)) : total;
    const silent = to > from ? leadingSilenceSamples(audio.pcm.subarray(from * 2, to * 2), rate) : 0;
    // All silence up to the next word (a word the engine says nothing audible for): keep its own start.
    return { sample: from + (silent < to - from ? silent : 0), charStart: word.charStart, charEnd: word.charEnd };
  });
}
