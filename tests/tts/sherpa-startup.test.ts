/**
 * Startup with the sherpa engine, as an operator runs it: the API process bundled like
 * `npm run build` does, started with SHERPA_VOICES. A model that does not load (sherpa-onnx
 * would abort the process) or a bad SHERPA_VOICES ends startup with exit code 2 and one
 * clear line; a good model starts the API.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_URL } from '../helpers/service.js';
import { createSherpaTestModels, sherpaVoices, type SherpaTestModels } from './support/sherpa-models.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
// Inside the repository, so the bundle finds node_modules as dist/ does.
const outDir = path.join(repoRoot, 'test-artifacts', `sherpa-startup-${process.pid}`);

let models: SherpaTestModels;
beforeAll(async () => {
  models = createSherpaTestModels();
  await build({ entryPoints: { server: path.join(repoRoot, 'src/server.ts') }, outdir: outDir, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', splitting: true, logLevel: 'error' });
  mkdirSync(outDir, { recursive: true });
  for (const script of ['espeak-thread.mjs', 'sherpa-thread.mjs']) copyFileSync(path.join(repoRoot, 'src/tts', script), path.join(outDir, script));
}, 60_000);
afterAll(() => {
  models?.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

/** Starts the API; resolves when it exits, or when it prints its demo URL (then stops it). */
function startApi(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(outDir, 'server.js')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', REDIS_URL, EDITOR_API_KEYS: 'k', LOG_LEVEL: 'silent', CACHE_DIR: path.join(models.root, 'cache'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (piece: Buffer) => {
    stdout += piece;
    if (stdout.includes('Demo page')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (piece: Buffer) => (stderr += piece));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('startup with SHERPA_VOICES', () => {
  it('refuses a model that does not load: exit 2 and one line naming the voice and the reason', async () => {
    const model = models.add('broken');
    truncateSync(path.join(model.dir, 'model.onnx'), 500);
    const { code, stderr } = await startApi({ TTS_VOICE_PROVIDERS: 'north-male=sherpa', SHERPA_VOICES: JSON.stringify({ 'north-male': sherpaVoices(model)['north-male'] }) });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('tts-reader: TTS providers not ready: sherpa: the model of north-male (tiny-broken) does not load: Load model from model.onnx failed:Protobuf parsing failed.');
  }, 30_000);

  it('refuses a SHERPA_VOICES that is not valid: exit 2, naming the variable', async () => {
    const { code, stderr } = await startApi({ TTS_PROVIDER: 'sherpa', SHERPA_VOICES: '{"north-female": {"dir": "/m"' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tts-reader: SHERPA_VOICES is not valid JSON/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 30_000);

  it('starts the API on a model that loads', async () => {
    const model = models.add('good');
    const { stdout, stderr } = await startApi({ TTS_PROVIDER: 'sherpa', SHERPA_VOICES: JSON.stringify(sherpaVoices(model)) });
    expect(stderr).toBe('');
    expect(stdout).toContain('Demo page: http://localhost:');
  }, 30_000);
});
