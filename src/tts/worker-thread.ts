/**
 * The request/reply plumbing of an engine that owns a native library in a worker thread
 * (espeak-ng, sherpa-onnx): the library runs synchronously there, the event loop of the
 * process that asked stays free, and requests are served one at a time in arrival order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ProviderError } from './provider.js';

/**
 * Finds a worker-thread script: beside the calling module (src/ under tests, dist/ when
 * built), or one level up when that module was bundled into dist/chunks/.
 * @example findThreadScript('espeak-thread.mjs', import.meta.url) //=> URL of src/tts/espeak-thread.mjs
 */
export function findThreadScript(fileName: string, moduleUrl: string): URL {
  for (const candidate of [`./${fileName}`, `../${fileName}`, `../src/tts/${fileName}`]) {
    const url = new URL(candidate, moduleUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`${fileName} not found near ${moduleUrl}; run the build`);
}

/** Every reply carries the ID of its request, and `error` when the thread could not serve it. */
export interface ThreadReply {
  id: number;
  error?: string;
}

export interface ThreadClient<Reply extends ThreadReply> {
  /**
   * Posts `{ id, ...message }` and resolves with the reply of that ID. Rejects with a
   * retryable `ProviderError` when the thread crashes, and with the signal's reason when
   * the request is aborted while it waits (the thread's late reply is then dropped).
   */
  request(message: object, signal?: AbortSignal): Promise<Reply>;
  close(): Promise<void>;
}

/**
 * Starts the thread on the first request and again after a crash. An idle thread does not
 * keep the process alive.
 * @param locateScript called when the thread starts, e.g. `() => findThreadScript('espeak-thread.mjs', import.meta.url)`
 * @param provider the engine's name, for the errors it raises ("espeak", "sherpa")
 */
export function createThreadClient<Reply extends ThreadReply>(locateScript: () => URL, provider: string): ThreadClient<Reply> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  const unrefWhenIdle = () => {
    if (pending.size === 0) worker?.unref();
  };

  const thread = (): Worker => {
    if (worker) return worker;
    const w = new Worker(locateScript());
    w.on('message', (reply: Reply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      waiter?.resolve(reply);
      unrefWhenIdle();
    });
    w.on('error', (error) => failAll(new ProviderError(`${provider} thread crashed: ${error.message}`, 'retryable', { provider, cause: error })));
    w.on('exit', (code) => {
      if (pending.size > 0) failAll(new ProviderError(`${provider} thread exited with code ${code}`, 'retryable', { provider }));
      worker = undefined;
    });
    w.unref();
    worker = w;
    return w;
  };

  return {
    request(message, signal) {
      signal?.throwIfAborted();
      const id = nextId++;
      const w = thread();
      w.ref();
      return new Promise<Reply>((resolve, reject) => {
        const onAbort = () => {
          pending.delete(id);
          unrefWhenIdle();
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        pending.set(id, {
          resolve: (reply) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(reply);
          },
          reject,
        });
        w.postMessage({ id, ...message });
      });
    },

    async close() {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
