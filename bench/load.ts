/**
 * The load generator: autocannon's CLI in a process of its own (so it does not share an
 * event loop with the server it measures), read through its `--json` summary.
 */
import { spawn } from 'node:child_process';
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

/** Runs one autocannon measurement. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const args = [autocannonCli, '--json', '-c', String(options.connections), '-d', String(options.durationSec)];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  args.push(options.url);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`autocannon exited with ${code}: ${stderr}`);
  const summary = JSON.parse(stdout) as { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number; timeouts: number };
  return { rps: summary.requests.average, p99Ms: summary.latency.p99, failures: summary.non2xx + summary.errors + summary.timeouts };
}
