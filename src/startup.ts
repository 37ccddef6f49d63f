import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { createServices, type Services } from './services/container.js';

/**
 * Loads and checks everything a process needs before it serves or works: the configuration,
 * the providers' credentials and binaries. A problem ends the process with a clear message
 * (exit code 2), never a stack trace at the first job.
 */
export async function startServices(): Promise<{ config: AppConfig; services: Services }> {
  try {
    const config = loadConfig();
    const services = createServices(config);
    await services.providers.checkAll();
    return { config, services };
  } catch (error) {
    if (error instanceof ConfigError || /not ready|not installed/.test(String((error as Error)?.message))) {
      console.error(`tts-reader: ${(error as Error).message}`);
      process.exit(2);
    }
    throw error;
  }
}

/** Runs `stop` once on SIGINT/SIGTERM, then exits. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await stop().catch((error) => console.error(error));
      process.exit(0);
    });
  }
}
