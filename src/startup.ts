import { checkLameLibrary } from './audio/lame-library.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { createContainer, type Container } from './container.js';
import { DependencyUnavailableError } from './errors.js';
import { ProvidersNotReadyError } from './tts/registry.js';

/**
 * Loads and checks everything a process needs before it serves or works: the configuration,
 * the providers' credentials and binaries, the database. A problem ends the process with a
 * clear message (exit code 2 for configuration, 1 for an unreachable dependency), never a
 * stack trace at the first job. A process that encodes (`encodes: true`) also needs libmp3lame;
 * one that serves HTTP (`serves: true`) prepares the folder of verified links when one is set.
 */
export async function startContainer(options: { encodes?: boolean; serves?: boolean } = {}): Promise<{ config: AppConfig; container: Container }> {
  let config: AppConfig;
  try {
    config = loadConfig();
    if (options.encodes) checkLameLibrary();
  } catch (error) {
    return fail(error, 2);
  }
  try {
    const container = await createContainer(config);
    await container.providers.checkAll();
    if (options.serves) await startVerifiedLinks(container);
    return { config, container };
  } catch (error) {
    if (error instanceof ProvidersNotReadyError || error instanceof ConfigError) return fail(error, 2);
    if (error instanceof DependencyUnavailableError) return fail(error, 1);
    throw error;
  }
}

async function startVerifiedLinks(container: Container): Promise<void> {
  const links = container.verifiedLinks;
  try {
    await links?.start();
  } catch (error) {
    throw new ConfigError(`VERIFIED_AUDIO_DIR ${links!.dir} cannot be used: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function fail(error: unknown, code: number): never {
  if (!(error instanceof Error) || !(error instanceof ConfigError || error instanceof ProvidersNotReadyError || error instanceof DependencyUnavailableError)) throw error;
  console.error(`tts-reader: ${error.message}`);
  process.exit(code);
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
