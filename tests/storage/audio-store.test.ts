/**
 * Finished audio over both object stores: publish is MP3 first, then a manifest recording
 * its size and SHA-256; anything that does not verify is set aside and counts as missing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { VerifiedManifests } from '../../src/services/verified-manifests.js';
import { AudioStore, sha256Of } from '../../src/storage/audio-store.js';
import { LocalInvalidationBus, type Invalidation } from '../../src/storage/cache-invalidation.js';
import type { ObjectStore } from '../../src/storage/object-store.js';
import { objectStoreBackends } from '../helpers/object-stores.js';

const stores = objectStoreBackends();
beforeAll(() => stores.start());
afterAll(() => stores.stop());

const key = (n: number) => n.toString(16).padStart(64, '0');
const manifestOf = (k: string): Manifest => ({
  voice: 'north-female', provider: 'espeak', providerVoice: 'vi+f2', key: k, audioUrl: `/v1/audio/${k}.mp3`,
  durationMs: 1000, sampleRate: 22050, bitrateKbps: 64, segments: [], createdAt: new Date().toISOString(),
});

async function objectsUnder(objects: ObjectStore, prefix: string) {
  const keys: string[] = [];
  for await (const o of objects.list(prefix)) keys.push(o.key);
  return keys.sort();
}

describe.each(stores.backends)('AudioStore on %s', (_name, create) => {
  let objects: ObjectStore;
  let audio: AudioStore;
  let bus: LocalInvalidationBus;
  let verified: VerifiedManifests;
  const heard: Invalidation[] = [];
  const mp3 = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

  beforeAll(async () => {
    objects = await create();
    audio = new AudioStore(objects);
    bus = new LocalInvalidationBus();
    bus.subscribe((m) => heard.push(m));
    verified = new VerifiedManifests(audio, bus);
  });

  async function publish(n: number) {
    const file = path.join(stores.scratch, `encoded-${n}-${Math.random()}.mp3`);
    await fs.writeFile(file, mp3);
    return audio.publish(key(n), file, manifestOf(key(n)));
  }

  it('publishes the MP3, then a version 2 manifest with its size and SHA-256', async () => {
    const published = await publish(1);
    expect(published).toMatchObject({ version: 2, mp3: { bytes: mp3.length, sha256: sha256Of(mp3) } });
    const read = await audio.readManifest(key(1));
    expect(read.state).toBe('ok');
    expect(await audio.mp3Size(key(1))).toBe(mp3.length);
    expect((await verified.get(key(1)))?.mp3.sha256).toBe(sha256Of(mp3));
  });

  it('sets aside a truncated MP3 and never reports it ready', async () => {
    await publish(2);
    await objects.put(`audio/${key(2)}.mp3`, mp3.subarray(0, 1000)); // a crash cut the file short
    expect(await verified.get(key(2))).toBeUndefined();
    expect(await audio.readManifest(key(2))).toEqual({ state: 'missing' });
    expect((await objectsUnder(objects, 'quarantine/')).some((k) => k.startsWith(`quarantine/${key(2)}`))).toBe(true);
    expect(heard).toContainEqual({ kind: 'audio', key: key(2) });
  });

  it('sets aside a manifest that does not parse, and one without the MP3 hash (version 1)', async () => {
    await publish(3);
    await objects.put(`audio/${key(3)}.json`, '{"key": "garbage');
    expect(await audio.readManifest(key(3))).toMatchObject({ state: 'damaged' });
    expect(await verified.get(key(3))).toBeUndefined();
    expect(await audio.readManifest(key(3))).toEqual({ state: 'missing' });
    await publish(4);
    const { mp3: _mp3, version: _v, ...v1 } = (await verified.get(key(4)))!;
    await objects.put(`audio/${key(4)}.json`, JSON.stringify(v1));
    await bus.publish({ kind: 'audio', key: key(4) });
    expect(await verified.get(key(4))).toBeUndefined();
  });

  it('treats a manifest whose MP3 is gone as missing (eviction by another process)', async () => {
    await publish(5);
    expect(await verified.get(key(5))).toBeDefined();
    await objects.delete(`audio/${key(5)}.mp3`);
    await bus.publish({ kind: 'audio', key: key(5) }); // what the evicting process announces
    expect(await verified.get(key(5))).toBeUndefined();
  });

  it('lists finished MP3s for eviction and deletes manifest and MP3 together', async () => {
    await publish(6);
    const listed: string[] = [];
    for await (const a of audio.list()) listed.push(a.audioKey);
    expect(listed).toContain(key(6));
    await audio.delete(key(6));
    expect(await audio.readManifest(key(6))).toEqual({ state: 'missing' });
    expect(await audio.mp3Size(key(6))).toBeUndefined();
  });
});
