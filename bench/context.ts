import type { BenchOptions } from './options.js';

/** What every benchmark receives from bench/run.ts. */
export interface BenchContext {
  options: BenchOptions;
  repoRoot: string;
  /** The build output (dist/), holding server.js and worker.js. */
  distDir: string;
  /** The bundle itself: spawned again with `--serve-static` for the static-file baselines. */
  benchScript: string;
  /** Progress on stderr, so stdout keeps only the table. */
  log(message: string): void;
}
