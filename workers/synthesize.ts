/**
 * Worker process: runs synthesis jobs from Redis. Start any number, on any machines that
 * share the Redis and the stores (a shared audio directory, or AUDIO_STORE=s3://… and
 * DATABASE_URL). On SIGTERM it drains for at most DRAIN_TIMEOUT_MS, then hands back what
 * did not finish.
 */
import { onShutdown, startContainer } from '../src/startup.js';
import { startWorkerProcess } from '../src/worker-process.js';

const { config, container } = await startContainer({ encodes: true });
const worker = startWorkerProcess(container);
container.logger.info({ concurrency: config.workerConcurrency, provider: config.ttsProvider, prefix: config.queuePrefix }, 'synthesis worker started');

onShutdown(async () => {
  container.logger.info({ drainMs: config.drainTimeoutMs }, 'worker stopping: finishing active jobs');
  await worker.close();
  await container.close();
});
