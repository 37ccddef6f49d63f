// Bundles the entry points with esbuild (type checking is `npm run typecheck`).
// Server-side bundles keep npm packages external; the player is a self-contained browser bundle.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

// BUILD_OUT_DIR: build elsewhere than dist/ (the production-install test builds into a temp dir).
const outdir = process.env.BUILD_OUT_DIR ?? 'dist';
const present = (entries) => Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

const nodeOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  outdir,
  // Shared code and lazily imported commands go to chunks, so `cli normalize` loads no TTS SDK.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
};

await Promise.all([
  build({
    ...nodeOptions,
    entryPoints: present({
      cli: 'src/cli.ts',
      server: 'src/server.ts',
      worker: 'workers/synthesize.ts',
      'bench/run': 'bench/run.ts',
    }),
  }),
  existsSync('src/player/player.ts') &&
    build({
      entryPoints: { player: 'src/player/player.ts' },
      outdir,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      logLevel: 'warning',
    }),
]);

// Worker-thread scripts are plain JavaScript, loaded by path at run time: copy them beside the bundles.
mkdirSync(outdir, { recursive: true });
for (const script of ['tts/espeak-thread.mjs', 'tts/sherpa-thread.mjs', 'audio/lame-thread.mjs']) copyFileSync(`src/${script}`, `${outdir}/${script.split('/').pop()}`);
