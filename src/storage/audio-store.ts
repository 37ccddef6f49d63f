import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { AUDIO_KEY_PATTERN, MANIFEST_VERSION, type Manifest } from '../manifest.js';
import type { ByteRange, ObjectInfo, ObjectStore, RangeRead } from './object-store.js';

/** What reading an audio's manifest found. */
export type ManifestRead =
  | { state: 'ok'; manifest: Manifest & { mp3: { bytes: number; sha256: string } } }
  | { state: 'missing' }
  /** Present but unusable (does not parse, lacks the MP3's size and hash, names another key). */
  | { state: 'damaged'; reason: string };

const mp3Key = (key: string) => `audio/${key}.mp3`;
const manifestKey = (key: string) => `audio/${key}.json`;

function assertAudioKey(key: string): void {
  if (!AUDIO_KEY_PATTERN.test(key)) throw new Error(`invalid audio key: ${JSON.stringify(key).slice(0, 80)}`);
}

/**
 * Finished audio: `audio/<key>.mp3` and its manifest `audio/<key>.json`, in any
 * `ObjectStore`. Publishing uploads the MP3 first and writes the manifest (with the MP3's
 * size and SHA-256) only after, so a manifest always names complete audio; a reader checks
 * the MP3 against it before serving. Anything that does not verify is set aside under
 * `quarantine/` (kept for a look, never served) and counts as missing, so it is regenerated.
 */
export class AudioStore {
  constructor(readonly objects: ObjectStore) {}

  /**
   * Uploads a finished MP3 and then its manifest. Returns the manifest as published.
   * @example await audio.publish(key, '/tmp/x.mp3', manifest) //=> { ...manifest, version: 2, mp3: { bytes: 51234, sha256: '…' } }
   */
  async publish(key: string, mp3Path: string, manifest: Manifest): Promise<Manifest> {
    assertAudioKey(key);
    const mp3 = await hashFile(mp3Path);
    const published: Manifest = { ...manifest, version: MANIFEST_VERSION, mp3 };
    await this.objects.putFile(mp3Key(key), mp3Path, { move: true, contentType: 'audio/mpeg' });
    try {
      await this.objects.put(manifestKey(key), JSON.stringify(published), { contentType: 'application/json' });
    } catch (error) {
      // No manifest, no audio: an MP3 without one is never served, but do not leave it behind.
      await this.objects.delete(mp3Key(key)).catch(() => undefined);
      throw error;
    }
    return published;
  }

  async readManifest(key: string): Promise<ManifestRead> {
    assertAudioKey(key);
    const raw = await this.objects.get(manifestKey(key));
    if (!raw) return { state: 'missing' };
    let manifest: Manifest;
    try {
      manifest = JSON.parse(raw.toString('utf8')) as Manifest;
    } catch {
      return { state: 'damaged', reason: 'manifest is not valid JSON' };
    }
    if (!manifest || typeof manifest !== 'object' || manifest.key !== key || !Array.isArray(manifest.segments)) {
      return { state: 'damaged', reason: 'manifest does not describe this audio' };
    }
    const mp3 = manifest.mp3;
    if (!mp3 || !Number.isInteger(mp3.bytes) || mp3.bytes <= 0 || !/^[a-f0-9]{64}$/.test(mp3.sha256 ?? '')) {
      return { state: 'damaged', reason: 'manifest does not record the MP3 size and SHA-256' };
    }
    return { state: 'ok', manifest: manifest as Manifest & { mp3: { bytes: number; sha256: string } } };
  }

  /** Size of the stored MP3, or undefined when it is missing. */
  async mp3Size(key: string): Promise<number | undefined> {
    return (await this.objects.head(mp3Key(key)))?.bytes;
  }

  /** The whole MP3 (for the memory cache and hash verification). */
  async readMp3(key: string): Promise<Buffer | undefined> {
    return this.objects.get(mp3Key(key));
  }

  async openMp3(key: string, range?: ByteRange): Promise<RangeRead | undefined> {
    return this.objects.getRange(mp3Key(key), range);
  }

  /** The MP3's file on this host, when audio lives in a local directory. */
  localMp3Path(key: string): string | undefined {
    return this.objects.localPath?.(mp3Key(key));
  }

  /** Moves a damaged audio out of the way (manifest first: without it the audio counts as absent). */
  async setAside(key: string): Promise<void> {
    assertAudioKey(key);
    const stamp = Date.now();
    await this.objects.move(manifestKey(key), `quarantine/${key}-${stamp}.json`);
    await this.objects.move(mp3Key(key), `quarantine/${key}-${stamp}.mp3`);
  }

  async delete(key: string): Promise<void> {
    assertAudioKey(key);
    await this.objects.delete(manifestKey(key));
    await this.objects.delete(mp3Key(key));
  }

  /** Every finished MP3 (for eviction and capacity figures). */
  async *list(): AsyncIterable<ObjectInfo & { audioKey: string }> {
    for await (const object of this.objects.list('audio/')) {
      const match = /^audio\/([a-f0-9]{64})\.mp3$/.exec(object.key);
      if (match) yield { ...object, audioKey: match[1] };
    }
  }
}

/** Size and SHA-256 of a file, in one streaming read. */
export async function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const part of createReadStream(file)) {
    hash.update(part as Buffer);
    bytes += (part as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
