import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audioKey } from '../../src/cache/audio-key.js';
import { FileArticleStore, type ArticleRecord } from '../../src/cache/article-store.js';
import { writeFileAtomic } from '../../src/cache/atomic-write.js';
import { FileAudioStore } from '../../src/cache/audio-store.js';
import { ChunkStore } from '../../src/cache/chunk-store.js';
import { LexiconStore } from '../../src/cache/lexicon-store.js';
import { MemoryLru } from '../../src/cache/memory-lru.js';
import type { Manifest } from '../../src/manifest.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-stores-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(64, '0');
const manifest = (k: string): Manifest => ({
  voice: 'north-female', provider: 'espeak', providerVoice: 'vi+f2', key: k, audioUrl: `/v1/audio/${k}.mp3`,
  durationMs: 1000, sampleRate: 22050, bitrateKbps: 64, segments: [], createdAt: new Date().toISOString(),
});

describe('audioKey', () => {
  const parts = { revision: 'a'.repeat(64), voice: 'north-female' as const, provider: 'espeak', providerVoice: 'vi+f2', frontEndVersion: '1', lexiconFingerprint: '', bitrateKbps: 64 };
  it('is stable, 64 hex digits, and changes with every part', () => {
    const base = audioKey(parts);
    expect(base).toMatch(/^[a-f0-9]{64}$/);
    expect(audioKey({ ...parts })).toBe(base);
    const variants = [
      { revision: 'b'.repeat(64) }, { voice: 'south-male' as const }, { provider: 'zalo' }, { providerVoice: 'vi+m3' },
      { frontEndVersion: '2' }, { lexiconFingerprint: 'abcd' }, { bitrateKbps: 96 },
    ];
    const keys = variants.map((v) => audioKey({ ...parts, ...v }));
    expect(new Set([base, ...keys]).size).toBe(variants.length + 1);
  });
});

describe('writeFileAtomic', () => {
  it('leaves no temp file behind and replaces content whole', async () => {
    const file = path.join(dir, 'sub', 'a.json');
    await writeFileAtomic(file, '{"a":1}');
    await writeFileAtomic(file, '{"a":2}', { fsync: false });
    expect(await fs.readFile(file, 'utf8')).toBe('{"a":2}');
    expect(await fs.readdir(path.dirname(file))).toEqual(['a.json']);
  });
});

describe('FileArticleStore', () => {
  const record = (id: string, text: string): ArticleRecord => ({
    id, text, cleanText: text, revision: 'r', cleanChars: text.length, createdAt: 'c', updatedAt: 'u',
  });
  it('round-trips, lists, deletes, and sees writes made by another store on the same directory', async () => {
    const a = new FileArticleStore(dir, { trustMs: 0 });
    const b = new FileArticleStore(dir, { trustMs: 0 });
    await a.put(record('bai-1', 'Hà Nội mưa to.'));
    expect((await b.get('bai-1'))?.cleanText).toBe('Hà Nội mưa to.');
    await b.put(record('bai-1', 'Hà Nội nắng đẹp, nhiệt độ 32 độ C.'));
    expect((await a.get('bai-1'))?.cleanText).toBe('Hà Nội nắng đẹp, nhiệt độ 32 độ C.');
    await a.put(record('bai-2', 'Tin thứ hai.'));
    expect(await a.list()).toEqual(['bai-1', 'bai-2']);
    expect(await a.delete('bai-1')).toBe(true);
    expect(await b.get('bai-1')).toBeUndefined();
    expect(await a.delete('bai-1')).toBe(false);
  });

  it('trusts its copy for a moment, then sees another process\'s write', async () => {
    const reader = new FileArticleStore(dir, { trustMs: 50 });
    const writer = new FileArticleStore(dir);
    await writer.put(record('bai-3', 'Bản đầu.'));
    expect((await reader.get('bai-3'))?.cleanText).toBe('Bản đầu.');
    await writer.put(record('bai-3', 'Bản đã sửa, dài hơn.'));
    expect((await reader.get('bai-3'))?.cleanText).toBe('Bản đầu.');
    await new Promise((r) => setTimeout(r, 60));
    expect((await reader.get('bai-3'))?.cleanText).toBe('Bản đã sửa, dài hơn.');
  });
});

describe('FileAudioStore', () => {
  async function publish(store: FileAudioStore, k: string, bytes: number) {
    const tmp = path.join(dir, `${k}.tmp.mp3`);
    await fs.writeFile(tmp, Buffer.alloc(bytes, 1));
    await store.publish(k, tmp, manifest(k));
  }

  it('publishes MP3 then manifest, and deletes both', async () => {
    const store = new FileAudioStore(dir, 1e9);
    await publish(store, key(1), 1000);
    expect((await store.getManifest(key(1)))?.key).toBe(key(1));
    expect((await store.audioFile(key(1)))?.size).toBe(1000);
    await store.delete(key(1));
    expect(await store.getManifest(key(1))).toBeUndefined();
    expect(await store.audioFile(key(1))).toBeUndefined();
  });

  it('evicts least recently used audio beyond its size bound', async () => {
    const store = new FileAudioStore(dir, 2500);
    await publish(store, key(1), 1000);
    await new Promise((r) => setTimeout(r, 5));
    await publish(store, key(2), 1000);
    await new Promise((r) => setTimeout(r, 5));
    store.touch(key(1)); // read recently: key 2 is now the oldest
    await new Promise((r) => setTimeout(r, 5));
    await publish(store, key(3), 1000);
    expect(await store.enforceLimit()).toEqual([key(2)]);
    expect(await store.audioFile(key(1))).toBeDefined();
    expect(await store.getManifest(key(2))).toBeUndefined();
  });

  it('refuses keys that are not 64 hex digits', async () => {
    const store = new FileAudioStore(dir, 1e9);
    await expect(store.getManifest('../../etc/passwd')).rejects.toThrow(/invalid audio key/);
    expect(() => store.workDir('abc')).toThrow(/invalid audio key/);
  });
});

describe('ChunkStore', () => {
  it('reuses a chunk only while its text is unchanged', async () => {
    const chunks = new ChunkStore(path.join(dir, 'chunks'));
    const audio = { sampleRate: 24000, pcm: Buffer.from([1, 2, 3, 4]), words: [{ startMs: 0, charStart: 0, charEnd: 3 }] };
    await chunks.save(7, 'Xin chào các bạn.', audio);
    expect(await chunks.load(7, 'Xin chào các bạn.')).toEqual(audio);
    expect(await chunks.load(7, 'Xin chào cả nhà.')).toBeUndefined();
    expect(await chunks.load(8, 'Xin chào các bạn.')).toBeUndefined();
    await chunks.clear();
    expect(await chunks.load(7, 'Xin chào các bạn.')).toBeUndefined();
  });
});

describe('LexiconStore', () => {
  it('persists entries with a version that changes with them, visible to other processes', async () => {
    const a = new LexiconStore(dir);
    expect((await a.get()).entries).toEqual({});
    const v1 = await a.put({ Pleiku: 'Plây Cu' });
    const v2 = await a.put({ Pleiku: 'Plây Cu', 'Krông Pắc': 'Krông Bắc' });
    expect(v1.version).not.toBe(v2.version);
    expect((await new LexiconStore(dir).get()).entries).toEqual({ 'Krông Pắc': 'Krông Bắc', Pleiku: 'Plây Cu' });
  });
});

describe('MemoryLru', () => {
  it('keeps the most recently used items within its byte bound and skips oversized ones', () => {
    const lru = new MemoryLru<Buffer>(300, 150);
    lru.set('a', Buffer.alloc(100));
    lru.set('b', Buffer.alloc(100));
    lru.get('a');
    lru.set('c', Buffer.alloc(100));
    lru.set('d', Buffer.alloc(100)); // evicts b (least recent), keeps a, c, d
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.bytes).toBe(300);
    lru.set('huge', Buffer.alloc(200));
    expect(lru.get('huge')).toBeUndefined();
    lru.delete('a');
    expect(lru.bytes).toBe(200);
  });
});
