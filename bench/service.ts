/**
 * The real service as child processes — `node dist/server.js` plus N × `node dist/worker.js` —
 * on the real Redis with a queue prefix of its own and a temporary cache directory, both
 * removed afterwards. Separate processes so that worker memory can be read from /proc and
 * "2 workers" means two processes, as deployed.
 */
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { redisConnectionOptions } from '../src/config.js';
import { SYNTHESIS_QUEUE_NAME as SYNTHESIS_QUEUE } from '../src/queue/bullmq-synthesis-queue.js';
import type { Manifest } from '../src/manifest.js';
import { freePort, peakRssMb, spawnNode, stopProcess, waitForHttp } from './processes.js';
import { deleteKeysUnder } from '../src/queue/redis-keys.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const EDITOR_KEY = `bench-${randomUUID()}`;

export interface ServiceOptions {
  /** Directory holding server.js and worker.js (the build output). */
  distDir: string;
  workers: number;
  /** Jobs one worker process runs at once (WORKER_CONCURRENCY). */
  workerConcurrency?: number;
  /** Profile the API and workers: each process writes a .cpuprofile here when it exits. */
  cpuProfileDir?: string;
  env?: Record<string, string>;
}

/** A 202 body of GET /v1/articles/:id/audio. */
export interface PendingAudio {
  status: string;
  jobId?: string;
  streamUrl?: string;
  readyMs: number;
  /** Sentences encoded so far, from the `since` asked for. */
  segments?: unknown[];
}

/** Node flags of the service's processes (--cpu-prof is refused in NODE_OPTIONS, so it goes here). */
const nodeArgsFor = (options: ServiceOptions) => (options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []);

export class ServiceUnderTest {
  /** Services not closed yet, so an interrupted bench can still stop its processes and clean Redis. */
  static readonly running = new Set<ServiceUnderTest>();
  readonly baseUrl: string;
  readonly port: number;
  private readonly workerProcesses: ChildProcess[] = [];
  private readonly extraApis: ChildProcess[] = [];

  private constructor(
    private readonly options: ServiceOptions,
    private readonly api: ReturnType<typeof spawnNode>,
    port: number,
    readonly cacheDir: string,
    readonly prefix: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.port = port;
  }

  /** PID of the API process. */
  get apiPid(): number {
    return this.api.pid!;
  }

  /** Starts the API and the workers and waits until the API answers and every worker is registered. */
  static async start(options: ServiceOptions): Promise<ServiceUnderTest> {
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-'));
    const prefix = `bench-${randomUUID().slice(0, 12)}`;
    const port = await freePort();
    const env = {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL,
      CACHE_DIR: cacheDir,
      QUEUE_PREFIX: prefix,
      EDITOR_API_KEYS: EDITOR_KEY,
      LOG_LEVEL: 'warn',
      WORKER_CONCURRENCY: String(options.workerConcurrency ?? 1),
      // The bench asks for new audio like a busy CMS would, far past one listener's limit.
      AUDIO_START_LIMIT_PER_MINUTE: '1000000',
      ...options.env,
    };
    const api = spawnNode(path.join(options.distDir, 'server.js'), [], env, nodeArgsFor(options));
    const service = new ServiceUnderTest(options, api, port, cacheDir, prefix, env);
    ServiceUnderTest.running.add(service);
    try {
      await waitForHttp(`${service.baseUrl}/healthz`, api);
      for (let i = 0; i < options.workers; i++) await service.addWorker();
    } catch (error) {
      await service.close();
      throw error;
    }
    return service;
  }

  /** Starts one more worker process and waits until BullMQ sees it. */
  async addWorker(): Promise<void> {
    const worker = spawnNode(path.join(this.options.distDir, 'worker.js'), [], this.env, nodeArgsFor(this.options));
    this.workerProcesses.push(worker);
    const queue = new Queue(SYNTHESIS_QUEUE, { connection: redisConnectionOptions(REDIS_URL), prefix: this.prefix });
    try {
      const deadline = Date.now() + 20_000;
      while ((await queue.getWorkersCount()) < this.workerProcesses.length) {
        if (worker.exitCode !== null) throw new Error(`worker exited (${worker.exitCode}):\n${worker.stderrTail()}`);
        if (Date.now() > deadline) throw new Error('worker did not register with BullMQ within 20 s');
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await queue.close();
    }
  }

  /**
   * Starts one more API process on the same store and queue, with settings of its own (e.g.
   * ACCEL_REDIRECT_PREFIX, to sit behind nginx); stopped with the service.
   */
  async addApi(env: Record<string, string>): Promise<{ baseUrl: string; port: number; pid: number }> {
    const port = await freePort();
    const api = spawnNode(path.join(this.options.distDir, 'server.js'), [], { ...this.env, ...env, PORT: String(port) }, nodeArgsFor(this.options));
    this.extraApis.push(api);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${baseUrl}/healthz`, api);
    return { baseUrl, port, pid: api.pid! };
  }

  /** PIDs of the worker processes. */
  get workerPids(): number[] {
    return this.workerProcesses.flatMap((w) => (w.pid === undefined ? [] : [w.pid]));
  }

  /** Peak RSS (MB) of each worker process so far. */
  workerPeakRssMb(): (number | undefined)[] {
    return this.workerProcesses.map((w) => (w.pid === undefined ? undefined : peakRssMb(w.pid)));
  }

  /** Where the service keeps a finished MP3 (FileAudioStore layout). */
  audioPath(key: string): string {
    return path.join(this.cacheDir, 'audio', `${key}.mp3`);
  }

  async putArticle(id: string, text: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/v1/articles/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ text }),
    });
    if (!res.ok) throw new Error(`PUT ${id}: ${res.status} ${await res.text()}`);
  }

  /** An editor request (JSON in and out); a non-2xx answer throws with its body. */
  async editor<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return (await res.json()) as T;
  }

  /** Removes the article and its audio, so the next request generates it cold again. */
  async deleteArticle(id: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/v1/articles/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${EDITOR_KEY}` } });
    if (!res.ok && res.status !== 404) throw new Error(`DELETE ${id}: ${res.status} ${await res.text()}`);
  }

  /**
   * One GET of the audio route: the manifest (200) or progress (202) with the sentences from
   * `since` on (what a player that keeps the sentences it has asks for).
   */
  async requestAudio(id: string, voice = 'north-female', since = 0): Promise<{ ready: Manifest } | { pending: PendingAudio }> {
    const res = await fetch(`${this.baseUrl}/v1/articles/${id}/audio?voice=${voice}${since ? `&since=${since}` : ''}`);
    const body = await res.json();
    if (res.status === 200) return { ready: body as Manifest };
    if (res.status === 202) return { pending: body as PendingAudio };
    throw new Error(`GET audio ${id}: ${res.status} ${JSON.stringify(body)}`);
  }

  /** Polls the audio route until the manifest is ready, asking each time only for sentences it has not seen. */
  async waitForManifest(id: string, voice = 'north-female', pollMs = 50, timeoutMs = 600_000): Promise<Manifest> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    while (Date.now() < deadline) {
      const reply = await this.requestAudio(id, voice, seen);
      if ('ready' in reply) return reply.ready;
      seen += reply.pending.segments?.length ?? 0;
      await new Promise((r) => setTimeout(r, pollMs));
    }
    throw new Error(`audio of ${id} not ready after ${timeoutMs} ms`);
  }

  /** Stops every process, then removes the queue's Redis keys and the cache directory. */
  async close(): Promise<void> {
    ServiceUnderTest.running.delete(this);
    await Promise.all([this.api, ...this.extraApis, ...this.workerProcesses].map((p) => stopProcess(p)));
    await deleteKeysUnder(REDIS_URL, this.prefix);
    await fs.rm(this.cacheDir, { recursive: true, force: true });
  }
}
