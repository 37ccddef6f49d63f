import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/** The built player script, with what the route needs to serve it well. */
export interface PlayerBundle {
  code: Buffer;
  gzipped: Buffer;
  etag: string;
  /** Where it came from: the build output, or an in-memory build of the sources. */
  origin: 'dist' | 'memory';
}

/** Either layout works: this file bundled into dist/server.js, or run from src/api by tsx/vitest. */
const here = path.dirname(fileURLToPath(import.meta.url));
const DIST_CANDIDATES = [path.join(here, 'player.js'), path.join(here, '..', '..', 'dist', 'player.js')];
const SOURCE_CANDIDATES = [path.join(here, '..', 'src', 'player'), path.join(here, '..', 'player')];

/**
 * Loads `player.js` once per process: the build output when it is at least as new as the
 * player's sources (always in production), else an in-memory esbuild build of
 * `src/player/player.ts` with the same options as scripts/build.mjs — so tests and
 * development never serve a stale player and need no build step first.
 */
export function createPlayerBundleLoader(options: { production: boolean }): () => Promise<PlayerBundle> {
  let pending: Promise<PlayerBundle> | undefined;
  return () => {
    pending ??= loadBundle(options.production).catch((error) => {
      pending = undefined; // let the next request try again
      throw error;
    });
    return pending;
  };
}

async function loadBundle(production: boolean): Promise<PlayerBundle> {
  const dist = DIST_CANDIDATES.find((file) => existsSync(file));
  const sources = SOURCE_CANDIDATES.find((dir) => existsSync(path.join(dir, 'player.ts')));
  if (dist && (production || !sources || (await fs.stat(dist)).mtimeMs >= (await newestMtime(sources)))) {
    return describeBundle(await fs.readFile(dist), 'dist');
  }
  if (!sources) throw new Error('player.js is not built and its sources are missing (run `node scripts/build.mjs`)');
  // esbuild is a development dependency: load it only when there is no fresh build.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(sources, 'player.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return describeBundle(Buffer.from(result.outputFiles[0].contents), 'memory');
}

function describeBundle(code: Buffer, origin: PlayerBundle['origin']): PlayerBundle {
  return { code, gzipped: gzipSync(code, { level: 9 }), etag: `"${createHash('sha256').update(code).digest('hex').slice(0, 32)}"`, origin };
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const stat = await fs.stat(path.join(entry.parentPath ?? dir, entry.name));
    newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}
