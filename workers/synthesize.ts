/**
 * Worker process: runs synthesis jobs from Redis. Start any number, on any machines that
 * share the Redis and the cache directory.
 */
import { startSynthesisWorker } from '../src/queue/synthesis-worker.js';
import { onShutdown, startServices } from '../src/startup.js';

const { config, services } = await startServices();
const { close } = startSynthesisWorker(services);
services.logger.info({ concurrency: config.workerConcurrency, provider: config.ttsProvider, prefix: config.queuePrefix }, 'synthesis worker started');

onShutdown(async () => {
  services.logger.info('worker stopping: finishing active jobs');
  await close();
  await services.close();
});
