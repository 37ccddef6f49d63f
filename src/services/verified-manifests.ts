import type { Manifest } from '../manifest.js';
import type { AudioStore } from '../storage/audio-store.js';
import { BusInvalidatedCache, type InvalidationBus } from '../storage/cache-invalidation.js';

/** Parsed manifests kept in memory. */
const ENTRIES = 5000;
/** A manifest in memory is checked against its MP3 again after this long (a missed message cannot last). */
const RECHECK_MS = 10_000;

type Verified = Manifest & { mp3: { bytes: number; sha256: string } };

/**
 * Manifests whose MP3 is present with the size the manifest records. Anything that does
 * not verify (a manifest that does not parse, lacks the MP3's size and hash, or whose MP3
 * is missing or of another size) is set aside and counts as missing, so it is regenerated.
 * Kept in memory, dropped when any process says the audio changed, and re-checked every
 * few seconds.
 */
export class VerifiedManifests {
  private readonly entries: BusInvalidatedCache<{ manifest: Verified; checkedAt: number }>;

  constructor(
    private readonly audio: AudioStore,
    private readonly bus: InvalidationBus,
  ) {
    this.entries = new BusInvalidatedCache(bus, ENTRIES, (m) => (m.kind === 'audio' ? m.key : undefined));
  }

  async get(key: string): Promise<Verified | undefined> {
    const known = this.entries.get(key);
    if (known && Date.now() - known.checkedAt < RECHECK_MS) return known.manifest;
    const stamp = this.entries.stamp();
    const read = await this.audio.readManifest(key);
    if (read.state === 'missing') return this.forget(key);
    if (read.state === 'damaged') return this.setAside(key);
    const size = await this.audio.mp3Size(key);
    if (size !== read.manifest.mp3.bytes) return this.setAside(key);
    this.entries.remember(key, { manifest: read.manifest, checkedAt: Date.now() }, stamp);
    return read.manifest;
  }

  /** The MP3 of `key` failed a check while being served: never serve it again; regenerate. */
  async reportBroken(key: string): Promise<void> {
    await this.setAside(key);
  }

  private forget(key: string): undefined {
    this.entries.delete(key);
    return undefined;
  }

  private async setAside(key: string): Promise<undefined> {
    this.entries.delete(key);
    await this.audio.setAside(key).catch(() => undefined);
    await this.bus.publish({ kind: 'audio', key });
    return undefined;
  }
}
