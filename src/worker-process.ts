/**
 * What a worker process runs: the synthesis worker and, when webhooks are on, their
 * delivery and the observer of jobs. Used by `dist/worker.js`, `server.js --with-worker`
 * and the tests' service helper, so all three run the same thing.
 */
import type { Container } from './container.js';
import { startSynthesisWorker, type SynthesisWorkerOptions } from './synthesis/worker.js';
import { startWebhooks } from './webhooks/start-webhooks.js';

export function startWorkerProcess(container: Container, options: SynthesisWorkerOptions = {}) {
  const synthesis = startSynthesisWorker(container, options);
  const webhooks = startWebhooks({ ...container, notifier: container.webhooks, manifests: container.audioService.manifests });
  return {
    worker: synthesis.worker,
    /** Drains the synthesis worker (bounded), then stops webhook delivery. */
    async close(drainMs?: number) {
      await synthesis.close(drainMs);
      await webhooks.close();
    },
  };
}
