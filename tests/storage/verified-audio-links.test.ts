import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LocalInvalidationBus } from '../../src/storage/cache-invalidation.js';
import { VerifiedAudioLinks } from '../../src/storage/verified-audio-links.js';

const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('VerifiedAudioLinks', () => {
  let dir: string;
  let bus: LocalInvalidationBus;
  let links: VerifiedAudioLinks;
  const mp3 = (key: string) => path.join(dir, 'audio', `${key}.mp3`);
  const link = (key: string) => path.join(dir, 'links', `${key}.mp3`);
  const read = (key: string) => fs.readFile(link(key)).then((b) => b.toString(), () => undefined);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-links-unit-'));
    await fs.mkdir(path.join(dir, 'audio'));
    await fs.writeFile(mp3(KEY), 'ID3 verified bytes');
    await fs.writeFile(mp3(OTHER), 'ID3 other bytes');
    bus = new LocalInvalidationBus();
    links = new VerifiedAudioLinks(path.join(dir, 'links'), bus, { recheckMs: 60_000 });
    await links.start();
  });
  afterEach(async () => {
    await links.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('links a file of the verified size, and not one whose size differs', async () => {
    await links.add(KEY, mp3(KEY), 'ID3 verified bytes'.length);
    expect(await read(KEY)).toBe('ID3 verified bytes');
    await links.add(OTHER, mp3(OTHER), 999);
    expect(await read(OTHER)).toBeUndefined();
    expect(await fs.readdir(path.join(dir, 'links'))).toEqual([`${KEY}.mp3`]); // no temporary left
  });

  it('removes a link when any process says the audio changed, and all of them on "all"', async () => {
    await links.add(KEY, mp3(KEY), 18);
    await links.add(OTHER, mp3(OTHER), 15);
    await bus.publish({ kind: 'audio', key: KEY });
    await expect.poll(() => read(KEY)).toBeUndefined();
    expect(await read(OTHER)).toBe('ID3 other bytes');
    await bus.publish({ kind: 'all' });
    await expect.poll(() => read(OTHER)).toBeUndefined();
  });

  it('drops the link of a file replaced or rewritten since it was verified', async () => {
    await links.add(KEY, mp3(KEY), 18);
    await links.add(OTHER, mp3(OTHER), 15);
    // Same size, new content: another inode (a rename over it), as a rewrite would be.
    await fs.writeFile(`${mp3(KEY)}.new`, 'ID3 damaged bytesX');
    await fs.rename(`${mp3(KEY)}.new`, mp3(KEY));
    await links.recheck();
    expect(await read(KEY)).toBeUndefined();
    expect(links.has(KEY)).toBe(false);
    expect(await read(OTHER)).toBe('ID3 other bytes');
  });

  it('lets a link go after its maximum age, so the next request reaches the API (which counts the use)', async () => {
    await links.add(KEY, mp3(KEY), 18);
    await links.recheck(Date.now() + 60_000);
    expect(await read(KEY)).toBe('ID3 verified bytes');
    await links.recheck(Date.now() + 6 * 60_000);
    expect(await read(KEY)).toBeUndefined();
  });

  it('starts empty: links left by an earlier run are removed, other files are left alone', async () => {
    await links.add(KEY, mp3(KEY), 18);
    await fs.writeFile(path.join(dir, 'links', 'README'), 'not ours');
    const restarted = new VerifiedAudioLinks(path.join(dir, 'links'), bus);
    await restarted.start();
    expect(await fs.readdir(path.join(dir, 'links'))).toEqual(['README']);
    await restarted.stop();
  });
});

describe('VERIFIED_AUDIO_DIR', () => {
  const base = { NODE_ENV: 'test', EDITOR_API_KEYS: 'k' };

  it('is read as an absolute folder for the local store', () => {
    expect(loadConfig({ ...base, VERIFIED_AUDIO_DIR: 'links' }).verifiedAudioDir).toBe(path.resolve('links'));
  });

  it('is refused with object storage, naming the variable (the links point at files of this host)', () => {
    expect(() => loadConfig({ ...base, VERIFIED_AUDIO_DIR: '/var/lib/links', AUDIO_STORE: 's3://bao-audio/tts' })).toThrow(/VERIFIED_AUDIO_DIR needs AUDIO_STORE=local/);
  });
});
