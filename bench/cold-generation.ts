/**
 * Cold generation through the real API and worker processes: from the first GET of the
 * audio route (article stored, audio not cached) to (a) the first playable audio and
 * (b) the finished MP3 + manifest. Baseline: espeak-ng piped into one ffmpeg encode on
 * the same normalized text, measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { prepareArticle } from '../src/text/pipeline.js';
import { timeEspeakFfmpeg } from './baselines/espeak-ffmpeg.js';
import type { BenchContext } from './context.js';
import { cpuSecondsOf } from './processes.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const VOICE = 'north-female';
const ESPEAK_VOICE = 'vi+f2'; // what the service's espeak provider uses for north-female
/** The growing MP3 counts as playable once this much arrived: the Xing header frame and a few audio frames (~100 ms). */
export const FIRST_AUDIO_BYTES = 1024;
const POLL_MS = 20;
/** Issue #14: the finished MP3 in at most 0.8× the raw pipeline's time, first audio within 0.15 s. */
const TARGET_RATIO = 0.8;
const TARGET_FIRST_AUDIO_S = 0.15;

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
  let seen = 0;
  for (;;) {
    // Like a player that keeps the sentences it has: each poll asks only for new ones.
    const reply = await service.requestAudio(id, VOICE, seen);
    if ('ready' in reply) {
      const finished = performance.now();
      // A job that finished between two polls never offered a stream: the finished file is then the first audio.
      const first = firstAudio ? await firstAudio : finished;
      return { firstAudio: since(first), jobActive: since(active ?? finished), streamOffered: since(offered ?? finished), finished: since(finished) };
    }
    seen += reply.pending.segments?.length ?? 0;
    if (active === undefined && reply.pending.status === 'generating') active = performance.now();
    if (!firstAudio && reply.pending.streamUrl) {
      offered = performance.now();
      firstAudio = timeFirstBytes(service.baseUrl + reply.pending.streamUrl);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** CPU seconds of the processes this one has started and waited for (cutime + cstime): what the baseline's espeak-ng and ffmpeg used. */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface ColdRun extends ColdTiming {
  baseline: number;
  /** CPU seconds of the worker and API processes during the run, and of the baseline's two processes. */
  serviceCpu: number;
  baselineCpu: number;
  load: number;
}

/** One service run and one baseline run, in the order given (alternated run by run so drift hits both alike). */
async function runPair(service: ServiceUnderTest, text: string, spoken: string, serviceFirst: boolean): Promise<ColdRun> {
  const load = os.loadavg()[0];
  const pids = [...service.workerPids, service.apiPid];
  const timeService = async () => {
    await service.putArticle('cold', text);
    const before = pids.map(cpuSecondsOf);
    const timing = await timeOneGeneration(service, 'cold');
    const cpu = pids.map(cpuSecondsOf).reduce((sum, after, i) => sum + after - before[i], 0);
    // Audio of a deleted article stays for its grace period (AUDIO_RETENTION_HOURS), so
    // every run reads a text of its own (see runText): the next run is cold again.
    await service.deleteArticle('cold');
    return { timing, cpu };
  };
  const timeBaseline = async () => {
    const before = childrenCpuSeconds();
    const seconds = await timeEspeakFfmpeg(spoken, ESPEAK_VOICE);
    return { seconds, cpu: childrenCpuSeconds() - before };
  };
  const first = serviceFirst ? await timeService() : undefined;
  const base = await timeBaseline();
  const ran = first ?? (await timeService());
  return { ...ran.timing, baseline: base.seconds, serviceCpu: ran.cpu, baselineCpu: base.cpu, load };
}

/** Runs the cold-generation benchmark; see docs/benchmarks.md for the definitions. */
export async function benchColdGeneration(ctx: BenchContext): Promise<ResultRow[]> {
  const article = await readFile(ctx.options.article, 'utf8');
  // One closing sentence of its own per run gives each run a new audio key; the baseline reads the same text.
  const runText = (label: string) => `${article.trimEnd()}\n\nBản tin đo lần ${label}.`;
  const spokenOf = (text: string) => prepareArticle({ text }).sentences.map((s) => s.spoken).join('\n');
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const runs: ColdRun[] = [];
  try {
    // Warm-up (not counted): the article itself once, so the worker's threads are loaded and
    // its code compiled, as in a worker that has been running; the baseline's binaries are in
    // the page cache likewise.
    const warmUp = runText('không');
    await service.putArticle('cold', warmUp);
    await service.waitForManifest('cold', VOICE);
    await service.deleteArticle('cold');
    await timeEspeakFfmpeg(spokenOf(warmUp), ESPEAK_VOICE);
    for (let run = 0; run < ctx.options.runs; run++) {
      const text = runText(String(run + 1));
      const r = await runPair(service, text, spokenOf(text), run % 2 === 0);
      runs.push(r);
      ctx.log(
        `cold-generation run ${run + 1}: job active ${r.jobActive.toFixed(3)} s, first audio ${r.firstAudio.toFixed(3)} s, finished ${r.finished.toFixed(2)} s (CPU ${r.serviceCpu.toFixed(2)} s), baseline ${r.baseline.toFixed(2)} s (CPU ${r.baselineCpu.toFixed(2)} s), load ${r.load.toFixed(2)}`,
      );
    }
  } finally {
    await service.close();
  }
  const m = (pick: (r: ColdRun) => number) => median(runs.map(pick));
  const samples = (pick: (r: ColdRun) => number) => runs.map(pick);
  const load = m((r) => r.load);
  // Each run's service time is divided by the baseline measured next to it, then the median is taken: pairs share the machine's load.
  const ratio = m((r) => r.finished / r.baseline);
  const firstAudio = m((r) => r.firstAudio);
  return [
    { stage: 'cold-generation', metric: 'finished MP3 + manifest', value: m((r) => r.finished), unit: 's', baseline: m((r) => r.baseline), ratio, target: `≤ ${TARGET_RATIO}× baseline`, pass: ratio <= TARGET_RATIO, samples: samples((r) => r.finished), load, note: 'ratio = median of per-run ratios' },
    { stage: 'cold-generation', metric: 'baseline: espeak-ng piped into ffmpeg', value: m((r) => r.baseline), unit: 's', samples: samples((r) => r.baseline), load },
    { stage: 'cold-generation', metric: 'first playable audio', value: firstAudio, unit: 's', target: `≤ ${TARGET_FIRST_AUDIO_S} s`, pass: firstAudio <= TARGET_FIRST_AUDIO_S, samples: samples((r) => r.firstAudio), load },
    { stage: 'cold-generation', metric: '… of which until a worker runs the job', value: m((r) => r.jobActive), unit: 's', samples: samples((r) => r.jobActive), load },
    { stage: 'cold-generation', metric: '… of which until streamUrl offered', value: m((r) => r.streamOffered), unit: 's', samples: samples((r) => r.streamOffered), load },
    { stage: 'cold-generation', metric: 'CPU: worker + API processes per article', value: m((r) => r.serviceCpu), unit: 's', baseline: m((r) => r.baselineCpu), ratio: m((r) => r.serviceCpu / r.baselineCpu), samples: samples((r) => r.serviceCpu), load, note: 'baseline: CPU of its espeak-ng and ffmpeg' },
  ];
}
