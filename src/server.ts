/**
 * API process. Serves the HTTP API and the player; with `--with-worker` it also runs a
 * synthesis worker in the same process (`npm start` does, so stopping it leaves nothing).
 */
import { createServer } from 'node:http';
import { createRequestHandler } from './app.js';
import { onShutdown, startContainer } from './startup.js';
import { startWorkerProcess } from './worker-process.js';

const withWorker = process.argv.includes('--with-worker');
const { config, container } = await startContainer({ encodes: withWorker, serves: true });
const worker = withWorker ? startWorkerProcess(container) : undefined;
const server = createServer(createRequestHandler({ ...container, adminQueues: [container.queue.queue] }));
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  container.logger.info({ port, worker: withWorker, provider: config.ttsProvider }, 'API listening');
  console.log(`\n  Demo page: ${base}/\n  API docs:  ${base}/docs\n`);
  if (config.generatedEditorKey) console.log(`  Editor API key (generated for this run): ${config.editorApiKeys[0]}\n`);
});
server.keepAliveTimeout = 65_000;

onShutdown(async () => {
  server.close();
  await worker?.close();
  await container.close();
});
