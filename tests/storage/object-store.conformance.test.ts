/**
 * The ObjectStore contract, run against every implementation: a local directory and a
 * real S3-protocol server (s3rver on loopback, spoken to by the unmodified AWS SDK).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectStore } from '../../src/storage/object-store.js';
import { objectStoreBackends } from '../helpers/object-stores.js';

const stores = objectStoreBackends();
beforeAll(() => stores.start());
afterAll(() => stores.stop());

const read = async (stream: NodeJS.ReadableStream) => {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
};

describe.each(stores.backends)('ObjectStore: %s', (_name, create) => {
  let store: ObjectStore;
  beforeAll(async () => {
    store = await create();
  });

  it('stores and reads whole objects; a missing one is undefined, not an error', async () => {
    await store.put('audio/a.json', '{"tin":"Hà Nội mưa to"}');
    expect((await store.get('audio/a.json'))?.toString('utf8')).toBe('{"tin":"Hà Nội mưa to"}');
    expect(await store.get('audio/khong-co.json')).toBeUndefined();
    expect(await store.head('audio/khong-co.json')).toBeUndefined();
    expect((await store.head('audio/a.json'))?.bytes).toBe(Buffer.byteLength('{"tin":"Hà Nội mưa to"}'));
  });

  it('reads byte ranges with the total size from the same read, and refuses a range past the end', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    await store.put('audio/range.mp3', bytes);
    const part = await store.getRange('audio/range.mp3', { start: 100, end: 1099 });
    expect(part?.totalBytes).toBe(5000);
    expect(part?.range).toEqual({ start: 100, end: 1099 });
    expect((await read(part!.body)).equals(bytes.subarray(100, 1100))).toBe(true);
    const tail = await store.getRange('audio/range.mp3', { start: 4990, end: 9999 });
    expect((await read(tail!.body)).equals(bytes.subarray(4990))).toBe(true);
    expect(await store.getRange('audio/range.mp3', { start: 6000, end: 6100 })).toBeUndefined();
    const whole = await store.getRange('audio/range.mp3');
    expect((await read(whole!.body)).equals(bytes)).toBe(true);
    expect(await store.getRange('audio/missing.mp3', { start: 0, end: 10 })).toBeUndefined();
  });

  it('uploads files, replacing what was there whole', async () => {
    const file = path.join(stores.scratch, `upload-${Math.random()}.mp3`);
    await fs.writeFile(file, Buffer.alloc(70_000, 7));
    await store.putFile('audio/f.mp3', file);
    await fs.writeFile(file, Buffer.alloc(30_000, 9));
    await store.putFile('audio/f.mp3', file, { move: true });
    const stored = await store.get('audio/f.mp3');
    expect(stored?.length).toBe(30_000);
    expect(stored?.every((b) => b === 9)).toBe(true);
    await expect(fs.stat(file)).rejects.toThrow(); // moved in
  });

  it('leaves nothing visible when an upload fails', async () => {
    await expect(store.putFile('audio/broken.mp3', path.join(stores.scratch, 'no-such-file.mp3'))).rejects.toThrow();
    expect(await store.head('audio/broken.mp3')).toBeUndefined();
    const listed: string[] = [];
    for await (const o of store.list('audio/')) listed.push(o.key);
    expect(listed).not.toContain('audio/broken.mp3');
  });

  it('lists under a prefix (for eviction), moves and deletes', async () => {
    await store.put('chunks/ab/x.bin', Buffer.alloc(10));
    await store.put('chunks/cd/y.bin', Buffer.alloc(20));
    await store.put('other/z.bin', Buffer.alloc(30));
    const listed = new Map<string, number>();
    for await (const o of store.list('chunks/')) listed.set(o.key, o.bytes);
    expect(listed).toEqual(new Map([['chunks/ab/x.bin', 10], ['chunks/cd/y.bin', 20]]));
    await store.move('chunks/ab/x.bin', 'quarantine/x.bin');
    expect(await store.head('chunks/ab/x.bin')).toBeUndefined();
    expect((await store.head('quarantine/x.bin'))?.bytes).toBe(10);
    await store.move('chunks/none.bin', 'quarantine/none.bin'); // absent: not an error
    await store.delete('quarantine/x.bin');
    await store.delete('quarantine/x.bin');
    expect(await store.head('quarantine/x.bin')).toBeUndefined();
  });

  it('refuses keys that could climb out of its root', async () => {
    await expect(store.put('../etc/passwd', 'x')).rejects.toThrow(/invalid object key/);
    await expect(store.get('audio/../../x')).rejects.toThrow(/invalid object key/);
  });
});
