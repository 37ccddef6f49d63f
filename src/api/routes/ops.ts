import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Router } from 'express';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { ObjectStore } from '../../storage/object-store.js';
import type { Database } from '../../storage/postgres/database.js';
import type { ProviderSet } from '../../tts/registry.js';
import { withTimeout } from '../../services/metrics.js';
import type { VoiceId } from '../../voices.js';

const run = promisify(execFile);
/** Slow probes (binaries, engines, disk) are re-run at most this often. */
const SLOW_CHECK_TTL_MS = 15_000;
/** Each readiness probe gets this long; a dependency that does not answer in time is down. */
const PROBE_TIMEOUT_MS = 800;
/** Below this much free space on the audio disk the service cannot take new audio. */
const MIN_FREE_BYTES = 64 * 1024 * 1024;

export interface ReadinessDeps {
  /** The voices this deployment offers (VOICES). */
  voices: readonly VoiceId[];
  redis: Redis;
  providers: ProviderSet;
  objects: ObjectStore;
  database?: Database;
  queue: { liveWorkers(): Promise<number> };
  metrics: { registry: Registry };
}

/** Liveness, readiness (Redis, workers, storage, database, ffmpeg, TTS engines), Prometheus metrics, voices. */
export function opsRouter(deps: ReadinessDeps) {
  const router = Router();
  const slow = cachedChecks(deps);

  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });

  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    const probe = async (name: string, check: () => Promise<string>) => {
      checks[name] = (await withTimeout(check().catch((e: Error) => e.message), PROBE_TIMEOUT_MS)) ?? `unreachable: no answer within ${PROBE_TIMEOUT_MS} ms`;
    };
    await Promise.all([
      probe('redis', () => deps.redis.ping().then((pong) => (pong === 'PONG' ? 'ok' : 'unexpected answer'), (e: Error) => `unreachable: ${e.message}`)),
      probe('workers', async () => ((await deps.queue.liveWorkers()) > 0 ? 'ok' : 'no worker is consuming the queue')),
      probe('storage', slow.storage),
      probe('ffmpeg', slow.ffmpeg),
      probe('providers', slow.providers),
      ...(deps.database ? [probe('database', async () => ((await deps.database!.query('SELECT 1')).rowCount === 1 ? 'ok' : 'no answer'))] : []),
    ]);
    const ready = Object.values(checks).every((v) => v === 'ok');
    res.setHeader('Cache-Control', 'no-store');
    if (!ready) res.setHeader('Retry-After', '5');
    res.status(ready ? 200 : 503).json({ ready, checks });
  });

  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });

  router.get('/v1/voices', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json({ voices: deps.providers.describeVoices(deps.voices) });
  });

  return router;
}

/** Probes too costly to run on every poll, remembered for a few seconds. */
function cachedChecks(deps: ReadinessDeps) {
  const remember = (check: () => Promise<string>) => {
    let last: { at: number; value: Promise<string> } | undefined;
    return () => {
      if (!last || Date.now() - last.at > SLOW_CHECK_TTL_MS) last = { at: Date.now(), value: check().catch((e: Error) => e.message) };
      return last.value;
    };
  };
  return {
    ffmpeg: remember(() => run('ffmpeg', ['-hide_banner', '-version']).then(() => 'ok', () => 'ffmpeg is not installed (apt-get install ffmpeg)')),
    providers: remember(() => deps.providers.checkAll().then(() => 'ok')),
    storage: remember(() => checkStorage(deps.objects)),
  };
}

/** Room and write access where audio is kept (a full disk fails here before it fails a job). */
async function checkStorage(objects: ObjectStore): Promise<string> {
  if (objects.localPath) {
    const root = path.dirname(objects.localPath('readyz'));
    await fs.mkdir(root, { recursive: true });
    const stats = await fs.statfs(root);
    const free = stats.bavail * stats.bsize;
    if (free < MIN_FREE_BYTES) return `storage is almost full (${Math.round(free / 1024 / 1024)} MiB free)`;
  }
  const probe = `readyz/${process.pid}`;
  await objects.put(probe, 'ok').catch((error: Error & { code?: string }) => {
    throw new Error(error.code === 'insufficient_storage' ? 'storage is full' : 'storage cannot be written');
  });
  await objects.delete(probe);
  return 'ok';
}
