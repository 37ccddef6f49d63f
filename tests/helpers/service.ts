import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createRequestHandler } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createContainer, type Container } from '../../src/container.js';
import { deleteKeysUnder } from '../../src/queue/redis-keys.js';
import { startWorkerProcess, type WorkerProcessOptions } from '../../src/worker-process.js';

export const EDITOR_KEY = 'test-editor-key';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestService {
  services: Container;
  /** http://127.0.0.1:<port> of the running API. */
  baseUrl: string;
  server: Server;
  cacheDir: string;
  prefix: string;
  /** Authorization header value for editor routes. */
  auth: string;
  /** Starts another worker in this process; its handle stops it (the service's close() stops every worker). */
  startWorker(options?: WorkerProcessOptions): { close(drainMs?: number): Promise<void> };
  close(): Promise<void>;
}

/**
 * Starts the real API (and, unless `worker: false`, a real worker) in this process, against
 * the real Redis with a queue prefix of its own and a fresh cache directory.
 */
export async function startTestService(
  options: { env?: Record<string, string>; worker?: boolean | WorkerProcessOptions; cacheDir?: string } = {},
): Promise<TestService> {
  const prefix = `test-${randomUUID().slice(0, 12)}`;
  const cacheDir = options.cacheDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'tts-reader-test-')));
  const config = loadConfig({
    NODE_ENV: 'test',
    REDIS_URL,
    CACHE_DIR: cacheDir,
    EDITOR_API_KEYS: EDITOR_KEY,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    WORKER_CONCURRENCY: '2',
    ...options.env,
  });
  const services = await createContainer(config, { logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  const server = createServer(createRequestHandler({ ...services, adminQueues: [services.queue.queue] }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const workers: { close(drainMs?: number): Promise<void> }[] = [];
  const startWorker = (workerOptions?: WorkerProcessOptions) => {
    const worker = startWorkerProcess(services, workerOptions);
    let closing: Promise<void> | undefined;
    const handle = { close: (drainMs = 0) => (closing ??= worker.close(drainMs)) };
    workers.push(handle);
    return handle;
  };
  if (options.worker !== false) startWorker(typeof options.worker === 'object' ? options.worker : undefined);

  return {
    services,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    cacheDir,
    prefix,
    auth: `Bearer ${EDITOR_KEY}`,
    startWorker,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await Promise.all(workers.map((w) => w.close(0)));
      await services.close();
      await deleteKeysUnder(REDIS_URL, prefix);
      if (!options.cacheDir) await fs.rm(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Polls the audio route until the manifest is ready (200) or the deadline passes. */
export async function waitForAudio(baseUrl: string, articleId: string, voice: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/v1/articles/${articleId}/audio?voice=${voice}`);
    last = await res.json();
    if (res.status === 200) return last as import('../../src/manifest.js').Manifest;
    if (res.status !== 202) throw new Error(`audio request failed: ${res.status} ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`audio not ready after ${timeoutMs} ms: ${JSON.stringify(last)}`);
}
