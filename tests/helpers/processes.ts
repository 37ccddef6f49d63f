/**
 * Real service processes: `node dist/worker.js` and `node dist/server.js` as child
 * processes (built by `npm test` and `npm run test:faults` first), and a redis-server of
 * the test's own that it can stop and start again. Every process started here is killed
 * when the test process exits, so a failed test leaves nothing running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { deleteKeysUnder } from '../../src/queue/redis-keys.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const EDITOR_KEY = 'fault-editor-key';
export const AUTH = `Bearer ${EDITOR_KEY}`;

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** A JSON log line of a child (pino), or `{msg: line}` for anything else it printed. */
export type LogEntry = Record<string, unknown> & { msg?: string };

/** One child process of the service, with its log kept for assertions. */
export class ServiceProcess {
  /** The log, parsed (pino JSON lines). */
  readonly logs: LogEntry[] = [];
  /** The log as printed. */
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly role: 'worker' | 'api',
    readonly child: ChildProcess,
  ) {
    started.add(child);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        started.delete(child);
        this.notify();
        resolve({ code, signal });
      }),
    );
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (text: string) => {
        const lines = (rest + text).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.trim()) continue;
          this.lines.push(line);
          this.logs.push(parseLine(line));
        }
        this.notify();
      });
    }
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the first log entry that matches (a RegExp is tested on the printed line), logged already or still to come. */
  waitForLog(match: RegExp | ((entry: LogEntry) => boolean), timeoutMs = 20_000): Promise<LogEntry> {
    const matches = typeof match === 'function' ? match : (_entry: LogEntry, line: string) => match.test(line);
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.logs.find((entry, i) => matches(entry, this.lines[i]));
        if (found) return done(() => resolve(found));
        if (!this.alive) done(() => reject(new Error(`${this.role} ${this.pid} exited before the awaited log line:\n${this.tail()}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`${this.role} ${this.pid}: no such log line within ${timeoutMs} ms:\n${this.tail()}`))), timeoutMs);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** The last log lines, for failure messages. */
  tail(lines = 20): string {
    return this.logs
      .slice(-lines)
      .map((entry) => JSON.stringify(entry))
      .join('\n');
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (this.alive) this.child.kill(signal);
  }

  /** Signals the process (SIGTERM: a graceful stop, unless told otherwise) and waits until it is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    this.kill(signal);
    return this.exited;
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

function parseLine(line: string): LogEntry {
  try {
    const parsed = JSON.parse(line) as unknown;
    if (parsed && typeof parsed === 'object') return parsed as LogEntry;
  } catch {
    // not JSON: the plain text the server prints for people
  }
  return { msg: line };
}

function assertBuilt(file: string): string {
  const full = path.join(REPO_ROOT, 'dist', file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run the fault tests with \`npm run test:faults\` (it builds first)`);
  return full;
}

function spawnNode(role: 'worker' | 'api', file: string, env: Record<string, string>, args: string[] = []): ServiceProcess {
  const child = spawn(process.execPath, [assertBuilt(file), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new ServiceProcess(role, child);
}

/** A built entry point as a process of its own, with the given environment on top of a quiet test one. */
export function startProcess(entry: 'server' | 'worker', env: Record<string, string>): ServiceProcess {
  return spawnNode(entry === 'server' ? 'api' : 'worker', `${entry}.js`, { NODE_ENV: 'test', LOG_LEVEL: 'info', ...env });
}

/** A synthesis worker process; resolves once it says it runs. */
export async function spawnWorker(env: Record<string, string>): Promise<ServiceProcess> {
  const worker = spawnNode('worker', 'worker.js', env);
  await worker.waitForLog((e) => e.msg === 'synthesis worker started');
  return worker;
}

/** An API process on a free port; resolves once it listens. */
export async function spawnApi(env: Record<string, string>): Promise<ServiceProcess & { baseUrl: string }> {
  const api = spawnNode('api', 'server.js', { PORT: '0', HOST: '127.0.0.1', ...env });
  const listening = await api.waitForLog((e) => e.msg === 'API listening');
  return Object.assign(api, { baseUrl: `http://127.0.0.1:${Number(listening.port)}` });
}

/** What every service process of one scenario shares: Redis, a queue prefix, a cache directory. */
export interface Deployment {
  redisUrl: string;
  prefix: string;
  cacheDir: string;
  env(extra?: Record<string, string>): Record<string, string>;
  /** Removes the queue keys and the cache directory. */
  cleanUp(): Promise<void>;
}

export async function createDeployment(options: { redisUrl?: string; cacheDir?: string; env?: Record<string, string> } = {}): Promise<Deployment> {
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `fault-${randomUUID().slice(0, 12)}`;
  const cacheDir = options.cacheDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'tts-fault-')));
  return {
    redisUrl,
    prefix,
    cacheDir,
    env: (extra = {}) => ({
      NODE_ENV: 'test',
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      CACHE_DIR: cacheDir,
      EDITOR_API_KEYS: EDITOR_KEY,
      LOG_LEVEL: 'info',
      WORKER_CONCURRENCY: '1',
      ...options.env,
      ...extra,
    }),
    async cleanUp() {
      // A Redis the test stopped has nothing to clean.
      await deleteKeysUnder(redisUrl, prefix).catch(() => undefined);
      if (!options.cacheDir) await fs.rm(cacheDir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server of the test's own, without persistence, that it may stop and start again on the same port. */
export interface OwnRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      started.add(child);
      const client = new Redis({ port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      for (let i = 0; ; i++) {
        try {
          await client.connect();
          await client.ping();
          break;
        } catch {
          if (i > 100) throw new Error(`redis-server on port ${port} did not start`);
          await sleep(50);
        }
      }
      client.disconnect();
    },
    async stop() {
      const stopping = child;
      if (!stopping || stopping.exitCode !== null || stopping.signalCode !== null) return;
      await new Promise((resolve) => {
        stopping.once('exit', resolve);
        stopping.kill('SIGKILL');
      });
      started.delete(stopping);
    },
  };
  await own.start();
  return own;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns something other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
}
