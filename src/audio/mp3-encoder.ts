import ffmpeg from 'fluent-ffmpeg';
import { PassThrough } from 'node:stream';
import { once } from 'node:events';

export const MP3_BITRATE_KBPS = 64;

export interface Mp3EncoderOptions {
  sampleRate: number;
  /** A file, not a pipe: ffmpeg writes the Xing/LAME duration header only to seekable output. */
  outputPath: string;
  bitrateKbps?: number;
}

/**
 * One ffmpeg process that turns a stream of mono s16le PCM into one MP3 file, encoding
 * exactly once (never concatenate separately encoded MP3s: each adds padding and drift).
 * Packets are flushed as they are made, so the growing file can be streamed to a player
 * while later sentences are still being synthesized.
 */
export class Mp3Encoder {
  private readonly input = new PassThrough({ highWaterMark: 1 << 20 });
  private readonly finished: Promise<void>;
  private failure: Error | undefined;
  private samples = 0;
  private spawned = false;
  private aborted = false;
  private readonly command: ffmpeg.FfmpegCommand;

  constructor(private readonly options: Mp3EncoderOptions) {
    const command = (this.command = ffmpeg(this.input))
      .inputFormat('s16le')
      // Raw PCM needs no probing; by default ffmpeg would first buffer seconds of input
      // before writing anything, delaying the first playable bytes by ~0.7 s.
      .inputOptions(['-probesize', '32', '-analyzeduration', '0', '-ar', String(options.sampleRate), '-ac', '1'])
      .audioCodec('libmp3lame')
      .audioChannels(1)
      .audioBitrate(options.bitrateKbps ?? MP3_BITRATE_KBPS)
      // Level 7 halves encode time against the default with no audible loss at 64 kbps speech.
      .outputOptions(['-compression_level', '7', '-flush_packets', '1', '-write_xing', '1', '-id3v2_version', '0'])
      .format('mp3')
      .output(options.outputPath);
    // fluent-ffmpeg spawns asynchronously: an abort that comes first must still kill it.
    command.on('start', () => {
      this.spawned = true;
      if (this.aborted) command.kill('SIGKILL');
    });
    this.finished = new Promise<void>((resolve, reject) => {
      command.on('end', () => resolve());
      command.on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
        this.failure = new Error(`ffmpeg MP3 encode failed: ${error.message}${stderr ? `\n${stderr.slice(-800)}` : ''}`);
        reject(this.failure);
      });
    });
    // Surface the failure through write()/finish(); avoid an unhandled rejection meanwhile.
    this.finished.catch(() => undefined);
    this.input.on('error', () => undefined);
    command.run();
  }

  /** Samples written so far: the running total that sentence timings are computed from. */
  get sampleCount(): number {
    return this.samples;
  }

  get sampleRate(): number {
    return this.options.sampleRate;
  }

  /** Appends PCM; resolves when the encoder can take more (back-pressure). */
  async write(pcm: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (pcm.length % 2 !== 0) throw new Error('PCM must be whole 16-bit samples');
    this.samples += pcm.length / 2;
    if (!this.input.write(pcm)) await Promise.race([once(this.input, 'drain'), this.finished]);
  }

  /** Ends the input and waits until the MP3 file and its duration header are complete. */
  async finish(): Promise<void> {
    this.input.end();
    await this.finished;
  }

  /** Stops the encoder; the caller removes the partial file. */
  abort(): void {
    this.failure ??= new Error('MP3 encode aborted');
    this.aborted = true;
    if (this.spawned) this.command.kill('SIGKILL');
    this.input.destroy();
  }
}

/** Milliseconds of audio in a number of samples. */
export function samplesToMs(samples: number, sampleRate: number): number {
  return Math.round((samples * 1000) / sampleRate);
}
