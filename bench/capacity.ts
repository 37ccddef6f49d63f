/**
 * Inputs for capacity planning (docs/scaling.md), measured on this machine:
 * - CPU seconds of espeak-ng per 1,000 characters of article text (the engine as the worker
 *   drives it, in its thread; and the espeak-ng CLI on the same text, for comparison), and of
 *   the MP3 encode (libmp3lame as the worker runs it) per minute of audio;
 * - bytes per minute of audio: the 64 kbps MP3, and the FLAC kept for chunks of paid voices
 *   (measured on espeak-ng speech at its 22,050 Hz and resampled to the 24 kHz and 16 kHz
 *   paid engines deliver; natural voices may compress a little less than formant speech);
 * - Redis memory per queued job: INFO memory before and after queuing N jobs the way the
 *   service queues them (and the sum of MEMORY USAGE over the queue's keys, which other
 *   Redis clients cannot disturb).
 * Rates per API core are measured by the cache-hit benchmark.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { encodeFlac } from '../src/audio/flac.js';
import { LameLanes } from '../src/audio/lame-lanes.js';
import { Mp3Encoder } from '../src/audio/mp3-encoder.js';
import { redisConnectionOptions } from '../src/config.js';
import { BullmqSynthesisQueue } from '../src/queue/bullmq-synthesis-queue.js';
import { deleteKeysUnder } from '../src/queue/redis-keys.js';
import { PRIORITY_BATCH } from '../src/queue/synthesis-queue.js';
import { chunkSentences, prepareArticle } from '../src/text/pipeline.js';
import { createEspeakProvider } from '../src/tts/espeak.js';
import type { BenchContext } from './context.js';
import { runCommand } from './processes.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUEUED_JOBS = 2000;
const VOICE = 'north-female';

const processCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** CPU of waited-for child processes (cutime + cstime of /proc/self/stat). */
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** espeak-ng over the article as a worker drives it: CPU seconds per run, and the PCM of the last run. */
async function measureEspeak(chunks: string[], runs: number): Promise<{ cpu: number[]; pcm: Buffer; sampleRate: number }> {
  const provider = createEspeakProvider();
  try {
    await provider.check();
    const cpu: number[] = [];
    let parts: Buffer[] = [];
    let sampleRate = 0;
    for (let run = 0; run < runs; run++) {
      parts = [];
      const before = processCpu();
      for (const text of chunks) {
        const audio = await provider.synthesize({ text, voice: VOICE });
        parts.push(audio.pcm);
        sampleRate = audio.sampleRate;
      }
      cpu.push(processCpu() - before);
    }
    return { cpu, pcm: Buffer.concat(parts), sampleRate };
  } finally {
    await provider.close?.();
  }
}

/** The espeak-ng CLI reading the same spoken text to /dev/null: CPU seconds. */
async function measureEspeakCli(spoken: string): Promise<number> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-capacity-'));
  try {
    await fs.writeFile(path.join(dir, 'spoken.txt'), spoken);
    const before = childrenCpu();
    await runCommand('espeak-ng', ['-v', 'vi+f2', '-f', path.join(dir, 'spoken.txt'), '--stdout']);
    return childrenCpu() - before;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The MP3 encode of `pcm` on one encoder thread: CPU seconds and the file's size. */
async function measureMp3(pcm: Buffer, sampleRate: number): Promise<{ cpu: number; bytes: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-capacity-'));
  const lanes = new LameLanes(1);
  try {
    await lanes.warm([sampleRate], 64);
    const file = path.join(dir, 'a.mp3');
    const encoder = new Mp3Encoder({ sampleRate, outputPath: file, lanes });
    const before = processCpu();
    for (let at = 0; at < pcm.length; at += 1 << 20) await encoder.write(pcm.subarray(at, Math.min(pcm.length, at + (1 << 20))));
    await encoder.finish();
    return { cpu: processCpu() - before, bytes: (await fs.stat(file)).size };
  } finally {
    await lanes.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function resample(pcm: Buffer, from: number, to: number): Promise<Buffer> {
  return runCommand('ffmpeg', ['-v', 'error', '-f', 's16le', '-ar', String(from), '-ac', '1', '-i', 'pipe:0', '-ar', String(to), '-f', 's16le', 'pipe:1'], pcm);
}

/** Bytes Redis holds per queued job, both ways; the queue's keys are removed afterwards. */
async function measureQueuedJobs(): Promise<{ infoBytes: number; keyBytes: number }> {
  const prefix = `bench-capacity-${randomUUID().slice(0, 8)}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const queue = new BullmqSynthesisQueue(redisConnectionOptions(REDIS_URL), redis, prefix);
  const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
  try {
    await queue.queue.waitUntilReady();
    const before = await usedMemory();
    const jobs = Array.from({ length: QUEUED_JOBS }, (_, i) => ({
      data: { key: randomBytes(32).toString('hex'), articleId: `bai-viet-${i}`, revision: randomBytes(32).toString('hex'), voice: VOICE as typeof VOICE, batchId: 'b-capacity' },
      priority: PRIORITY_BATCH,
    }));
    for (let i = 0; i < jobs.length; i += 500) await queue.addMany(jobs.slice(i, i + 500));
    const after = await usedMemory();
    let keyBytes = 0;
    for (const key of await redis.keys(`${prefix}:*`)) keyBytes += Number((await redis.memory('USAGE', key)) ?? 0);
    return { infoBytes: (after - before) / QUEUED_JOBS, keyBytes: keyBytes / QUEUED_JOBS };
  } finally {
    await queue.queue.close();
    await deleteKeysUnder(REDIS_URL, prefix);
    redis.disconnect();
  }
}

/** Runs the capacity measurements. */
export async function benchCapacity(ctx: BenchContext): Promise<ResultRow[]> {
  const text = await fs.readFile(ctx.options.article, 'utf8');
  const prepared = prepareArticle({ text });
  const chunks = chunkSentences(prepared.sentences, { maxBytes: 4000 }).map((c) => c.text);
  const spoken = prepared.sentences.map((s) => s.spoken).join('\n');
  const load = os.loadavg()[0];
  const perThousand = (seconds: number) => (1000 * seconds) / text.length;

  const espeak = await measureEspeak(chunks, ctx.options.quick ? 1 : ctx.options.runs);
  const cli = await measureEspeakCli(spoken);
  const audioMinutes = espeak.pcm.length / 2 / espeak.sampleRate / 60;
  const mp3 = await measureMp3(espeak.pcm, espeak.sampleRate);
  const flacAt = async (rate: number) => (await encodeFlac(rate === espeak.sampleRate ? espeak.pcm : await resample(espeak.pcm, espeak.sampleRate, rate), rate)).length / audioMinutes;
  const flac = { native: await flacAt(espeak.sampleRate), at24k: await flacAt(24000), at16k: await flacAt(16000) };
  const redis = await measureQueuedJobs();
  const note = `${text.length.toLocaleString('en-US')}-char article, ${audioMinutes.toFixed(1)} min of audio`;
  return [
    { stage: 'capacity', metric: 'espeak-ng CPU per 1,000 chars (worker thread)', value: perThousand(median(espeak.cpu)), unit: 's', samples: espeak.cpu.map(perThousand), load, note },
    { stage: 'capacity', metric: '… the espeak-ng CLI on the same text', value: perThousand(cli), unit: 's', load },
    { stage: 'capacity', metric: 'MP3 encode CPU per minute of audio (one thread)', value: mp3.cpu / audioMinutes, unit: 's', load },
    { stage: 'capacity', metric: 'MP3 (64 kbps mono) bytes per audio minute', value: mp3.bytes / audioMinutes, unit: 'B', note },
    { stage: 'capacity', metric: `kept FLAC chunk audio per minute, ${espeak.sampleRate} Hz`, value: flac.native, unit: 'B', note: 'espeak-ng speech' },
    { stage: 'capacity', metric: 'kept FLAC chunk audio per minute, 24,000 Hz', value: flac.at24k, unit: 'B', note: 'espeak-ng speech resampled (Google Neural2 rate)' },
    { stage: 'capacity', metric: 'kept FLAC chunk audio per minute, 16,000 Hz', value: flac.at16k, unit: 'B', note: 'espeak-ng speech resampled' },
    { stage: 'capacity', metric: `Redis memory per queued job (INFO, ${QUEUED_JOBS} jobs)`, value: redis.infoBytes, unit: 'B', load, note: 'shared Redis: other clients move this figure' },
    { stage: 'capacity', metric: "… the same, MEMORY USAGE of the queue's keys", value: redis.keyBytes, unit: 'B', load },
  ];
}
