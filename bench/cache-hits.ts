/**
 * Cache hits as browsers and CDNs make them: keep-alive connections sending a browser's
 * headers and random 64 KiB `Range` requests all over a finished MP3 (and GETs of its
 * manifest), against baselines in the same run — a minimal node:http server answering the
 * same ranges from the same file with fs.createReadStream, the same server from memory (for
 * orientation), nginx serving the file alone, nginx in front of an API that answers
 * with X-Accel-Redirect, and nginx sending the files the API verified from its links. Every target is warmed up first (a running server, as a CDN meets
 * it), then measured in rounds with the order reversed every other round, and each ratio is
 * the median of the per-round ratios (a service and its baseline measured side by side).
 * See docs/benchmarks.md.
 */
import { once } from 'node:events';
import { lstat, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startTestS3, type TestS3 } from '../tests/helpers/s3.js';
import { findNginx, startNginx, type RunningNginx } from './baselines/nginx.js';
import type { BenchContext } from './context.js';
import { BROWSER_HEADERS, requireWrk, runLoad, type LoadOptions, type LoadResult } from './load.js';
import { spawnNode, stopProcess } from './processes.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const RANGE_BYTES = 64 * 1024;
const CONNECTIONS = 32;
/** Connection counts of the "how it scales" series (32 is the main figure). */
const MORE_CONNECTIONS = [1, 256];
const TARGETS = {
  range: { ratio: 3, of: 'node fs stream' },
  nginx: { ratio: 0.8, of: 'nginx alone' },
  manifest: { ratio: 2, of: 'node fs stream' },
};

interface Target {
  name: string;
  url: string;
  range?: LoadOptions['range'];
  connections: number;
  /** Processes whose CPU time is this target's cost. */
  pids: () => number[];
  /** The service's own answer (through nginx or not): its ETag and CORS headers are checked too. */
  service?: boolean;
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

/** One range through every target must be the file's bytes (and the service's headers): a fast wrong answer is no figure. */
async function checkRanges(targets: Target[], file: Buffer, key: string): Promise<void> {
  for (const t of targets.filter((target) => target.range)) {
    const res = await fetch(t.url, { headers: { ...BROWSER_HEADERS, Range: 'bytes=100000-165535' } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 206 || !body.equals(file.subarray(100000, 165536))) throw new Error(`${t.name}: a range came back wrong (${res.status}, ${body.length} bytes)`);
    if (t.service && (res.headers.get('etag') !== `"${key}"` || res.headers.get('access-control-allow-origin') !== '*' || res.headers.get('x-content-type-options') !== 'nosniff')) {
      throw new Error(`${t.name}: the service's ETag, CORS or security headers did not arrive`);
    }
  }
}

/** Measures each target `rounds` times (order reversed every other round) after a warm-up. */
async function measureRounds(ctx: BenchContext, targets: Target[], rounds: number, durationSec: number): Promise<Map<string, LoadResult[]>> {
  const results = new Map<string, LoadResult[]>(targets.map((t) => [t.name, []]));
  const load = (t: Target, seconds: number) => runLoad({ url: t.url, connections: t.connections, durationSec: seconds, range: t.range, serverPids: t.pids() });
  for (const t of targets) await load(t, Math.min(2, durationSec));
  for (let round = 0; round < rounds; round++) {
    for (const t of round % 2 ? [...targets].reverse() : targets) {
      const result = await load(t, durationSec);
      if (result.failures > 0) throw new Error(`${t.name}: ${result.failures} failed requests`);
      results.get(t.name)!.push(result);
      const cpu = result.cpuPerRequest === undefined ? '' : `, ${(result.cpuPerRequest * 1e6).toFixed(1)} µs CPU/request`;
      ctx.log(`cache-hits round ${round + 1} ${t.name}: ${Math.round(result.rps)} rps, p99 ${result.p99Ms} ms${cpu}, load ${result.loadAvg.toFixed(2)}`);
    }
  }
  return results;
}

/** Turns the rounds into table rows. */
function rowsOf(results: Map<string, LoadResult[]>) {
  const of = (name: string) => results.get(name) ?? [];
  const rps = (name: string) => median(of(name).map((r) => r.rps));
  const load = (...names: string[]) => median(names.flatMap((n) => of(n).map((r) => r.loadAvg)));
  /** Median of the per-round ratios: each service round against the baseline round next to it. */
  const pairedRatio = (name: string, baseline: string) => median(of(name).map((r, i) => r.rps / of(baseline)[i].rps));
  const compare = (metric: string, name: string, baseline: string, target?: { ratio: number; of: string }): ResultRow[] => {
    const ratio = pairedRatio(name, baseline);
    return [
      {
        stage: 'cache-hits',
        metric: `${metric} rps`,
        value: rps(name),
        unit: 'req/s',
        baseline: rps(baseline),
        ratio,
        target: target && `≥ ${target.ratio}× ${target.of}`,
        pass: target && ratio >= target.ratio,
        samples: of(name).map((r) => Math.round(r.rps)),
        load: load(name, baseline),
        note: `baseline samples ${of(baseline).map((r) => Math.round(r.rps)).join('/')}`,
      },
      { stage: 'cache-hits', metric: `${metric} p99`, value: median(of(name).map((r) => r.p99Ms)), unit: 'ms', baseline: median(of(baseline).map((r) => r.p99Ms)), load: load(name, baseline) },
    ];
  };
  /** What one core can answer: requests per CPU second of the server's processes. */
  const perCore = (metric: string, name: string): ResultRow => {
    const cpu = median(of(name).map((r) => r.cpuPerRequest ?? Number.NaN));
    return { stage: 'cache-hits', metric: `${metric}, rps per server core`, value: 1 / cpu, unit: 'req/s', samples: of(name).map((r) => Math.round(1 / (r.cpuPerRequest ?? Number.NaN))), load: load(name), note: `${(cpu * 1e6).toFixed(1)} µs CPU per request` };
  };
  return { compare, perCore, has: (name: string) => of(name).length > 0 };
}

/** Runs the cache-hit benchmark. */
export async function benchCacheHits(ctx: BenchContext): Promise<ResultRow[]> {
  requireWrk();
  const durationSec = ctx.options.quick ? 2 : 4;
  const rounds = Math.max(ctx.options.runs, ctx.options.quick ? 1 : 3);
  const text = await readFile(ctx.options.article, 'utf8');
  const services: ServiceUnderTest[] = [];
  const servers: ChildProcess[] = [];
  let nginx: RunningNginx | undefined;
  let s3: TestS3 | undefined;
  let linksDir: string | undefined;
  try {
    const local = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
    services.push(local);
    s3 = await startTestS3();
    const remote = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, env: s3.env('audio') });
    services.push(remote);
    await local.putArticle('hits', text);
    await remote.putArticle('hits', text);
    const manifest = await local.waitForManifest('hits');
    const remoteManifest = await remote.waitForManifest('hits');

    const mp3 = local.audioPath(manifest.key);
    const manifestFile = mp3.replace(/\.mp3$/, '.json');
    const fsServer = await startStaticServer(ctx, 'fs', [mp3, manifestFile]);
    const memoryServer = await startStaticServer(ctx, 'memory', [mp3, manifestFile]);
    servers.push(fsServer.process, memoryServer.process);
    // One API behind both nginx servers: X-Accel-Redirect on every request, or links to the files it verified.
    linksDir = await mkdtemp(path.join(os.tmpdir(), 'tts-bench-links-'));
    const behindNginx = await local.addApi({ ACCEL_REDIRECT_PREFIX: '/_audio/', VERIFIED_AUDIO_DIR: linksDir });
    const nginxBinary = findNginx();
    if (nginxBinary) nginx = await startNginx(nginxBinary, { audioDir: path.dirname(mp3), linksDir, apiPort: behindNginx.port });
    else ctx.log('cache-hits: nginx is not installed (apt-get install nginx): its figures are left out');

    const file = await readFile(mp3);
    const range = { bytes: RANGE_BYTES, fileBytes: file.length };
    const mp3Name = `/${path.basename(mp3)}`;
    const byPid = (...pids: (number | undefined)[]) => () => pids.filter((p): p is number => p !== undefined);
    const rangeTargets = (connections: number): Target[] => [
      { name: `range:service@${connections}`, url: `${local.baseUrl}${manifest.audioUrl}`, range, connections, pids: byPid(local.apiPid), service: true },
      { name: `range:fs@${connections}`, url: fsServer.url + mp3Name, range, connections, pids: byPid(fsServer.process.pid) },
    ];
    const main: Target[] = [
      ...rangeTargets(CONNECTIONS),
      { name: 'range:service-s3', url: `${remote.baseUrl}${remoteManifest.audioUrl}`, range, connections: CONNECTIONS, pids: byPid(remote.apiPid), service: true },
      { name: 'range:memory', url: memoryServer.url + mp3Name, range, connections: CONNECTIONS, pids: byPid(memoryServer.process.pid) },
      ...(nginx
        ? [
            { name: 'range:nginx+api', url: `${nginx.proxyUrl}${manifest.audioUrl}`, range, connections: CONNECTIONS, pids: () => [...nginx!.workerPids(), behindNginx.pid], service: true },
            { name: 'range:nginx-links', url: `${nginx.directUrl}${manifest.audioUrl}`, range, connections: CONNECTIONS, pids: () => [...nginx!.workerPids(), behindNginx.pid], service: true },
            { name: 'range:nginx', url: nginx.staticUrl + mp3Name, range, connections: CONNECTIONS, pids: () => nginx!.workerPids() },
          ]
        : []),
      { name: 'manifest:service', url: `${local.baseUrl}/v1/articles/hits/audio?voice=north-female`, connections: CONNECTIONS, pids: byPid(local.apiPid) },
      { name: 'manifest:fs', url: `${fsServer.url}/${path.basename(manifestFile)}`, connections: CONNECTIONS, pids: byPid(fsServer.process.pid) },
    ];
    if (nginx) await linkFor(nginx.directUrl + manifest.audioUrl, path.join(linksDir, `${manifest.key}.mp3`));
    await checkRanges(main, file, manifest.key);
    const results = await measureRounds(ctx, main, rounds, durationSec);
    for (const connections of MORE_CONNECTIONS) {
      for (const [name, samples] of await measureRounds(ctx, rangeTargets(connections), rounds, durationSec)) results.set(name, samples);
    }

    const { compare, perCore, has } = rowsOf(results);
    return [
      ...compare(`64 KiB random range, ${CONNECTIONS} connections`, `range:service@${CONNECTIONS}`, `range:fs@${CONNECTIONS}`, TARGETS.range),
      ...compare('… the same, S3-backed store (s3rver)', 'range:service-s3', `range:fs@${CONNECTIONS}`),
      ...compare('… node:http from memory (orientation)', 'range:memory', `range:fs@${CONNECTIONS}`),
      ...(has('range:nginx') ? compare('… behind nginx, X-Accel-Redirect (the API asked every time)', 'range:nginx+api', 'range:nginx') : []),
      ...(has('range:nginx') ? compare('… behind nginx, verified links (VERIFIED_AUDIO_DIR)', 'range:nginx-links', 'range:nginx', TARGETS.nginx) : []),
      ...MORE_CONNECTIONS.flatMap((c) => compare(`64 KiB random range, ${c} connection${c === 1 ? '' : 's'}`, `range:service@${c}`, `range:fs@${c}`)),
      ...compare(`manifest, ${CONNECTIONS} connections`, 'manifest:service', 'manifest:fs', TARGETS.manifest),
      perCore('64 KiB range (service)', `range:service@${CONNECTIONS}`),
      perCore('manifest (service)', 'manifest:service'),
      perCore('64 KiB range (service, S3-backed)', 'range:service-s3'),
      perCore('64 KiB range (fs-stream baseline)', `range:fs@${CONNECTIONS}`),
      ...(has('range:nginx')
        ? [perCore('64 KiB range (nginx alone)', 'range:nginx'), perCore('64 KiB range (nginx + API)', 'range:nginx+api'), perCore('64 KiB range (nginx, verified links)', 'range:nginx-links')]
        : []),
    ];
  } finally {
    await nginx?.stop();
    await Promise.all(servers.map((s) => stopProcess(s)));
    await Promise.all(services.map((s) => s.close()));
    await s3?.stop();
    if (linksDir) await rm(linksDir, { recursive: true, force: true });
  }
}

/** The first request through nginx reaches the API, which verifies the file and links it: wait for the link. */
async function linkFor(url: string, link: string): Promise<void> {
  await fetch(url, { headers: BROWSER_HEADERS }).then((res) => res.arrayBuffer());
  const deadline = Date.now() + 10_000;
  while (!(await lstat(link).then(() => true, () => false))) {
    if (Date.now() > deadline) throw new Error('the API did not link the verified MP3 within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}
