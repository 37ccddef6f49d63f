/**
 * Worker process: runs synthesis jobs from Redis. Start any number, on any machines that
 * share the Redis and the cache directory (or store).
 */
import { loadConfig } from '../src/config.js';
import { startSynthesisWorker } from '../src/queue/synthesis-worker.js';
import { createServices } from '../src/services/container.js';

const config = loadConfig();
const services = createServices(config);
await services.providers.checkAll();
const { close } = startSynthesisWorker(services);
services.logger.info({ concurrency: config.workerConcurrency, provider: config.ttsProvider, prefix: config.queuePrefix }, 'synthesis worker started');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    services.logger.info('worker stopping: finishing active jobs');
    await close();
    await services.close();
    process.exit(0);
  });
}
