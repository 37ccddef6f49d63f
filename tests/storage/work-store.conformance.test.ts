/**
 * The WorkStore contract — a running job's growing MP3 and progress, read by players while
 * the job runs — for every implementation: local files, and parts in an object store
 * (a local directory and a real S3-protocol server).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { LocalWorkStore } from '../../src/storage/work-store.local.js';
import { ObjectWorkStore } from '../../src/storage/work-store.object.js';
import type { WorkStore } from '../../src/storage/work-store.js';
import { objectStoreBackends } from '../helpers/object-stores.js';

const stores = objectStoreBackends();
beforeAll(() => stores.start());
afterAll(() => stores.stop());

const implementations: [string, () => Promise<WorkStore>][] = [
  ['local files', async () => new LocalWorkStore(await fs.mkdtemp(path.join(stores.scratch, 'work-')))],
  ...stores.backends.map(([name, create]): [string, () => Promise<WorkStore>] => [`object parts (${name})`, async () => new ObjectWorkStore(await create())]),
];

const key = (n: number) => n.toString(16).padStart(64, 'b');
const progressOf = (k: string, segments: number): Manifest => ({
  voice: 'south-male', provider: 'espeak', providerVoice: 'vi-vn-x-south+m1', key: k, audioUrl: `/v1/audio/${k}.mp3`,
  durationMs: segments * 1000, sampleRate: 22050, bitrateKbps: 64, segments: [], createdAt: new Date().toISOString(),
});

async function collect(parts: AsyncIterable<Buffer> | undefined): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const part of parts ?? []) out.push(part);
  return Buffer.concat(out);
}

/** Appends `total` bytes to a file in steps, as an encoder does. */
async function grow(file: string, total: number, step: number): Promise<Buffer> {
  const all = Buffer.from(Array.from({ length: total }, (_, i) => (i * 13) % 256));
  const handle = await fs.open(file, 'a');
  for (let at = 0; at < total; at += step) {
    await handle.write(all.subarray(at, Math.min(total, at + step)));
    await new Promise((r) => setTimeout(r, 15));
  }
  await handle.close();
  return all;
}

describe.each(implementations)('WorkStore: %s', (_name, create) => {
  let work: WorkStore;
  beforeAll(async () => {
    work = await create();
  });

  it('streams the growing MP3 from its first byte to its last, to a listener who joined early and one who joined late', async () => {
    const k = key(1);
    const writer = await work.begin(k);
    const file = path.join(stores.scratch, `enc-${Math.random()}.mp3`);
    await writer.attach(file);
    // The first listener asks before the encoder has written anything.
    const early = work.stream(k, { waitForStartMs: 3000 }).then(collect);
    const written = grow(file, 300_000, 20_000);
    await new Promise((r) => setTimeout(r, 120));
    const late = work.stream(k, { waitForStartMs: 3000 }).then(collect);
    await writer.writeProgress(progressOf(k, 2));
    const all = await written;
    await fs.rm(file); // published: the encoder's file is moved away before the end is announced
    await writer.end('done');
    const [fromStart, fromLater] = [await early, await late];
    expect(fromStart.length).toBe(all.length);
    expect(fromStart.equals(all)).toBe(true);
    expect(fromLater.length).toBe(all.length);
    expect(fromLater.equals(all)).toBe(true);
    expect((await work.progress(k))?.durationMs).toBe(2000);
  });

  it('stops a listener when the attempt fails, and has nothing for a key that never started', async () => {
    const k = key(2);
    const writer = await work.begin(k);
    const file = path.join(stores.scratch, `enc-${Math.random()}.mp3`);
    await writer.attach(file);
    await fs.writeFile(file, Buffer.alloc(10_000, 1));
    const listener = work.stream(k, { waitForStartMs: 3000 }).then(collect);
    await new Promise((r) => setTimeout(r, 300));
    await writer.end('failed');
    const got = await listener;
    expect(got.length).toBeLessThanOrEqual(10_000);
    expect(await work.stream(key(3), { waitForStartMs: 0 })).toBeUndefined();
  });

  it('ends the old attempt\'s listener when a retry starts a new attempt', async () => {
    const k = key(4);
    const first = await work.begin(k);
    const file = path.join(stores.scratch, `enc-${Math.random()}.mp3`);
    await first.attach(file);
    await fs.writeFile(file, Buffer.alloc(5000, 2));
    const listener = work.stream(k, { waitForStartMs: 3000, idleLimitMs: 20_000 }).then(collect);
    await new Promise((r) => setTimeout(r, 300));
    const second = await work.begin(k);
    const started = Date.now();
    expect((await listener).length).toBe(5000);
    expect(Date.now() - started).toBeLessThan(5000);
    await second.end('failed');
  });

  it('sweeps attempts that ended long ago and those whose job is no longer alive, and counts its bytes', async () => {
    const work = await create();
    const ended = key(5);
    const orphan = key(6);
    const live = key(7);
    for (const k of [ended, orphan, live]) {
      const writer = await work.begin(k);
      const file = path.join(stores.scratch, `enc-${Math.random()}.mp3`);
      await writer.attach(file);
      await fs.writeFile(file, Buffer.alloc(2048, 3));
      await writer.writeProgress(progressOf(k, 1));
      if (k === ended) {
        await new Promise((r) => setTimeout(r, 100));
        await writer.end('done');
      }
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(await work.bytes()).toBeGreaterThan(0);
    const cleared = await work.sweep({ endedBeforeMs: Date.now(), isLive: async (k) => k === live });
    expect(cleared.sort()).toEqual([ended, orphan].sort());
    expect(await work.progress(ended)).toBeUndefined();
    expect(await work.progress(live)).toBeDefined();
  });

  it('sweeps a failed attempt as soon as its job will not run again, a recently finished one only later', async () => {
    const work = await create();
    const failed = key(8);
    const done = key(9);
    const retrying = key(10);
    for (const k of [failed, done, retrying]) {
      const writer = await work.begin(k);
      const file = path.join(stores.scratch, `enc-${Math.random()}.mp3`);
      await writer.attach(file);
      await fs.writeFile(file, Buffer.alloc(1024, 5));
      await writer.writeProgress(progressOf(k, 1));
      await writer.end(k === done ? 'done' : 'failed');
    }
    // A retry of `retrying` is queued: its next attempt must find its directory as it left it.
    const cleared = await work.sweep({ endedBeforeMs: Date.now() - 60_000, isLive: async (k) => k === retrying });
    expect(cleared).toEqual([failed]);
    expect(await work.progress(failed)).toBeUndefined();
    expect(await work.progress(done)).toBeDefined();
    expect(await work.progress(retrying)).toBeDefined();
  });
});
