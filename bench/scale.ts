/**
 * How cost grows: (1) generated articles of 1,000 to 200,000 characters end to end through
 * the real API and one worker process — wall time, the worker's CPU time and its peak RSS
 * (a fresh worker per size, so each peak is that size's), with the least-squares slope of
 * time over length; (2) 20 different articles, all requested at once, with 1 worker
 * process vs 2 (each WORKER_CONCURRENCY=1, so a worker is one job at a time), as a
 * throughput ratio.
 */
import os from 'node:os';
import { ArticleGenerator } from './article-generator.js';
import type { BenchContext } from './context.js';
import { cpuSecondsOf } from './processes.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const SERIES_CHARS = [1_000, 10_000, 100_000, 200_000];
const BATCH_ARTICLES = 20;
const BATCH_ARTICLE_CHARS = 2_500;
const RSS_TARGET_MB = 300;
/**
 * Peak RSS of the longest article against half its length: "flat" means the audio streams
 * through and only the manifest (its sentences and word timings) grows with the text. The
 * shortest articles end before the garbage collector reaches its steady state, so they are
 * no reference.
 */
const RSS_GROWTH_TARGET = 1.15;

/** PUTs the article, requests its audio, waits for the manifest; returns seconds and the worker's CPU seconds. */
async function timeArticle(service: ServiceUnderTest, id: string, text: string): Promise<{ seconds: number; cpu: number }> {
  await service.putArticle(id, text);
  const [worker] = service.workerPids;
  const cpuBefore = cpuSecondsOf(worker);
  const started = performance.now();
  await service.requestAudio(id);
  await service.waitForManifest(id, 'north-female', 100);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cpu: cpuSecondsOf(worker) - cpuBefore };
}

/**
 * A closing sentence of the run's own: audio of a deleted article stays for its grace period
 * (AUDIO_RETENTION_HOURS), so a run that re-read the same text would be a cache hit.
 */
const forRun = (text: string, label: string) => `${text.trimEnd()}\n\nBản tin đo lần ${label}.`;

/** Requests all articles at once (as a CMS pre-generating would) and waits for every manifest; returns seconds. */
async function timeBatch(service: ServiceUnderTest, articles: string[], label: string): Promise<number> {
  for (const [i, text] of articles.entries()) await service.putArticle(`batch-${i}`, forRun(text, label));
  const started = performance.now();
  for (let i = 0; i < articles.length; i++) await service.requestAudio(`batch-${i}`);
  for (let i = 0; i < articles.length; i++) await service.waitForManifest(`batch-${i}`, 'north-female', 100);
  const seconds = (performance.now() - started) / 1000;
  for (let i = 0; i < articles.length; i++) await service.deleteArticle(`batch-${i}`);
  return seconds;
}

/** Least-squares line y = a + b·x and its R². */
function fitLine(xs: number[], ys: number[]): { intercept: number; slope: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssRes = ys.reduce((s, y, i) => s + (y - intercept - slope * xs[i]) ** 2, 0);
  const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return { intercept, slope, r2: 1 - ssRes / ssTot };
}

interface SizeResult {
  chars: number;
  seconds: number[];
  cpu: number[];
  peakMb: number;
  audioSeconds: number;
  load: number;
}

/** One size in a fresh service, so the worker's peak RSS is this size's alone. */
async function measureSize(ctx: BenchContext, chars: number, runs: number): Promise<SizeResult> {
  const text = new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), chars).article(chars);
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir, env: { MAX_ARTICLE_CHARS: String(2 * Math.max(...SERIES_CHARS)) } });
  const seconds: number[] = [];
  const cpu: number[] = [];
  const load = os.loadavg()[0];
  let audioSeconds = 0;
  try {
    // Warm-up (not counted): the worker's synthesis and encoder threads are loaded, as in a running worker.
    await timeArticle(service, 'warm-up', 'Sáng 3-10, UBND tỉnh họp phiên thường kỳ.');
    for (let run = 0; run < runs; run++) {
      const timed = await timeArticle(service, 'long', forRun(text, String(run + 1)));
      seconds.push(timed.seconds);
      cpu.push(timed.cpu);
      audioSeconds = (await service.waitForManifest('long')).durationMs / 1000;
      await service.deleteArticle('long');
      ctx.log(`scale: ${text.length.toLocaleString('en-US')} characters (${(audioSeconds / 60).toFixed(1)} min of audio) in ${timed.seconds.toFixed(2)} s, worker CPU ${timed.cpu.toFixed(2)} s`);
    }
    return { chars: text.length, seconds, cpu, peakMb: service.workerPeakRssMb()[0] ?? Number.NaN, audioSeconds, load };
  } finally {
    await service.close();
  }
}

async function benchSeries(ctx: BenchContext): Promise<ResultRow[]> {
  const sizes: SizeResult[] = [];
  // Short articles are cheap to repeat; the long ones take a minute or more each on a busy 2-core machine.
  for (const chars of SERIES_CHARS) sizes.push(await measureSize(ctx, chars, chars >= 100_000 ? Math.min(ctx.options.runs, 2) : ctx.options.runs));
  const fit = fitLine(
    sizes.map((s) => s.chars / 1000),
    sizes.map((s) => median(s.seconds)),
  );
  const rows: ResultRow[] = sizes.flatMap((s) => [
    { stage: 'scale', metric: `${s.chars.toLocaleString('en-US')}-char article (${(s.audioSeconds / 60).toFixed(1)} min audio), wall time`, value: median(s.seconds), unit: 's', samples: s.seconds, load: s.load, note: `${((1000 * median(s.seconds)) / s.chars).toFixed(3)} s per 1,000 chars` },
    { stage: 'scale', metric: `… worker CPU per 1,000 chars`, value: (1000 * median(s.cpu)) / s.chars, unit: 's', samples: s.cpu.map((c) => (1000 * c) / s.chars), load: s.load },
    // Round 1's target was for the 100,000-character article; the longer one is reported beside it.
    s.chars >= 100_000 && s.chars < 200_000
      ? { stage: 'scale', metric: '… worker peak RSS (VmHWM)', value: s.peakMb, unit: 'MB', target: `≤ ${RSS_TARGET_MB} MB`, pass: s.peakMb <= RSS_TARGET_MB, load: s.load }
      : { stage: 'scale', metric: '… worker peak RSS (VmHWM)', value: s.peakMb, unit: 'MB', load: s.load },
  ]);
  const [half, longest] = sizes.slice(-2);
  const growth = longest.peakMb / half.peakMb;
  rows.push(
    { stage: 'scale', metric: 'wall time slope (least squares over the sizes)', value: fit.slope, unit: 's per 1,000 chars', note: `intercept ${fit.intercept.toFixed(2)} s, R² ${fit.r2.toFixed(4)}` },
    { stage: 'scale', metric: `peak RSS, ${longest.chars.toLocaleString('en-US')} vs ${half.chars.toLocaleString('en-US')} chars`, value: growth, unit: '×', target: `≤ ${RSS_GROWTH_TARGET}×`, pass: growth <= RSS_GROWTH_TARGET },
  );
  return rows;
}

async function benchWorkers(ctx: BenchContext, runs: number): Promise<ResultRow[]> {
  const generator = new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), 20);
  const articles = Array.from({ length: BATCH_ARTICLES }, () => generator.article(BATCH_ARTICLE_CHARS));
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const one: number[] = [];
  const two: number[] = [];
  const load = os.loadavg()[0];
  try {
    for (let run = 0; run < runs; run++) one.push(await timeBatch(service, articles, `một ${run + 1}`));
    await service.addWorker();
    for (let run = 0; run < runs; run++) two.push(await timeBatch(service, articles, `hai ${run + 1}`));
    ctx.log(`scale: ${BATCH_ARTICLES} articles, 1 worker ${one.map((s) => s.toFixed(2)).join('/')} s, 2 workers ${two.map((s) => s.toFixed(2)).join('/')} s`);
  } finally {
    await service.close();
  }
  const rate = (seconds: number) => BATCH_ARTICLES / seconds;
  return [
    { stage: 'scale', metric: `${BATCH_ARTICLES} articles, 2 workers vs 1`, value: rate(median(two)), unit: 'articles/s', baseline: rate(median(one)), ratio: median(one) / median(two), samples: two.map(rate), load },
  ];
}

/** Runs the scale benchmark. */
export async function benchScale(ctx: BenchContext): Promise<ResultRow[]> {
  return [...(await benchSeries(ctx)), ...(await benchWorkers(ctx, ctx.options.quick ? 1 : Math.min(ctx.options.runs, 2)))];
}
