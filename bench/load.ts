/**
 * The load generator: wrk (Debian package `wrk`), a C client with one thread left to it,
 * in a process of its own, driven by a Lua script that sends what a browser or CDN sends —
 * keep-alive connections, a browser's request headers, and for MP3s random 64 KiB ranges
 * all over the file (the same pseudo-random sequence for every target, so they are compared
 * on the same requests). While it runs, the CPU time of the server processes is read from
 * /proc, so each figure also says what one request costs the server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuSecondsOf } from './processes.js';

export interface LoadResult {
  /** Mean requests per second over the run. */
  rps: number;
  p99Ms: number;
  requests: number;
  /** Responses that were not 2xx/3xx, plus socket errors and timeouts: must be 0 for a valid figure. */
  failures: number;
  /** CPU seconds the server processes used per request (user + system, all threads), when their PIDs were given. */
  cpuPerRequest?: number;
  /** 1-minute load average when the run started. */
  loadAvg: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSec: number;
  /** Random ranges of this many bytes within a file of `fileBytes`; absent: the plain URL. */
  range?: { bytes: number; fileBytes: number };
  /** Processes whose CPU time is the server's cost (an API process, nginx's workers, …). */
  serverPids?: number[];
}

/** What a Chromium-based browser sends for a cross-origin media request from a news page. */
export const BROWSER_HEADERS: Record<string, string> = {
  'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  Accept: '*/*',
  'Accept-Encoding': 'identity;q=1, *;q=0',
  'Accept-Language': 'vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7',
  Origin: 'https://bao.example.vn',
  Referer: 'https://bao.example.vn/kinh-te/quang-ngai-tang-truong-7-8-phan-tram.html',
  'Sec-Fetch-Dest': 'audio',
  'Sec-Fetch-Mode': 'cors',
  'Sec-Fetch-Site': 'cross-site',
  'Sec-Ch-Ua': '"Chromium";v="131", "Not_A Brand";v="24"',
  'Sec-Ch-Ua-Mobile': '?0',
  'Sec-Ch-Ua-Platform': '"Windows"',
};

const luaString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The wrk script: browser headers on every request, a new random range per request when asked. */
export function wrkScript(range?: LoadOptions['range']): string {
  const headers = Object.entries(BROWSER_HEADERS)
    .map(([name, value]) => `  [${luaString(name)}] = ${luaString(value)},`)
    .join('\n');
  const lines = [`local headers = {\n${headers}\n}`, 'math.randomseed(14)'];
  if (range) {
    lines.push(
      `local last = ${range.fileBytes - range.bytes}`,
      'request = function()',
      '  local first = math.random(0, last)',
      `  headers["Range"] = "bytes=" .. first .. "-" .. (first + ${range.bytes - 1})`,
      '  return wrk.format("GET", nil, headers)',
      'end',
    );
  } else {
    lines.push('for name, value in pairs(headers) do wrk.headers[name] = value end');
  }
  return `${lines.join('\n')}\n`;
}

/** Throws a clear error when wrk is missing (scripts/bench.sh installs it). */
export function requireWrk(): void {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary is ENOENT.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('wrk is not installed (Debian: apt-get install wrk); npm run bench installs it');
  }
}

const WRK_UNITS_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };

/** Runs one measurement. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-wrk-'));
  const script = path.join(dir, 'load.lua');
  await fs.writeFile(script, wrkScript(options.range));
  try {
    const loadAvg = os.loadavg()[0];
    const cpuBefore = options.serverPids?.map(cpuSecondsOf);
    // One client thread: the other core is left to the server being measured.
    const out = await collect('wrk', ['-t1', `-c${options.connections}`, `-d${options.durationSec}s`, '--latency', '-s', script, options.url]);
    const cpuAfter = options.serverPids?.map(cpuSecondsOf);
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
    const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const errors = socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
    if (!Number.isFinite(rps) || !p99) throw new Error(`could not read wrk's output:\n${out}`);
    const cpu = cpuBefore && cpuAfter ? cpuAfter.reduce((sum, after, i) => sum + after - cpuBefore[i], 0) : undefined;
    return {
      rps,
      p99Ms: Number(p99[1]) * WRK_UNITS_MS[p99[2]],
      requests,
      failures: non2xx + errors,
      cpuPerRequest: cpu === undefined || !requests ? undefined : cpu / requests,
      loadAvg,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
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
