import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { findThreadScript } from '../tts/worker-thread.js';

/** LAME's `-q` (ffmpeg's `-compression_level`): 7 is its fast mode; lower costs more for no audible gain at 64 kbps speech (docs/benchmarks.md). */
export const LAME_QUALITY = 7;

/**
 * PCM travels to the threads in buffers of this size that come back with the answer and
 * are used again: no new memory per message, so a long article does not pile up garbage
 * buffers between collections (worker peak RSS stays flat, bench `scale`).
 */
const PCM_BUFFER_BYTES = 1 << 18;
/** Spare PCM buffers kept for reuse (4 MB). */
const SPARE_BUFFERS = 16;

/** What a lane answers to each message of one encode: the MP3 bytes it made. */
export interface LaneReply {
  /** Samples the message carried (0 for open/finish). */
  samples: number;
  mp3: Buffer;
}

/** One encode on a lane: messages are answered strictly in the order they were sent. */
export interface LaneEncode {
  readonly lane: number;
  /** Sends mono s16le PCM (copied: the caller keeps its buffer). */
  pcm(pcm: Buffer): Promise<LaneReply>;
  zeros(samples: number): Promise<LaneReply>;
  /** Flushes LAME's last frames and ends the encode. */
  finish(): Promise<LaneReply>;
  abort(): void;
}

interface Pending {
  resolve(reply: LaneReply): void;
  reject(error: Error): void;
}

/** The messages of one encode still waiting for their answers. */
interface OpenEncode {
  lane: number;
  waiting: Pending[];
}

/**
 * Encoder threads ("lanes"), each running libmp3lame (lame-thread.mjs): one per core, at
 * most two — one article's synthesis (espeak-ng, a thread of its own) outruns one LAME
 * encode by about 1.6×, so two lanes keep up with it. Shared by every encode of the process;
 * an encode lives on one lane, and a lane serves its encodes' messages in arrival order.
 */
export class LameLanes {
  readonly count: number;
  private readonly workers: (Worker | undefined)[];
  private readonly encodes = new Map<number, OpenEncode>();
  /** Answers awaited per lane: a lane with none does not keep the process alive. */
  private readonly outstanding: number[];
  private nextId = 1;
  private closed = false;
  private readonly spare: ArrayBuffer[] = [];

  constructor(count = Math.max(1, Math.min(2, availableParallelism()))) {
    this.count = count;
    this.workers = Array.from({ length: count }, () => undefined);
    this.outstanding = Array.from({ length: count }, () => 0);
  }

  /** Starts the threads and opens (then drops) one encode at each rate, so the first job pays no start-up. */
  async warm(sampleRates: readonly number[], kbps: number): Promise<void> {
    const opened = sampleRates.flatMap((rate) => Array.from({ length: this.count }, (_, lane) => this.open(lane, rate, kbps)));
    await Promise.all(opened.map((encode) => encode.finish()));
  }

  /**
   * Opens an encode of mono PCM at `sampleRate` on `lane` (taken modulo the lane count).
   * @example const e = lanes.open(0, 22050, 64); await e.pcm(pcm); const { mp3 } = await e.finish();
   */
  open(lane: number, sampleRate: number, kbps: number): LaneEncode {
    if (this.closed) throw new Error('the MP3 encoder threads are closed');
    const index = lane % this.count;
    const id = this.nextId++;
    const encode: OpenEncode = { lane: index, waiting: [] };
    this.encodes.set(id, encode);
    const send = (message: object, transfer: ArrayBuffer[] = []) =>
      new Promise<LaneReply>((resolve, reject) => {
        const worker = this.worker(index);
        encode.waiting.push({ resolve, reject });
        if (this.outstanding[index]++ === 0) worker.ref();
        worker.postMessage({ id, ...message }, transfer);
      });
    const opened = send({ op: 'open', sampleRate, kbps, quality: LAME_QUALITY });
    opened.catch(() => undefined);
    return {
      lane: index,
      pcm: async (pcm) => {
        const answers: Promise<LaneReply>[] = [];
        for (let at = 0; at < pcm.length; at += PCM_BUFFER_BYTES) {
          const piece = pcm.subarray(at, Math.min(pcm.length, at + PCM_BUFFER_BYTES));
          const buffer = this.spare.pop() ?? new ArrayBuffer(PCM_BUFFER_BYTES);
          new Uint8Array(buffer).set(piece);
          answers.push(send({ op: 'pcm', pcm: buffer, bytes: piece.length }, [buffer]));
        }
        const replies = await Promise.all(answers);
        return replies.length === 1 ? replies[0] : { samples: replies.reduce((n, r) => n + r.samples, 0), mp3: Buffer.concat(replies.map((r) => r.mp3)) };
      },
      zeros: (samples) => send({ op: 'zeros', samples }),
      finish: () => send({ op: 'finish' }).finally(() => this.encodes.delete(id)),
      abort: () => {
        this.encodes.delete(id);
        this.settle(index, encode.waiting.splice(0).length);
        this.workers[index]?.postMessage({ id, op: 'abort' });
      },
    };
  }

  private settle(lane: number, answers: number): void {
    this.outstanding[lane] = Math.max(0, this.outstanding[lane] - answers);
    if (this.outstanding[lane] === 0) this.workers[lane]?.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w?.terminate()));
  }

  private worker(index: number): Worker {
    const existing = this.workers[index];
    if (existing) return existing;
    const worker = new Worker(findThreadScript('lame-thread.mjs', import.meta.url));
    worker.on('message', (reply: { id: number; samples?: number; mp3?: ArrayBuffer; pcm?: ArrayBuffer; error?: string }) => {
      if (reply.pcm && this.spare.length < SPARE_BUFFERS) this.spare.push(reply.pcm);
      const waiter = this.encodes.get(reply.id)?.waiting.shift();
      if (!waiter) return; // an aborted encode's late answer
      this.settle(index, 1);
      if (reply.error !== undefined) waiter.reject(new Error(`MP3 encode failed: ${reply.error}`));
      else waiter.resolve({ samples: reply.samples ?? 0, mp3: Buffer.from(reply.mp3!) });
    });
    const fail = (error: Error) => {
      this.workers[index] = undefined;
      this.outstanding[index] = 0;
      // Only the encodes of this lane fail; the others keep going.
      for (const [id, encode] of this.encodes) {
        if (encode.lane !== index) continue;
        this.encodes.delete(id);
        for (const waiter of encode.waiting.splice(0)) waiter.reject(error);
      }
    };
    worker.on('error', (error) => fail(new Error(`MP3 encoder thread crashed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`MP3 encoder thread exited with code ${code}`));
    });
    worker.unref();
    this.workers[index] = worker;
    return worker;
  }
}
