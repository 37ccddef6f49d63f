import type { InvalidationBus } from '../storage/cache-invalidation.js';
import type { AudioStore } from '../storage/audio-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import type { WorkStore } from '../storage/work-store.js';

export interface EvictionReport {
  totalBytes: number;
  evictedAudio: string[];
  removedObjects: number;
  freedBytes: number;
}

/**
 * Keeps the audio store under `CACHE_MAX_BYTES`, counting everything the service keeps
 * there: finished audio, kept chunk audio of paid voices, set-aside files and running
 * jobs' work. Set-aside files go first, then the least recently used audio and chunks
 * (last use as noted by every API, shared in Redis). Each evicted audio is announced so no
 * API keeps serving its manifest from memory.
 */
export class CacheEvictor {
  constructor(
    private readonly deps: {
      audio: AudioStore;
      objects: ObjectStore;
      work: WorkStore;
      bus: InvalidationBus;
      usage: { lastUsed(keys: string[]): Promise<Map<string, number>>; forget(keys: string[]): Promise<void> };
      maxBytes: number;
    },
  ) {}

  async run(): Promise<EvictionReport> {
    const { audio, objects, work, bus, usage, maxBytes } = this.deps;
    type Candidate = { kind: 'audio' | 'object'; id: string; bytes: number; usedAt: number };
    const candidates: Candidate[] = [];
    const quarantined: Candidate[] = [];
    let total = await work.bytes();
    const audioFiles = new Map<string, { bytes: number; madeAt: number }>();
    for await (const object of listAll(objects, ['audio/', 'chunks/', 'quarantine/'])) {
      total += object.bytes;
      const mp3 = /^audio\/([a-f0-9]{64})\.(mp3|json)$/.exec(object.key);
      if (mp3) {
        const seen = audioFiles.get(mp3[1]) ?? { bytes: 0, madeAt: 0 };
        audioFiles.set(mp3[1], { bytes: seen.bytes + object.bytes, madeAt: Math.max(seen.madeAt, object.modifiedMs) });
      }
      else if (object.key.startsWith('quarantine/')) quarantined.push({ kind: 'object', id: object.key, bytes: object.bytes, usedAt: object.modifiedMs });
      else if (object.key.startsWith('chunks/')) candidates.push({ kind: 'object', id: object.key, bytes: object.bytes, usedAt: object.modifiedMs });
    }
    const report: EvictionReport = { totalBytes: total, evictedAudio: [], removedObjects: 0, freedBytes: 0 };
    if (total <= maxBytes) return report;
    const lastUsed = await usage.lastUsed([...audioFiles.keys()]);
    // Audio made (or made again) since its last recorded use counts as used when it was made:
    // otherwise fresh audio nobody has played yet went first, and audio regenerated after an
    // eviction kept its old use time and was evicted again while its listeners waited for it.
    for (const [key, { bytes, madeAt }] of audioFiles) candidates.push({ kind: 'audio', id: key, bytes, usedAt: Math.max(lastUsed.get(key) ?? 0, madeAt) });
    candidates.sort((a, b) => a.usedAt - b.usedAt);
    for (const victim of [...quarantined.sort((a, b) => a.usedAt - b.usedAt), ...candidates]) {
      if (total <= maxBytes) break;
      if (victim.kind === 'audio') {
        await audio.delete(victim.id);
        await bus.publish({ kind: 'audio', key: victim.id });
        report.evictedAudio.push(victim.id);
      } else {
        await objects.delete(victim.id);
        report.removedObjects++;
      }
      total -= victim.bytes;
      report.freedBytes += victim.bytes;
    }
    await usage.forget(report.evictedAudio);
    report.totalBytes = total;
    return report;
  }
}

async function* listAll(objects: ObjectStore, prefixes: string[]) {
  for (const prefix of prefixes) yield* objects.list(prefix);
}
