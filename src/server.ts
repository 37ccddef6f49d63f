/**
 * API process. Serves the HTTP API and the player; with `--with-worker` (what `npm start`
 * uses) it also runs a synthesis worker in the same process.
 */
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { startSynthesisWorker } from './queue/synthesis-worker.js';
import { createServices } from './services/container.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const services = createServices(config);
await services.providers.checkAll();
const withWorker = process.argv.includes('--with-worker');
const worker = withWorker ? startSynthesisWorker(services) : undefined;
const app = createApp(services);
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  services.logger.info({ port, worker: withWorker, provider: config.ttsProvider }, 'API listening');
  console.log(`\n  Demo page: ${base}/\n`);
  if (config.generatedEditorKey) console.log(`  Editor API key (development, generated): ${config.editorApiKeys[0]}\n`);
});
server.keepAliveTimeout = 65_000;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await worker?.close();
    await services.close();
    process.exit(0);
  });
}
