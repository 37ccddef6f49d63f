import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Router } from 'express';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { ProviderSet } from '../../tts/registry.js';

const run = promisify(execFile);
/** Readiness probes run often; the binaries' presence is re-checked at most this often. */
const BINARY_CHECK_TTL_MS = 30_000;

/** Liveness, readiness (Redis, ffmpeg, the TTS providers), Prometheus metrics, voices. */
export function opsRouter(deps: { redis: Redis; providers: ProviderSet; metrics: Registry }) {
  const router = Router();
  let binariesCheckedAt = 0;
  let binariesError: string | undefined;

  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    await Promise.all([
      deps.redis
        .ping()
        .then(() => (checks.redis = 'ok'))
        .catch((e: Error) => (checks.redis = `unreachable: ${e.message}`)),
      (async () => {
        if (Date.now() - binariesCheckedAt > BINARY_CHECK_TTL_MS) {
          binariesError = await run('ffmpeg', ['-hide_banner', '-version']).then(
            () => undefined,
            () => 'ffmpeg is not installed (apt-get install ffmpeg)',
          );
          binariesCheckedAt = Date.now();
        }
        checks.ffmpeg = binariesError ?? 'ok';
      })(),
      deps.providers
        .checkAll()
        .then(() => (checks.providers = 'ok'))
        .catch((e: Error) => (checks.providers = e.message)),
    ]);
    const ready = Object.values(checks).every((v) => v === 'ok');
    res.status(ready ? 200 : 503).json({ ready, checks });
  });

  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.contentType);
    res.send(await deps.metrics.metrics());
  });

  router.get('/v1/voices', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json({ voices: deps.providers.describeVoices() });
  });

  return router;
}
