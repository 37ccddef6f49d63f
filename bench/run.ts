/**
 * `npm run bench`: measures the service against baselines run on the same machine in the
 * same run, prints one table and writes bench/results.json. See docs/benchmarks.md.
 *
 *   node dist/bench/run.js [--article PATH] [--only name[,name]] [--runs N] [--quick]
 *                          [--cpu-prof DIR] [--dist DIR]
 *
 * The same bundle doubles as the static-file baseline server
 * (`--serve-static fs|memory FILE...`), so that baseline runs in a process of its own.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStaticServer, type StaticMode } from './baselines/static-server.js';
import { benchBatches } from './batches.js';
import { benchCacheHits } from './cache-hits.js';
import { benchCapacity } from './capacity.js';
import { benchColdGeneration } from './cold-generation.js';
import type { BenchContext } from './context.js';
import { benchExtraction } from './extraction.js';
import { benchFrontEnd } from './front-end.js';
import { parseBenchOptions, type BenchmarkName } from './options.js';
import { benchScale } from './scale.js';
import { ServiceUnderTest } from './service.js';
import { benchSherpa } from './sherpa-rtf.js';
import { formatTable, type ResultRow } from './table.js';
import { benchTimingAccuracy } from './timing-accuracy.js';
import { benchWordAccuracy } from './word-accuracy.js';

const BENCHMARK_RUNNERS: Record<BenchmarkName, (ctx: BenchContext) => Promise<ResultRow[]>> = {
  'front-end': benchFrontEnd,
  'cold-generation': benchColdGeneration,
  'timing-accuracy': benchTimingAccuracy,
  'word-accuracy': benchWordAccuracy,
  'cache-hits': benchCacheHits,
  scale: benchScale,
  capacity: benchCapacity,
  batches: benchBatches,
  sherpa: benchSherpa,
  extraction: benchExtraction,
};

const benchScript = fileURLToPath(import.meta.url);
// dist/bench/run.js → the repository root two levels up.
const repoRoot = path.resolve(path.dirname(benchScript), '../..');

async function main(argv: string[]): Promise<void> {
  const options = parseBenchOptions(argv, repoRoot);
  const ctx: BenchContext = {
    options,
    repoRoot,
    distDir: options.distDir,
    benchScript,
    log: (message) => console.error(`[bench] ${message}`),
  };
  const started = Date.now();
  const rows: ResultRow[] = [];
  const failures: { stage: string; error: string }[] = [];
  for (const [name, runBenchmark] of Object.entries(BENCHMARK_RUNNERS) as [BenchmarkName, (typeof BENCHMARK_RUNNERS)[BenchmarkName]][]) {
    if (!options.only.has(name)) continue;
    ctx.log(`${name}…`);
    try {
      rows.push(...(await runBenchmark(ctx)));
    } catch (error) {
      // One broken benchmark must not hide the others' figures.
      failures.push({ stage: name, error: (error as Error).stack ?? String(error) });
      ctx.log(`${name} failed: ${(error as Error).message}`);
    }
  }
  console.log(formatTable(rows));
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemMb: Math.round(os.totalmem() / 2 ** 20), loadAvg: os.loadavg(), platform: `${os.platform()} ${os.release()}`, node: process.version },
    options: { ...options, only: [...options.only] },
    durationSec: (Date.now() - started) / 1000,
    rows,
    failures,
  };
  await fs.writeFile(path.join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  ctx.log(`done in ${results.durationSec.toFixed(0)} s; wrote bench/results.json`);
  if (failures.length) process.exitCode = 1;
}

/** On Ctrl-C, stop the service processes and remove their Redis keys and cache directories before exiting. */
function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      console.error(`[bench] ${signal}: stopping the service processes`);
      await Promise.allSettled([...ServiceUnderTest.running].map((s) => s.close()));
      process.exit(130);
    });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--serve-static') runStaticServer(args[1] as StaticMode, args.slice(2));
else {
  cleanUpOnSignals();
  await main(args);
}
