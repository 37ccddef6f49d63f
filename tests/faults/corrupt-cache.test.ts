/**
 * Finished audio damaged on disk behind the service's back: a truncated MP3, a manifest that
 * is not JSON, an MP3 missing under its manifest. Two API processes watch: one that has
 * served the audio (manifest and MP3 warm in memory, the hot path) and one that has not
 * (first reads, MP3s streamed from disk: MEMORY_CACHE_BYTES=0). Neither may answer 200 with
 * a broken file; the damaged files are set aside under quarantine/ and the audio regenerated.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeployment, REPO_ROOT, spawnApi, spawnWorker, waitFor, type Deployment, type ServiceProcess } from '../helpers/processes.js';
import { expectCompleteAudio, ListenerProbe, putArticle, requestAudio, sentenceCount, waitForManifest } from './support/listener.js';

const TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');
const VOICE = 'north-male';

const DAMAGE: Record<string, (audioDir: string, key: string) => Promise<void>> = {
  'a truncated MP3': async (dir, key) => {
    const file = path.join(dir, `${key}.mp3`);
    const { size } = await fs.stat(file);
    await fs.truncate(file, Math.floor(size / 2));
  },
  'an MP3 of the right size with damaged bytes': async (dir, key) => {
    const file = path.join(dir, `${key}.mp3`);
    const bytes = await fs.readFile(file);
    bytes.fill(0x55, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 4096);
    await fs.writeFile(file, bytes);
  },
  'a manifest that is not JSON': (dir, key) => fs.writeFile(path.join(dir, `${key}.json`), '{"voice": "north-male", "segments": [ garbage'),
  'an MP3 missing under its manifest': (dir, key) => fs.rm(path.join(dir, `${key}.mp3`)),
};

describe('damaged audio files', () => {
  let d: Deployment;
  let warm: ServiceProcess & { baseUrl: string };
  let cold: ServiceProcess & { baseUrl: string };
  let worker: ServiceProcess;

  beforeAll(async () => {
    d = await createDeployment();
    [warm, cold, worker] = await Promise.all([spawnApi(d.env()), spawnApi(d.env({ MEMORY_CACHE_BYTES: '0' })), spawnWorker(d.env())]);
  });
  afterAll(async () => {
    await Promise.all([warm, cold, worker].map((p) => p?.stop('SIGKILL')));
    await d?.cleanUp();
  });

  let n = 0;
  for (const [damage, apply] of Object.entries(DAMAGE)) {
    it(`${damage}: never served with 200, set aside under quarantine/ and regenerated`, async () => {
      // Each case has its own article (its own audio key): a different text.
      const id = `ca-phe-${++n}`;
      const text = TEXT.replace('Sáng 12-11', `Sáng ${12 + n}-11`);
      expect((await putArticle(warm.baseUrl, id, { text })).status).toBe(201);
      const sentences = await sentenceCount(warm.baseUrl, text);
      const original = await waitForManifest(warm.baseUrl, id, VOICE);
      const key = original.key;
      // The warm API has served manifest and MP3 (both now in its memory).
      const probes = [new ListenerProbe(warm.baseUrl, id, VOICE, 100).start()];
      await waitFor('the warm API to have served the MP3', () => (probes[0].manifests.size > 0 ? true : undefined));

      await apply(path.join(d.cacheDir, 'audio'), key);
      // Right after the damage, the API that never read this audio is asked everything a player asks.
      const direct = await fetch(`${cold.baseUrl}/v1/audio/${key}.mp3`);
      const directBody = Buffer.from(await direct.arrayBuffer());
      if (direct.status === 200) expect(createHash('sha256').update(directBody).digest('hex'), 'a 200 MP3 is the intact file').toBe(original.mp3.sha256);
      else expect(direct.status).toBe(404);
      const manifestAnswer = await requestAudio(cold.baseUrl, id, VOICE);
      expect([200, 202]).toContain(manifestAnswer.status);
      probes.push(new ListenerProbe(cold.baseUrl, id, VOICE, 100).start());

      const quarantined = await waitFor(
        'the damaged files to be set aside',
        async () => {
          const names = await fs.readdir(path.join(d.cacheDir, 'quarantine')).catch(() => [] as string[]);
          const ours = names.filter((name) => name.startsWith(key));
          return ours.length ? ours : undefined;
        },
        30_000,
      );
      expect(quarantined.some((name) => name.endsWith('.json')), 'the manifest went first').toBe(true);

      const regenerated = await expectCompleteAudio(cold.baseUrl, id, VOICE, sentences);
      await expectCompleteAudio(warm.baseUrl, id, VOICE, sentences);
      expect(regenerated.key).toBe(key);
      expect(regenerated.createdAt > original.createdAt, 'made again, not the damaged one').toBe(true);
      for (const probe of probes) await probe.stop();
      console.log(`[faults] ${damage}: quarantined ${quarantined.join(', ')}; audio route answers warm ${JSON.stringify(probes[0].countsByStatus())}, cold ${JSON.stringify(probes[1].countsByStatus())}`);
      expect(probes.flatMap((p) => p.violations())).toEqual([]);
    }, 90_000);
  }
});
