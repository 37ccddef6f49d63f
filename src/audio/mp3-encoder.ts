import type { LameLanes, LaneEncode, LaneReply } from './lame-lanes.js';
import { FrameSplitter, firstFrames, frameSamplesAt, type Frames } from './mp3-frames.js';
import { Mp3FileWriter } from './mp3-file-writer.js';

export const MP3_BITRATE_KBPS = 64;

/**
 * Zero samples needed before and after a split point. LAME primes 576 samples and the
 * decoder overlaps 529 more, so a segment's first frame decodes audio from 1,105 samples
 * before its start; with these margins both encodes around a join see the same digital
 * silence there and the join decodes sample-exact (tests/audio/mp3-encoder.test.ts; with
 * fewer than ~960 zero samples before it a join differs from a single encode).
 */
const ZEROS_BEFORE_SPLIT = 1728;
const ZEROS_AFTER_SPLIT = 576;
/** Audio per segment before the encode is split at the next pause long enough (bounded work per segment, early parallelism). */
const DEFAULT_SEGMENT_SECONDS = 30;
/** Samples sent to the encoder threads but not yet encoded: beyond this, `write` waits (bounds memory). */
const MAX_BACKLOG_SECONDS = 20;

export interface Mp3EncoderOptions {
  sampleRate: number;
  /** The MP3 file; its duration header is written when the encode finishes. */
  outputPath: string;
  /** The encoder threads (shared by the process's encodes). */
  lanes: LameLanes;
  bitrateKbps?: number;
  /** Seconds of audio per independently encoded segment; Infinity encodes in one piece. */
  segmentSeconds?: number;
}

/** One independently encoded stretch of the article: from `start` (a frame boundary) to the next split. */
interface Segment {
  encode: LaneEncode;
  start: number;
  /** Frames kept once the segment was cut (undefined while open, and for the last one: all of them). */
  keep?: number;
  seen: number;
  splitter: FrameSplitter;
  /** Frames waiting for the segments before this one to be written. */
  held: Frames[];
  /** Resolves when every answer of its encode was handled. */
  done?: Promise<void>;
  finished: boolean;
}

/**
 * Encodes mono s16le PCM, streamed in reading order, into ONE continuous CBR MP3 file with
 * a correct duration header (Xing "Info" + LAME delay/padding), exactly as long as the
 * samples written — while using more than one core. The stream is cut, at pauses of
 * digital silence (`writePause`) and on frame boundaries, into segments that LAME encodes
 * in parallel on the encoder threads; because each cut lies inside silence that both
 * neighbouring encodes see identically, the frames join without a gap, a click or a
 * shifted sample. Frames are appended to the file as soon as all before them are there,
 * so the growing file can be streamed to a player while later sentences are synthesized.
 *
 * @example
 * const encoder = new Mp3Encoder({ sampleRate: 22050, outputPath: 'a.mp3', lanes });
 * await encoder.write(sentencePcm);
 * await encoder.writePause(7718); // 350 ms between sentences
 * await encoder.finish();
 */
export class Mp3Encoder {
  private readonly writer: Mp3FileWriter;
  private readonly frameSamples: number;
  private readonly segmentSamples: number;
  private readonly maxBacklog: number;
  private readonly kbps: number;
  private readonly segments: Segment[] = [];
  /** Index in `segments` of the one whose frames go straight to the file. */
  private head = 0;
  private samples = 0;
  private backlog = 0;
  private failure: Error | undefined;
  private drained: (() => void) | undefined;
  private readonly splits: number[] = [];

  constructor(private readonly options: Mp3EncoderOptions) {
    this.kbps = options.bitrateKbps ?? MP3_BITRATE_KBPS;
    this.writer = new Mp3FileWriter(options.outputPath, this.kbps);
    this.frameSamples = frameSamplesAt(options.sampleRate);
    const segmentSeconds = options.lanes.count > 1 ? (options.segmentSeconds ?? DEFAULT_SEGMENT_SECONDS) : Number.POSITIVE_INFINITY;
    this.segmentSamples = segmentSeconds * options.sampleRate;
    this.maxBacklog = MAX_BACKLOG_SECONDS * options.sampleRate;
  }

  /** Samples written so far: the running total that sentence timings are computed from. */
  get sampleCount(): number {
    return this.samples;
  }

  get sampleRate(): number {
    return this.options.sampleRate;
  }

  /** Sample positions where two independently encoded segments meet. */
  get joins(): readonly number[] {
    return this.splits;
  }

  /** Appends PCM; resolves when the encoder can take more (back-pressure). */
  async write(pcm: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (pcm.length % 2 !== 0) throw new Error('PCM must be whole 16-bit samples');
    if (pcm.length === 0) return;
    const samples = pcm.length / 2;
    this.send(this.current(), (e) => e.pcm(pcm), samples);
    this.samples += samples;
    await this.waitForRoom();
  }

  /**
   * Appends `samples` of digital silence (a pause between sentences). When the current
   * segment is long enough and the pause leaves room on both sides of a frame boundary,
   * the encode is split there: the next segment starts on another encoder thread.
   */
  async writePause(samples: number): Promise<void> {
    if (this.failure) throw this.failure;
    if (!Number.isInteger(samples) || samples < 0) throw new Error('a pause is a whole number of samples');
    if (samples === 0) return;
    const segment = this.current();
    const cut = this.splitPointIn(segment, samples);
    if (cut === undefined) {
      this.send(segment, (e) => e.zeros(samples), samples);
    } else {
      this.send(segment, (e) => e.zeros(cut - this.samples), cut - this.samples);
      this.close(segment, (cut - segment.start) / this.frameSamples);
      this.splits.push(cut);
      this.send(this.open(cut, segment.encode.lane + 1), (e) => e.zeros(this.samples + samples - cut), this.samples + samples - cut);
    }
    this.samples += samples;
    await this.waitForRoom();
  }

  /** Ends the input and waits until the MP3 file and its duration header are complete. */
  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    const last = this.current();
    this.close(last, undefined);
    await Promise.all(this.segments.map((s) => s.done));
    if (this.failure) throw this.failure;
    await this.writer.finish(this.samples);
  }

  /** Stops the encode; resolves when the file is closed (the caller removes it). */
  abort(): Promise<void> {
    this.fail(new Error('MP3 encode aborted'));
    return this.writer.close().catch(() => undefined);
  }

  private current(): Segment {
    return this.segments.at(-1) ?? this.open(0, 0);
  }

  private open(start: number, lane: number): Segment {
    const segment: Segment = { encode: this.options.lanes.open(lane, this.options.sampleRate, this.kbps), start, seen: 0, splitter: new FrameSplitter(), held: [], finished: false };
    this.segments.push(segment);
    return segment;
  }

  /** Where to split inside a pause starting now, if this pause should end the current segment. */
  private splitPointIn(segment: Segment, pause: number): number | undefined {
    if (this.samples - segment.start < this.segmentSamples) return undefined;
    const cut = Math.floor((this.samples + pause - ZEROS_AFTER_SPLIT) / this.frameSamples) * this.frameSamples;
    return cut - this.samples >= ZEROS_BEFORE_SPLIT ? cut : undefined;
  }

  /** Ends a segment's input; `keep` frames of its output are part of the file (all when undefined). */
  private close(segment: Segment, keep: number | undefined): void {
    // Frames made so far came from input before the cut: they are all kept (see ZEROS_BEFORE_SPLIT).
    if (keep !== undefined && segment.seen > keep) throw new Error('MP3 segment made frames past its cut');
    segment.keep = keep;
    segment.done = this.track(segment, segment.encode.finish(), 0).then(() => {
      if (segment.splitter.pendingBytes) throw new Error('the encoder ended inside a frame');
      segment.finished = true;
      this.advanceHead();
    });
    segment.done.catch((error: Error) => this.fail(error));
  }

  private send(segment: Segment, message: (encode: LaneEncode) => Promise<LaneReply>, samples: number): void {
    if (samples <= 0) return;
    this.backlog += samples;
    this.track(segment, message(segment.encode), samples).catch((error: Error) => this.fail(error));
  }

  /** Handles one answer of a segment's encode: its frames go to the file, or wait their turn. */
  private async track(segment: Segment, reply: Promise<LaneReply>, samples: number): Promise<void> {
    const { mp3 } = await reply;
    this.backlog -= samples;
    if (this.backlog <= this.maxBacklog) this.wake();
    if (this.failure) return;
    let frames = segment.splitter.push(mp3);
    if (segment.keep !== undefined) frames = firstFrames(frames, Math.max(0, segment.keep - segment.seen));
    segment.seen += frames.count;
    if (this.segments[this.head] === segment) this.writer.append(frames);
    else if (frames.count > 0) segment.held.push(frames);
  }

  /** The head segment is complete: the next ones hand over what they held, in order. */
  private advanceHead(): void {
    while (this.segments[this.head]?.finished && this.head < this.segments.length - 1) {
      this.head++;
      for (const frames of this.segments[this.head].held.splice(0)) this.writer.append(frames);
    }
  }

  private async waitForRoom(): Promise<void> {
    while (this.backlog > this.maxBacklog && !this.failure) await new Promise<void>((resolve) => (this.drained = resolve));
    if (this.failure) throw this.failure;
  }

  private wake(): void {
    this.drained?.();
    this.drained = undefined;
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const segment of this.segments) if (!segment.finished) segment.encode.abort();
    this.writer.close().catch(() => undefined);
    this.wake();
  }
}

/** Milliseconds of audio in a number of samples. */
export function samplesToMs(samples: number, sampleRate: number): number {
  return Math.round((samples * 1000) / sampleRate);
}
