import path from 'node:path';

/** Every benchmark `--only` accepts, in the order they run. */
export const BENCHMARKS = ['front-end', 'cold-generation', 'timing-accuracy', 'word-accuracy', 'cache-hits', 'scale', 'capacity', 'batches', 'sherpa', 'extraction'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface BenchOptions {
  /** The article of cold generation and timing accuracy (plain text). */
  article: string;
  only: Set<BenchmarkName>;
  /** Runs per figure; each figure is the median. */
  runs: number;
  /** Fewer and shorter runs (about 2 min in all). */
  quick: boolean;
  /** Build output holding server.js, worker.js and espeak-thread.mjs (default: dist/). */
  distDir: string;
  /** When set, the API and worker processes write V8 CPU profiles (.cpuprofile) here. */
  cpuProfileDir?: string;
}

/**
 * Parses `--article PATH`, `--only a,b`, `--runs N`, `--quick`, `--cpu-prof DIR`, `--dist DIR`.
 * @example parseBenchOptions(['--only', 'front-end', '--quick'], '/repo').runs //=> 1
 */
export function parseBenchOptions(argv: readonly string[], repoRoot: string): BenchOptions {
  let article = path.join(repoRoot, 'tests/fixtures/bench/article-1500.txt');
  let only = new Set<BenchmarkName>(BENCHMARKS);
  let runs: number | undefined;
  let quick = false;
  let cpuProfileDir: string | undefined;
  let distDir = path.join(repoRoot, 'dist');
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--article') article = path.resolve(value());
    else if (flag === '--runs') runs = Number(value());
    else if (flag === '--quick') quick = true;
    else if (flag === '--cpu-prof') cpuProfileDir = path.resolve(value());
    else if (flag === '--dist') distDir = path.resolve(value());
    else if (flag === '--only') {
      const names = value().split(',').map((n) => n.trim());
      const unknown = names.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}`);
      only = new Set(names as BenchmarkName[]);
    } else throw new Error(`unknown flag ${flag}`);
  }
  runs ??= quick ? 1 : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return { article, only, runs, quick, cpuProfileDir, distDir };
}
