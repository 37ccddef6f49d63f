// Checks the import graph (madge): no cycles, and no import that climbs back up the layers
// of docs/architecture.md. Run by `npm test` before the tests.
import madge from 'madge';

/** Layers from the top; a module may import its own layer and the ones below it. */
const LAYERS = [
  ['src/app.ts', 'src/server.ts', 'src/container.ts', 'src/worker-process.ts', 'src/startup.ts', 'src/cli.ts', 'src/cli-commands/', 'workers/'],
  ['src/api/'],
  ['src/services/', 'src/webhooks/', 'src/intake/', 'src/feeds/', 'src/bulletins/'],
  ['src/synthesis/', 'src/queue/'],
  ['src/storage/', 'src/tts/', 'src/audio/', 'src/net/', 'src/player/'],
  ['src/text/'],
  // Shared leaves: contracts and settings every layer may read.
  ['src/errors.ts', 'src/manifest.ts', 'src/voices.ts', 'src/config.ts'],
];

const layerOf = (file) => {
  const index = LAYERS.findIndex((prefixes) => prefixes.some((p) => file === p || (p.endsWith('/') && file.startsWith(p))));
  if (index === -1) throw new Error(`${file} is in no layer: add its folder to scripts/check-layers.mjs`);
  return index;
};

const graph = await madge(['src', 'workers'], { fileExtensions: ['ts'], baseDir: '.', detectiveOptions: { ts: { skipTypeImports: false } } });
const problems = [];
for (const cycle of graph.circular()) problems.push(`import cycle: ${cycle.join(' → ')}`);
for (const [file, imports] of Object.entries(graph.obj())) {
  for (const imported of imports) {
    // config.ts reads settings into the shapes the layers below define (their *-config and types modules).
    if (file === 'src/config.ts' && /(-config|types|address-policy)\.ts$/.test(imported)) continue;
    if (layerOf(imported) < layerOf(file)) problems.push(`${file} imports ${imported}, a higher layer`);
  }
}
if (problems.length) {
  console.error(`layer check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`layer check: ${Object.keys(graph.obj()).length} modules, no cycles, no import up the layers`);
