/**
 * Scale: (1) one 100,000-character article end to end through the real API and one
 * worker process — wall time and the worker's peak RSS; (2) 20 different articles, all
 * requested at once, with 1 worker process vs 2 (each WORKER_CONCURRENCY=1, so a worker
 * is one job at a time), as a throughput ratio.
 */
import { ArticleGenerator } from './article-generator.js';
import type { BenchContext } from './context.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const LONG_ARTICLE_CHARS = 100_000;
const BATCH_ARTICLES = 20;
const BATCH_ARTICLE_CHARS = 2_500;
const RSS_TARGET_MB = 300;

/** PUTs the article, requests its audio, waits for the manifest; returns seconds. */
async function timeArticle(service: ServiceUnderTest, id: string, text: string): Promise<number> {
  await service.putArticle(id, text);
  const started = performance.now();
  await service.requestAudio(id);
  await service.waitForManifest(id, 'north-female', 100);
  return (performance.now() - started) / 1000;
}

/** Requests all articles at once (as a CMS pre-generating would) and waits for every manifest; returns seconds. */
async function timeBatch(service: ServiceUnderTest, articles: string[]): Promise<number> {
  for (const [i, text] of articles.entries()) await service.putArticle(`batch-${i}`, text);
  const started = performance.now();
  for (let i = 0; i < articles.length; i++) await service.requestAudio(`batch-${i}`);
  for (let i = 0; i < articles.length; i++) await service.waitForManifest(`batch-${i}`, 'north-female', 100);
  const seconds = (performance.now() - started) / 1000;
  for (let i = 0; i < articles.length; i++) await service.deleteArticle(`batch-${i}`);
  return seconds;
}

async function benchLongArticle(ctx: BenchContext, runs: number): Promise<ResultRow[]> {
  const text = new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), 100).article(LONG_ARTICLE_CHARS);
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const walls: number[] = [];
  let peak: number | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      walls.push(await timeArticle(service, 'long', text));
      await service.deleteArticle('long');
      ctx.log(`scale run ${run + 1}: 100k-character article in ${walls.at(-1)!.toFixed(2)} s`);
    }
    peak = service.workerPeakRssMb()[0];
  } finally {
    await service.close();
  }
  return [
    { stage: 'scale', metric: `${LONG_ARTICLE_CHARS.toLocaleString('en-US')}-char article, wall time`, value: median(walls), unit: 's', samples: walls },
    { stage: 'scale', metric: 'worker peak RSS (VmHWM)', value: peak ?? Number.NaN, unit: 'MB', target: `≤ ${RSS_TARGET_MB} MB`, pass: peak === undefined ? undefined : peak <= RSS_TARGET_MB },
  ];
}

async function benchWorkers(ctx: BenchContext, runs: number): Promise<ResultRow[]> {
  const generator = new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), 20);
  const articles = Array.from({ length: BATCH_ARTICLES }, () => generator.article(BATCH_ARTICLE_CHARS));
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const one: number[] = [];
  const two: number[] = [];
  try {
    for (let run = 0; run < runs; run++) one.push(await timeBatch(service, articles));
    await service.addWorker();
    for (let run = 0; run < runs; run++) two.push(await timeBatch(service, articles));
    ctx.log(`scale: ${BATCH_ARTICLES} articles, 1 worker ${one.map((s) => s.toFixed(2)).join('/')} s, 2 workers ${two.map((s) => s.toFixed(2)).join('/')} s`);
  } finally {
    await service.close();
  }
  const rate = (seconds: number) => BATCH_ARTICLES / seconds;
  return [
    { stage: 'scale', metric: `${BATCH_ARTICLES} articles, 2 workers vs 1`, value: rate(median(two)), unit: 'articles/s', baseline: rate(median(one)), ratio: median(one) / median(two), samples: two.map(rate) },
  ];
}

/** Runs the scale benchmark. */
export async function benchScale(ctx: BenchContext): Promise<ResultRow[]> {
  // The long article alone takes about a minute on a busy 2-core machine: one run of it (more only when asked for with --runs).
  const longRuns = ctx.options.runs > 3 ? ctx.options.runs : 1;
  return [...(await benchLongArticle(ctx, longRuns)), ...(await benchWorkers(ctx, ctx.options.quick ? 1 : Math.min(ctx.options.runs, 2)))];
}
