/**
 * Cache hits: requests per second and p99 latency of the service's manifest route and of
 * 64 KiB Range requests on its MP3, against minimal node:http servers on the same files
 * in the same run (fs streaming — the baseline — and from memory, for orientation). The
 * load generator is autocannon in a process of its own; every figure is the median of the
 * runs, and the targets are run in turn within each round so drift hits all of them alike.
 */
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { BenchContext } from './context.js';
import { runLoad, type LoadResult } from './load.js';
import { spawnNode, stopProcess } from './processes.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const CONNECTIONS = 20;
const RANGE_BYTES = 64 * 1024;
const TARGET_RATIO = 2;

interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

/** Starts `run.js --serve-static <mode> <files>` and returns its base URL. */
async function startStaticServer(ctx: BenchContext, mode: 'fs' | 'memory', files: string[]): Promise<{ url: string; process: ChildProcess }> {
  const child = spawnNode(ctx.benchScript, ['--serve-static', mode, ...files]);
  const [line] = (await Promise.race([
    once(child.stdout!, 'data'),
    once(child, 'exit').then(() => {
      throw new Error(`static server exited:\n${child.stderrTail()}`);
    }),
  ])) as [Buffer];
  const port = /listening (\d+)/.exec(line.toString())?.[1];
  if (!port) throw new Error(`static server said: ${line}`);
  return { url: `http://127.0.0.1:${port}`, process: child };
}

/** Runs the cache-hit benchmark. */
export async function benchCacheHits(ctx: BenchContext): Promise<ResultRow[]> {
  const durationSec = ctx.options.quick ? 2 : 5;
  const runs = Math.max(ctx.options.runs, ctx.options.quick ? 1 : 3);
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const servers: ChildProcess[] = [];
  try {
    await service.putArticle('hits', await readFile(ctx.options.article, 'utf8'));
    const manifest = await service.waitForManifest('hits');
    const mp3 = service.audioPath(manifest.key);
    const manifestFile = mp3.replace(/\.mp3$/, '.json');
    const fsServer = await startStaticServer(ctx, 'fs', [mp3, manifestFile]);
    const memoryServer = await startStaticServer(ctx, 'memory', [mp3, manifestFile]);
    servers.push(fsServer.process, memoryServer.process);

    // A range in the middle of the file, as a seeking player asks for it.
    const size = statSync(mp3).size;
    const start = Math.max(0, Math.floor(size / 2) - RANGE_BYTES / 2);
    const range = { Range: `bytes=${start}-${start + RANGE_BYTES - 1}` };
    const mp3Name = `/${path.basename(mp3)}`;
    const jsonName = `/${path.basename(manifestFile)}`;
    const targets: Target[] = [
      { name: 'manifest:service', url: `${service.baseUrl}/v1/articles/hits/audio?voice=north-female` },
      { name: 'manifest:fs', url: fsServer.url + jsonName },
      { name: 'range:service', url: `${service.baseUrl}${manifest.audioUrl}`, headers: range },
      { name: 'range:fs', url: fsServer.url + mp3Name, headers: range },
      { name: 'range:memory', url: memoryServer.url + mp3Name, headers: range },
    ];
    const results = new Map<string, LoadResult[]>(targets.map((t) => [t.name, []]));
    // Warm-up: fills the service's in-memory cache and lets every server JIT its path.
    for (const t of targets) await runLoad({ ...t, connections: CONNECTIONS, durationSec: 1 });
    for (let run = 0; run < runs; run++) {
      for (const t of targets) {
        const result = await runLoad({ ...t, connections: CONNECTIONS, durationSec });
        if (result.failures > 0) throw new Error(`${t.name}: ${result.failures} failed requests`);
        results.get(t.name)!.push(result);
        ctx.log(`cache-hits run ${run + 1} ${t.name}: ${Math.round(result.rps)} rps, p99 ${result.p99Ms} ms`);
      }
    }
    const rps = (name: string) => median(results.get(name)!.map((r) => r.rps));
    const p99 = (name: string) => median(results.get(name)!.map((r) => r.p99Ms));
    const samples = (name: string) => results.get(name)!.map((r) => Math.round(r.rps));
    const compare = (what: 'manifest' | 'range', label: string): ResultRow[] => {
      const ratio = rps(`${what}:service`) / rps(`${what}:fs`);
      return [
        { stage: 'cache-hits', metric: `${label} rps`, value: rps(`${what}:service`), unit: 'req/s', baseline: rps(`${what}:fs`), ratio, target: `≥ ${TARGET_RATIO}× node fs stream`, pass: ratio >= TARGET_RATIO, samples: samples(`${what}:service`) },
        { stage: 'cache-hits', metric: `${label} p99`, value: p99(`${what}:service`), unit: 'ms', baseline: p99(`${what}:fs`), ratio: p99(`${what}:service`) / p99(`${what}:fs`) },
      ];
    };
    return [
      ...compare('manifest', 'manifest'),
      ...compare('range', '64 KiB range'),
      { stage: 'cache-hits', metric: '64 KiB range rps, node memory server (orientation)', value: rps('range:memory'), unit: 'req/s', baseline: rps('range:fs'), ratio: rps('range:memory') / rps('range:fs'), samples: samples('range:memory') },
      { stage: 'cache-hits', metric: 'baseline node fs stream, manifest', value: rps('manifest:fs'), unit: 'req/s', samples: samples('manifest:fs') },
      { stage: 'cache-hits', metric: 'baseline node fs stream, 64 KiB range', value: rps('range:fs'), unit: 'req/s', samples: samples('range:fs') },
    ];
  } finally {
    await Promise.all(servers.map((s) => stopProcess(s)));
    await service.close();
  }
}
