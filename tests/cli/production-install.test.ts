/**
 * The built CLI from a production install (what the Dockerfile ships after
 * `npm prune --omit=dev`): built into a temp dir, installed with `npm ci --omit=dev` from
 * the local npm cache, and run against the real service.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, startTestService, type TestService } from '../helpers/service.js';
import { htmlPage, startLocalHttpServer, type LocalHttpServer } from '../helpers/local-http.js';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
let prod: string;

/** Runs `node dist/cli.js ARGS` from the production install; never throws, returns the exit code. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(prod, 'dist/cli.js'), ...args], { cwd: prod, env, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  prod = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-reader-prod-'));
  await run(process.execPath, ['scripts/build.mjs'], { cwd: repo, env: { ...process.env, BUILD_OUT_DIR: path.join(prod, 'dist') } });
  for (const file of ['package.json', 'package-lock.json']) await fs.copyFile(path.join(repo, file), path.join(prod, file));
  // From the local cache (the repo's own `npm ci` filled it); the registry only for a miss.
  await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: prod, timeout: 170_000 });
}, 180_000);
afterAll(() => fs.rm(prod, { recursive: true, force: true }));

describe('the CLI from a production install', () => {
  it('has its run-time packages and none of the dev ones', () => {
    expect(existsSync(path.join(prod, 'node_modules/cli-progress'))).toBe(true);
    expect(existsSync(path.join(prod, 'node_modules/vitest'))).toBe(false);
  });

  it('runs `pregenerate --help` (it imports cli-progress)', async () => {
    const { code, stdout, stderr } = await cli(['pregenerate', '--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: tts-reader pregenerate/);
  });

  it('exits 2 with the usage on bad arguments', async () => {
    const { code, stderr } = await cli(['pregenerate', '--ids', 'a', '--voices', 'west-male', '--key', 'k']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown voice "west-male"');
    expect(stderr).not.toContain('    at '); // no stack trace for a user's mistake
  });

  describe('against the real service', () => {
    let t: TestService;
    let site: LocalHttpServer;
    const jsonl = path.join(os.tmpdir(), `tts-reader-cli-${process.pid}.jsonl`);

    beforeAll(async () => {
      site = await startLocalHttpServer({
        '/bai/mua-lon.html': htmlPage('<html><body><h1>Mưa lớn ở Pleiku</h1><article><p>Chiều 30-11, Pleiku có mưa lớn kéo dài hai giờ, nhiều tuyến phố ngập.</p><p>Người dân được khuyến cáo hạn chế ra đường.</p></article></body></html>'),
        // Stands in for Zalo AI refusing the key: south-male jobs fail for good.
        '/zalo/tts': (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ error_code: 401, error_message: 'Invalid API key' })),
      });
      t = await startTestService({
        env: { FETCH_PRIVATE_HOSTS: '127.0.0.1', TTS_VOICE_PROVIDERS: 'south-male=zalo', ZALO_API_KEY: 'khoa-sai', ZALO_TTS_URL: `${site.origin}/zalo/tts` },
      });
      const lines = [
        { id: 'tin-1', title: 'Giá cà phê tăng', text: 'Sáng 1-12, giá cà phê tăng 2.000 đồng/kg.', category: 'Kinh tế' },
        { id: 'tin-2', url: `${site.origin}/bai/mua-lon.html`, category: 'Thời sự' },
        { id: 'tin-3', url: 'http://[::1]/noi-bo.html' },
      ];
      await fs.writeFile(jsonl, lines.map((l) => JSON.stringify(l)).join('\n'));
    });
    afterAll(async () => {
      await t.close();
      await site.close();
      await fs.rm(jsonl, { force: true });
    });

    it('registers a JSON Lines file, follows the batch, prints the summary and exits 1 when items failed', async () => {
      const { code, stdout, stderr } = await cli(['pregenerate', jsonl, '--voices', 'north-female,south-male', '--api', t.baseUrl, '--key', EDITOR_KEY]);
      expect(code).toBe(1);
      expect(stderr).toContain('.jsonl:3: url: host ::1 resolves to a loopback address (::1)');
      const table = stdout.split('\n');
      expect(table[0].split(/\s+/)).toEqual(['voice', 'ready', 'failed', 'pending']);
      expect(table[1].split(/\s+/)).toEqual(['north-female', '2', '1', '0']);
      expect(table[2].split(/\s+/)).toEqual(['south-male', '0', '3', '0']);
      expect(table[3].split(/\s+/)).toEqual(['total', '2', '4', '0']);
      expect(stdout).toContain('tin-1  south-male  zalo: error 401: Invalid API key');
      expect(stdout).toContain('tin-3  north-female  not registered: url: host ::1 resolves to a loopback address (::1)');
      const stored = await (await fetch(`${t.baseUrl}/v1/articles/tin-2`, { headers: { authorization: t.auth } })).json();
      expect(stored.cleanText).toContain('Người dân được khuyến cáo hạn chế ra đường.');
    }, 90_000);

    it('exits 0 when every item is ready, and `feed` prints the voice\'s podcast feed', async () => {
      const ok = await cli(['pregenerate', '--ids', 'tin-1,tin-2', '--voices', 'north-female', '--api', t.baseUrl, '--key', EDITOR_KEY]);
      expect(ok.code).toBe(0);
      expect(ok.stdout.split('\n')[2].split(/\s+/)).toEqual(['total', '2', '0', '0']);
      const feed = await cli(['feed', 'north-female', '--category', 'Thời sự', '--api', t.baseUrl]);
      expect(feed.code).toBe(0);
      const parsed = await new Parser().parseString(feed.stdout);
      expect(parsed.items.map((i) => i.title)).toEqual(['Mưa lớn ở Pleiku']);
    }, 90_000);
  });

  it('passes --dry-run through as ?dryRun=1, prints the answer and registers nothing', async () => {
    // POST /v1/pregenerate?dryRun=1 is the lead's endpoint (issue #12), not in this branch:
    // a stand-in answers it so the CLI's side of the contract is checked.
    const estimate = { dryRun: true, providers: { espeak: { characters: 1234, requests: 12 } }, cached: 1 };
    const service = await startLocalHttpServer({ '/v1/pregenerate': (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(estimate)) });
    const { code, stdout } = await cli(['pregenerate', '--ids', 'tin-1,tin-2', '--voices', 'all', '--dry-run', '--api', service.origin, '--key', 'k']);
    await service.close();
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(estimate);
    expect(service.received.map((r) => [r.method, r.path])).toEqual([['POST', '/v1/pregenerate']]);
    // "all" leaves the voices to the server: every one it offers (its VOICES setting).
    expect(JSON.parse(service.received[0].body)).toEqual({ articles: ['tin-1', 'tin-2'] });
  });
});
