/**
 * Cold generation through the real API and worker processes: from the first GET of the
 * audio route (article stored, audio not cached) to (a) the first playable audio and
 * (b) the finished MP3 + manifest. Baseline: espeak-ng piped into one ffmpeg encode on
 * the same normalized text, measured in the same run.
 */
import { readFile } from 'node:fs/promises';
import { prepareArticle } from '../src/text/pipeline.js';
import { timeEspeakFfmpeg } from './baselines/espeak-ffmpeg.js';
import type { BenchContext } from './context.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const VOICE = 'north-female';
const ESPEAK_VOICE = 'vi+f2'; // what the service's espeak provider uses for north-female
/** The growing MP3 counts as playable once this much arrived: the Xing header frame and a few audio frames (~100 ms). */
export const FIRST_AUDIO_BYTES = 1024;
const POLL_MS = 20;

interface ColdTiming {
  /** Seconds from the request to the first FIRST_AUDIO_BYTES of the growing MP3. */
  firstAudio: number;
  /** Seconds from the request to the first 202 saying the job runs (a worker took it). */
  jobActive: number;
  /** Seconds from the request to the first 202 that offered a `streamUrl` (first sentence encoded). */
  streamOffered: number;
  /** Seconds from the request to the 200 manifest (MP3 published). */
  finished: number;
}

/** Reads the growing MP3 until `FIRST_AUDIO_BYTES` have arrived; returns when that happened. */
async function timeFirstBytes(url: string): Promise<number> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`stream ${url}: ${res.status}`);
  let received = 0;
  const reader = res.body.getReader();
  try {
    while (received < FIRST_AUDIO_BYTES) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value.byteLength;
    }
    return performance.now();
  } finally {
    controller.abort();
  }
}

/** One cold request: polls the audio route as a player would, following `streamUrl` when it appears. */
async function timeOneGeneration(service: ServiceUnderTest, id: string): Promise<ColdTiming> {
  const started = performance.now();
  let firstAudio: Promise<number> | undefined;
  let offered: number | undefined;
  let active: number | undefined;
  const since = (t: number) => (t - started) / 1000;
  for (;;) {
    const reply = await service.requestAudio(id, VOICE);
    if ('ready' in reply) {
      const finished = performance.now();
      // A job that finished between two polls never offered a stream: the finished file is then the first audio.
      const first = firstAudio ? await firstAudio : finished;
      return { firstAudio: since(first), jobActive: since(active ?? finished), streamOffered: since(offered ?? finished), finished: since(finished) };
    }
    if (active === undefined && reply.pending.status === 'generating') active = performance.now();
    if (!firstAudio && reply.pending.streamUrl) {
      offered = performance.now();
      firstAudio = timeFirstBytes(service.baseUrl + reply.pending.streamUrl);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Runs the cold-generation benchmark; see docs/benchmarks.md for the definitions. */
export async function benchColdGeneration(ctx: BenchContext): Promise<ResultRow[]> {
  const text = await readFile(ctx.options.article, 'utf8');
  const spoken = prepareArticle({ text }).sentences.map((s) => s.spoken).join('\n');
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const timings: ColdTiming[] = [];
  const baseline: number[] = [];
  try {
    // Warm-up (not counted): loads the espeak-ng thread and JIT-compiles the front end.
    await service.putArticle('cold-warmup', 'Sáng 3-10, UBND tỉnh họp phiên thường kỳ.');
    await service.waitForManifest('cold-warmup', VOICE);
    await timeEspeakFfmpeg('Xin chào.', ESPEAK_VOICE);
    for (let run = 0; run < ctx.options.runs; run++) {
      // The same text each run: deleting the article removes its audio, so every run is cold.
      await service.putArticle('cold', text);
      timings.push(await timeOneGeneration(service, 'cold'));
      await service.deleteArticle('cold');
      baseline.push(await timeEspeakFfmpeg(spoken, ESPEAK_VOICE));
      ctx.log(`cold-generation run ${run + 1}: job active ${timings.at(-1)!.jobActive.toFixed(3)} s, stream offered ${timings.at(-1)!.streamOffered.toFixed(3)} s, first audio ${timings.at(-1)!.firstAudio.toFixed(3)} s, finished ${timings.at(-1)!.finished.toFixed(2)} s, baseline ${baseline.at(-1)!.toFixed(2)} s`);
    }
  } finally {
    await service.close();
  }
  const finished = median(timings.map((t) => t.finished));
  const firstAudio = median(timings.map((t) => t.firstAudio));
  const base = median(baseline);
  // Each run's service time is divided by the baseline measured right after it, then the median is taken: pairs share the machine's load.
  const ratio = median(timings.map((t, i) => t.finished / baseline[i]));
  return [
    { stage: 'cold-generation', metric: 'finished MP3 + manifest', value: finished, unit: 's', baseline: base, ratio, target: '≤ 1.5× baseline', pass: ratio <= 1.5, samples: timings.map((t) => t.finished), note: 'ratio = median of per-run ratios' },
    { stage: 'cold-generation', metric: 'baseline: espeak-ng piped into ffmpeg', value: base, unit: 's', samples: baseline },
    { stage: 'cold-generation', metric: 'first playable audio', value: firstAudio, unit: 's', target: '≤ 0.3 s', pass: firstAudio <= 0.3, samples: timings.map((t) => t.firstAudio) },
    { stage: 'cold-generation', metric: '… of which until a worker runs the job', value: median(timings.map((t) => t.jobActive)), unit: 's', samples: timings.map((t) => t.jobActive) },
    { stage: 'cold-generation', metric: '… of which until streamUrl offered', value: median(timings.map((t) => t.streamOffered)), unit: 's', samples: timings.map((t) => t.streamOffered) },
  ];
}
