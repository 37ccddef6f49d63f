/**
 * API process. Serves the HTTP API and the player; with `--with-worker` it also runs a
 * synthesis worker in the same process (`npm start` runs the worker as its own process).
 */
import { createServer } from 'node:http';
import { createRequestHandler } from './app.js';
import { startSynthesisWorker } from './queue/synthesis-worker.js';
import { onShutdown, startServices } from './startup.js';

const { config, services } = await startServices();
const withWorker = process.argv.includes('--with-worker');
const worker = withWorker ? startSynthesisWorker(services) : undefined;
const server = createServer(createRequestHandler(services));
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  services.logger.info({ port, worker: withWorker, provider: config.ttsProvider }, 'API listening');
  console.log(`\n  Demo page: ${base}/\n`);
  if (config.generatedEditorKey) console.log(`  Editor API key (generated for this run): ${config.editorApiKeys[0]}\n`);
});
server.keepAliveTimeout = 65_000;

onShutdown(async () => {
  server.close();
  await worker?.close();
  await services.close();
});
