/**
 * Text front-end throughput on one core (this process's main thread): MB of UTF-8 input
 * per second through extract → NFC/clean → segment → normalize → chunk, on the benchmark
 * article plus a 100,000-character generated one. Also times each stage separately, so a
 * miss says where the time goes.
 */
import { readFile } from 'node:fs/promises';
import { chunkSentences, prepareArticle } from '../src/text/pipeline.js';
import { extractArticle } from '../src/text/extract.js';
import { CLASSES, normalizeSentence } from '../src/text/normalize/index.js';
import { cleanSymbols } from '../src/text/normalize/symbols.js';
import { applyClass } from '../src/text/normalize/types.js';
import { segmentText } from '../src/text/segment.js';
import { cleanUnicode } from '../src/text/unicode.js';
import { createEspeakProvider } from '../src/tts/espeak.js';
import { ArticleGenerator } from './article-generator.js';
import type { BenchContext } from './context.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const TARGET_MB_PER_S = 2;
const STAGES = ['extract', 'clean', 'segment', 'normalize', 'chunk'] as const;
type StageTimes = Record<(typeof STAGES)[number], number>;

/** The whole front end, as the worker runs it. */
function runFrontEnd(text: string): number {
  const prepared = prepareArticle({ text });
  return chunkSentences(prepared.sentences, createEspeakProvider().limits).length;
}

/** The same steps one at a time, each timed (ms). */
function timeStages(text: string, into: StageTimes): void {
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    into[stage] += now - t;
    t = now;
  };
  const clean = extractArticle({ text });
  lap('extract');
  const cleaned = cleanUnicode(clean.text);
  lap('clean');
  const sentences = segmentText(cleaned);
  lap('segment');
  const spoken = sentences.map((s, index) => ({ ...s, index, spoken: normalizeSentence(s.text) }));
  lap('normalize');
  chunkSentences(spoken, { maxBytes: 4000 });
  lap('chunk');
}

/**
 * Time (ms) spent in each semiotic class of normalization (and the final symbol clean-up),
 * each class run on the text the classes before it produced, as normalizeSentence does.
 */
function timeNormalizeClasses(sentences: readonly string[]): Map<string, number> {
  const times = new Map<string, number>();
  const add = (name: string, ms: number) => times.set(name, (times.get(name) ?? 0) + ms);
  for (const sentence of sentences) {
    let text = cleanUnicode(sentence).replace(/\n+/g, ' ');
    for (const cls of CLASSES) {
      const t = performance.now();
      text = applyClass(text, cls);
      add(cls.name, performance.now() - t);
    }
    const t = performance.now();
    cleanSymbols(text);
    add('symbols', performance.now() - t);
  }
  return times;
}

/** Runs the front-end benchmark. */
export async function benchFrontEnd(ctx: BenchContext): Promise<ResultRow[]> {
  const corpus = [await readFile(ctx.options.article, 'utf8'), new ArticleGenerator(ArticleGenerator.templatesIn(ctx.repoRoot), 100).article(100_000)];
  const megabytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  // Warm-up: let V8 compile the hot paths before timing.
  for (const text of corpus) runFrontEnd(text);

  const rounds = Math.max(5, ctx.options.runs * 2);
  const rates: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    for (const text of corpus) runFrontEnd(text);
    rates.push(megabytes / ((performance.now() - started) / 1000));
  }
  const stageMs: StageTimes = { extract: 0, clean: 0, segment: 0, normalize: 0, chunk: 0 };
  for (let i = 0; i < 3; i++) for (const text of corpus) timeStages(text, stageMs);
  // What a worker spends before its first sentence can be synthesized: the whole article goes through the front end first.
  const articleMs = median(Array.from({ length: 5 }, () => {
    const t = performance.now();
    runFrontEnd(corpus[0]);
    return performance.now() - t;
  }));
  const totalMs = STAGES.reduce((sum, s) => sum + stageMs[s], 0);
  const rate = median(rates);
  const sentences = corpus.flatMap((text) => segmentText(cleanUnicode(extractArticle({ text }).text)).map((s) => s.text));
  const classMs = timeNormalizeClasses(sentences);
  const normalizeMs = [...classMs.values()].reduce((a, b) => a + b, 0);
  const slowest = [...classMs].sort((a, b) => b[1] - a[1]).slice(0, 4);
  ctx.log(`front-end: normalize classes by time: ${[...classMs].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')} ms`);
  ctx.log(`front-end: ${rate.toFixed(2)} MB/s over ${megabytes.toFixed(3)} MB; stage shares ${STAGES.map((s) => `${s} ${((100 * stageMs[s]) / totalMs).toFixed(0)}%`).join(', ')}`);

  return [
    { stage: 'front-end', metric: 'extract+segment+normalize+chunk', value: rate, unit: 'MB/s', target: `≥ ${TARGET_MB_PER_S} MB/s`, pass: rate >= TARGET_MB_PER_S, samples: rates },
    { stage: 'front-end', metric: 'benchmark article, whole front end', value: articleMs, unit: 'ms' },
    ...STAGES.map((s): ResultRow => ({ stage: 'front-end', metric: `time share: ${s}`, value: (100 * stageMs[s]) / totalMs, unit: '%' })),
    ...slowest.map(([name, ms]): ResultRow => ({ stage: 'front-end', metric: `share of normalize: ${name} class`, value: (100 * ms) / normalizeMs, unit: '%' })),
  ];
}
