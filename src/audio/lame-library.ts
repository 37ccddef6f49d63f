import { createRequire } from 'node:module';
import { ConfigError } from '../errors.js';

const require = createRequire(import.meta.url);

/** The shared library the encoder threads load (lame-thread.mjs); Debian's ffmpeg depends on it. */
export const LAME_LIBRARY = 'libmp3lame.so.0';

/**
 * Refuses to go on when libmp3lame cannot be loaded, so a worker on a machine without it
 * stops at start with a clear message instead of failing every job.
 * @example checkLameLibrary() // throws ConfigError when the library is missing
 */
export function checkLameLibrary(library = LAME_LIBRARY): void {
  const koffi = require('koffi') as { load(name: string): { unload(): void } };
  try {
    koffi.load(library).unload();
  } catch {
    throw new ConfigError(`${library} cannot be loaded: the MP3 encoder needs LAME (Debian/Ubuntu: apt-get install libmp3lame0, which ffmpeg depends on)`);
  }
}
