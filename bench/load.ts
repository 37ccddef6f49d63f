/**
 * The load generator, in a process of its own (so it does not share an event loop with the
 * server it measures): wrk where installed (Debian package `wrk`; a C client that a
 * Node server cannot outrun), else autocannon's CLI read through its `--json` summary.
 * `BENCH_LOAD=autocannon` forces autocannon.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface LoadResult {
  /** Mean requests per second over the run. */
  rps: number;
  p99Ms: number;
  /** Responses that were not 2xx, plus socket errors and timeouts: must be 0 for a valid figure. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSec: number;
}

const autocannonCli = path.join(path.dirname(createRequire(import.meta.url).resolve('autocannon/package.json')), 'autocannon.js');

/** The load generator this run uses. */
export const loadGenerator: 'wrk' | 'autocannon' = process.env.BENCH_LOAD !== 'autocannon' && hasWrk() ? 'wrk' : 'autocannon';

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary is ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** Runs one measurement with the chosen load generator. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  return loadGenerator === 'wrk' ? runWrk(options) : runAutocannon(options);
}

async function collect(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr}`);
  return stdout;
}

const WRK_UNITS_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };

async function runWrk(options: LoadOptions): Promise<LoadResult> {
  // One client thread: the other core is left to the server being measured.
  const args = ['-t1', `-c${options.connections}`, `-d${options.durationSec}s`, '--latency'];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  args.push(options.url);
  const out = await collect('wrk', args);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  if (!Number.isFinite(rps) || !p99) throw new Error(`could not read wrk's output:\n${out}`);
  return { rps, p99Ms: Number(p99[1]) * WRK_UNITS_MS[p99[2]], failures: non2xx + errors };
}

async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const args = [autocannonCli, '--json', '-c', String(options.connections), '-d', String(options.durationSec)];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  args.push(options.url);
  const summary = JSON.parse(await collect(process.execPath, args)) as {
    requests: { average: number };
    latency: { p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return { rps: summary.requests.average, p99Ms: summary.latency.p99, failures: summary.non2xx + summary.errors + summary.timeouts };
}
