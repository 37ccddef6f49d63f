/**
 * The disk holding CACHE_DIR fills up: a file system of the test's own (tmpfs, or a loop
 * mounted image) with a filler file taking its space. Skipped, with the reason printed,
 * only where neither can be mounted.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, createDeployment, REPO_ROOT, sleep, spawnApi, spawnWorker, waitFor, type Deployment, type ServiceProcess } from '../helpers/processes.js';
import { jobStatus } from './support/jobs.js';
import { expectCompleteAudio, ListenerProbe, putArticle, requestAudio, sentenceCount, waitForManifest } from './support/listener.js';
import { mountSmallDisk, type SmallDisk } from './support/small-disk.js';

const TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');
const VOICE = 'south-male';
const LEXICON = { entries: { UBND: 'ủy ban nhân dân' } };

/** Every file under `dir` but the filler, with a hash of its content. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || entry.name === 'filler.bin') continue;
    files[path.relative(dir, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex');
  }
  return files;
}

async function put(baseUrl: string, route: string, body: unknown) {
  const res = await fetch(`${baseUrl}${route}`, { method: 'PUT', headers: { Authorization: AUTH, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { error?: { code: string; message: string } } };
}

/** A public error a listener may read: short, no server path, no tool output. */
function expectPublicMessage(message: string, cacheDir: string): void {
  expect(message.length).toBeLessThanOrEqual(200);
  expect(message).not.toContain(cacheDir);
  expect(message).not.toMatch(/(?:^|[\s'"(])\/(?:[\w.-]+\/)+/); // an absolute path
  expect(message).not.toMatch(/ffmpeg|lame|Error while|Conversion failed|No space left on device|ENOSPC|\n/i);
}

describe('a full disk under CACHE_DIR', () => {
  let disk: SmallDisk | undefined;
  let cannotMount = '';
  let d: Deployment;
  let api: ServiceProcess & { baseUrl: string };
  const workers: ServiceProcess[] = [];

  beforeAll(async () => {
    try {
      // Above the 64 MiB readiness threshold when empty, so readiness starts as ready.
      disk = await mountSmallDisk(128);
    } catch (error) {
      cannotMount = (error as Error).message;
      return;
    }
    d = await createDeployment({ cacheDir: disk.dir });
    api = await spawnApi(d.env());
    workers.push(await spawnWorker(d.env()));
  });
  afterAll(async () => {
    await Promise.all([api, ...workers].map((p) => p?.stop('SIGKILL')));
    await d?.cleanUp();
    await disk?.unmount();
  });

  it('answers 507 and stores nothing half-written, is not ready, fails jobs with a short public error, and recovers when space is freed', async ({ skip }) => {
    if (!disk) {
      console.log(`[faults] disk-full scenario SKIPPED: no small file system can be mounted here (${cannotMount})`);
      skip();
      return;
    }
    console.log(`[faults] disk full: CACHE_DIR on a ${disk.kind}`);
    await waitFor('readiness', async () => ((await fetch(`${api.baseUrl}/readyz`)).status === 200 ? true : undefined), 20_000, 250);
    expect((await put(api.baseUrl, '/v1/lexicon', LEXICON)).status).toBe(200);
    expect((await putArticle(api.baseUrl, 'het-cho', { text: TEXT })).status).toBe(201);
    const sentences = await sentenceCount(api.baseUrl, TEXT);

    const probe = new ListenerProbe(api.baseUrl, 'het-cho', VOICE, 300).start();
    // Almost full: the article's audio cannot be written, and the job fails.
    await disk.fill(256 * 1024);
    const first = await requestAudio(api.baseUrl, 'het-cho', VOICE);
    expect(first.status).toBe(202);
    const key = String(first.json!.jobId);
    const failed = await waitFor('the job to fail', async () => {
      const status = await jobStatus(api.baseUrl, key);
      return status?.state === 'failed' ? status : undefined;
    }, 60_000, 250);
    expectPublicMessage(failed.error!, d.cacheDir);
    const listenerSees = await requestAudio(api.baseUrl, 'het-cho', VOICE);
    expect(listenerSees.status).toBe(502);
    expect(listenerSees.headers.get('retry-after')).toBeTruthy();
    const publicError = (listenerSees.json as { error: { code: string; message: string } }).error;
    expect(publicError.code).toBe('generation_failed');
    expectPublicMessage(publicError.message, d.cacheDir);
    // The details are in the worker's log, for the operator.
    const logged = workers[0].logs.find((e) => String(e.msg).startsWith('synthesis failed') && e.jobId === key);
    expect(logged, 'the failure is logged with its cause').toBeDefined();
    expect(JSON.stringify(logged!.err)).toMatch(/ENOSPC|No space left|insufficient_storage|no storage space/i);
    console.log(`[faults] disk full: the job failed; listeners read "${publicError.message}", the log has ${JSON.stringify(logged!.err).length} characters of detail`);

    // Completely full: writes are refused with 507 and leave nothing behind.
    await disk.fill(0);
    const before = await snapshot(d.cacheDir);
    const newArticle = await putArticle(api.baseUrl, 'moi', { text: TEXT.replace('Sáng 12-11', 'Sáng 16-11') });
    expect(newArticle.status).toBe(507);
    expect(newArticle.body).toMatchObject({ error: { code: 'insufficient_storage' } });
    const changedArticle = await putArticle(api.baseUrl, 'het-cho', { text: TEXT.replace('Sáng 12-11', 'Sáng 17-11') });
    expect(changedArticle.status).toBe(507);
    const lexicon = await put(api.baseUrl, '/v1/lexicon', { entries: { ...LEXICON.entries, HĐND: 'hội đồng nhân dân' } });
    expect(lexicon.status).toBe(507);
    expect(lexicon.body.error?.code).toBe('insufficient_storage');
    expect(lexicon.headers.get('retry-after')).toBeTruthy();
    expect(await snapshot(d.cacheDir), 'nothing stored, nothing half-written').toEqual(before);
    // The storage probe is re-run at most every 15 s: readiness turns within that.
    const fullAt = Date.now();
    const storageCheck = await waitFor(
      'readiness to report the full disk',
      async () => {
        const res = await fetch(`${api.baseUrl}/readyz`);
        const { checks } = (await res.json()) as { checks: Record<string, string> };
        return res.status === 503 ? checks.storage : undefined;
      },
      20_000,
      250,
    );
    expect(storageCheck).toMatch(/full/);
    const notReadyAfterMs = Date.now() - fullAt;
    // The failed job's work directory goes when a worker starts (nothing of it can be streamed).
    await workers[0].stop('SIGTERM');
    workers.push(await spawnWorker(d.env()));
    await waitFor('the failed job\'s work directory to be removed', async () => ((await fs.stat(path.join(d.cacheDir, 'work', key)).catch(() => undefined)) ? undefined : true), 10_000);

    // Space again: ready, writes accepted, and the listener's next request after the back-off regenerates.
    await disk.free();
    const freedAt = Date.now();
    await waitFor('readiness after space is freed', async () => ((await fetch(`${api.baseUrl}/readyz`)).status === 200 ? true : undefined), 30_000, 250);
    const readyAfterMs = Date.now() - freedAt;
    expect((await put(api.baseUrl, '/v1/lexicon', LEXICON)).status).toBe(200);
    expect((await putArticle(api.baseUrl, 'moi', { text: TEXT.replace('Sáng 12-11', 'Sáng 16-11') })).status).toBe(201);
    let waited = 0;
    for (;;) {
      const answer = await requestAudio(api.baseUrl, 'het-cho', VOICE);
      if (answer.status !== 502) break;
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      waited++;
      await sleep(1000);
    }
    await waitForManifest(api.baseUrl, 'het-cho', VOICE, 60_000);
    await expectCompleteAudio(api.baseUrl, 'het-cho', VOICE, sentences);
    await probe.stop();
    expect(probe.violations()).toEqual([]);
    console.log(`[faults] disk full: /readyz 503 ("${storageCheck}") ${notReadyAfterMs} ms after the disk filled; freed: ready again after ${readyAfterMs} ms; the failed audio was retried automatically after ${waited} listener requests answered 502 with Retry-After`);
  }, 180_000);
});
