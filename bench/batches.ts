/**
 * Batches: a 10,000-article × 4-voice pre-generation accepted in one request
 * (`POST /v1/pregenerate`, the 40,000 jobs queued before it answers), and the batch's
 * summary (`GET /v1/batches/:id`), and the dry run of the same batch — through the real API process on the real Redis, with no
 * worker (so nothing moves while it is measured). On the local store, and on PostgreSQL too
 * when DATABASE_URL is set. The articles (2,500 characters each) and a 300-entry site
 * lexicon are registered first, through the API, untimed.
 */
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import pg from 'pg';
import { redisConnectionOptions } from '../src/config.js';
import { SYNTHESIS_QUEUE_NAME } from '../src/queue/bullmq-synthesis-queue.js';
import { ArticleGenerator } from './article-generator.js';
import type { BenchContext } from './context.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const ARTICLES = 10_000;
const VOICES = ['north-female', 'north-male', 'south-female', 'south-male'];
const ARTICLE_CHARS = 2_500;
const LEXICON_ENTRIES = 300;
/** Registrations in flight at once while setting up. */
const PUT_CONCURRENCY = 16;
const SUMMARY_SAMPLES = 50;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ACCEPT_TARGET_S = 10;
const SUMMARY_TARGET_MS = 50;

/** Runs the batches benchmark on each store there is. */
export async function benchBatches(ctx: BenchContext): Promise<ResultRow[]> {
  const rows = await benchStore(ctx, 'local store', {});
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    ctx.log('batches: DATABASE_URL is not set; PostgreSQL skipped');
    return rows;
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  try {
    rows.push(...(await benchStore(ctx, 'PostgreSQL', { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema })));
  } finally {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => client.end());
  }
  return rows;
}

async function benchStore(ctx: BenchContext, label: string, env: Record<string, string>): Promise<ResultRow[]> {
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 0, env, cpuProfileDir: ctx.options.cpuProfileDir });
  const queue = new Queue(SYNTHESIS_QUEUE_NAME, { connection: redisConnectionOptions(REDIS_URL), prefix: service.prefix });
  try {
    const ids = await registerArticles(ctx, service);
    const accepts: number[] = [];
    const summaries: number[] = [];
    for (let run = 0; run < ctx.options.runs; run++) {
      // Every run starts from an empty queue: 40,000 new jobs, not 40,000 already there.
      await queue.obliterate({ force: true });
      const started = performance.now();
      const { batchId, total } = await service.editor<{ batchId: string; total: number }>('POST', '/v1/pregenerate', { articles: ids, voices: VOICES });
      accepts.push((performance.now() - started) / 1000);
      const jobs = await queue.getJobCounts('prioritized', 'waiting');
      if (total !== ARTICLES * VOICES.length || jobs.prioritized + jobs.waiting !== total) throw new Error(`batch of ${total} queued ${JSON.stringify(jobs)}`);
      for (let i = 0; i < SUMMARY_SAMPLES; i++) {
        const t0 = performance.now();
        const summary = await service.editor<{ total: number; pending: number }>('GET', `/v1/batches/${batchId}`);
        summaries.push(performance.now() - t0);
        if (summary.pending !== total) throw new Error(`summary says ${summary.pending} pending of ${total}`);
      }
      ctx.log(`batches (${label}) run ${run + 1}: accepted ${total.toLocaleString('en-US')} items in ${accepts.at(-1)!.toFixed(2)} s; summary median ${median(summaries.slice(-SUMMARY_SAMPLES)).toFixed(1)} ms`);
    }
    // The dry run of the same batch: the text front end and the chunking run on every article.
    await queue.obliterate({ force: true });
    const t0 = performance.now();
    const estimate = await service.editor<{ items: number; total: { requests: number } }>('POST', '/v1/pregenerate?dryRun=1', { articles: ids, voices: VOICES });
    const dryRunSeconds = (performance.now() - t0) / 1000;
    if (estimate.items !== ARTICLES * VOICES.length || (await queue.count()) !== 0) throw new Error('the dry run did not estimate every item, or queued something');
    ctx.log(`batches (${label}): dry run of ${estimate.items.toLocaleString('en-US')} items (${estimate.total.requests.toLocaleString('en-US')} requests) in ${dryRunSeconds.toFixed(2)} s`);
    const items = `${ARTICLES.toLocaleString('en-US')} × ${VOICES.length}`;
    return [
      { stage: 'batches', metric: `dry run of ${items} (${label})`, value: dryRunSeconds, unit: 's', samples: [dryRunSeconds] },
      { stage: 'batches', metric: `${items} accepted in one request (${label})`, value: median(accepts), unit: 's', target: `≤ ${ACCEPT_TARGET_S} s`, pass: median(accepts) <= ACCEPT_TARGET_S, samples: accepts },
      { stage: 'batches', metric: `summary of that batch (${label})`, value: median(summaries), unit: 'ms', target: `≤ ${SUMMARY_TARGET_MS} ms`, pass: median(summaries) <= SUMMARY_TARGET_MS, samples: summaries },
    ];
  } finally {
    await queue.close();
    await service.close();
  }
}

/** Registers the lexicon and the articles (untimed); returns the article IDs. */
async function registerArticles(ctx: BenchContext, service: ServiceUnderTest): Promise<string[]> {
  const generator = new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), 12);
  await service.editor('PUT', '/v1/lexicon', { entries: siteLexicon(ctx) });
  const ids = Array.from({ length: ARTICLES }, (_, i) => `bai-${i}`);
  const texts = ids.map(() => generator.article(ARTICLE_CHARS));
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: PUT_CONCURRENCY }, async () => {
      while (next < ids.length) {
        const i = next++;
        await service.editor('PUT', `/v1/articles/${ids[i]}`, { text: texts[i] });
      }
    }),
  );
  ctx.log(`batches: registered ${ARTICLES.toLocaleString('en-US')} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ids;
}

/** Place and person names of the generated articles (so some entries occur), and many that do not. */
function siteLexicon(ctx: BenchContext): Record<string, string> {
  const generator = new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), 1);
  const names = generator.names();
  const entries: Record<string, string> = {};
  for (const name of names) entries[name] = name;
  for (let i = 0; Object.keys(entries).length < LEXICON_ENTRIES; i++) entries[`Buôn Ea H'leo ${i}`] = `Buôn Ê A Hơ Leo ${i}`;
  return entries;
}
