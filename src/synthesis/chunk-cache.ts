import { createHash } from 'node:crypto';
import { decodeFlac, encodeFlac } from '../audio/flac.js';
import type { ObjectStore } from '../storage/object-store.js';
import type { SynthesizedAudio, WordTiming } from '../tts/provider.js';

/** What identifies one synthesized chunk: the same voice saying the same text sounds the same. */
export interface ChunkIdentity {
  provider: string;
  providerVoice: string;
  text: string;
}

interface ChunkHeader {
  v: 1;
  words?: WordTiming[];
}

const MAGIC = Buffer.from('TTSC');

/**
 * Finished chunk audio of paid voices, kept per (provider, provider voice, spoken text)
 * and reused across retries, revisions and articles: editing one sentence re-bills only
 * that sentence. Stored under `chunks/` in the object store as FLAC (lossless: the same
 * samples come back, so timings stay exact), with the engine's word timings beside it.
 */
export class ChunkAudioCache {
  constructor(private readonly objects: ObjectStore) {}

  static keyOf(id: ChunkIdentity): string {
    const hash = createHash('sha256').update(JSON.stringify([id.provider, id.providerVoice, id.text])).digest('hex');
    return `chunks/${hash.slice(0, 2)}/${hash}.bin`;
  }

  async get(id: ChunkIdentity): Promise<SynthesizedAudio | undefined> {
    const stored = await this.objects.get(ChunkAudioCache.keyOf(id)).catch(() => undefined);
    if (!stored || stored.length < 8 || !stored.subarray(0, 4).equals(MAGIC)) return undefined;
    try {
      const headerLength = stored.readUInt32LE(4);
      const header = JSON.parse(stored.toString('utf8', 8, 8 + headerLength)) as ChunkHeader;
      const { sampleRate, pcm } = await decodeFlac(stored.subarray(8 + headerLength));
      return pcm.length >= 2 ? { sampleRate, pcm, words: header.words } : undefined;
    } catch {
      return undefined; // a damaged entry is a miss: the chunk is synthesized again
    }
  }

  /** True when the chunk's audio is kept (a cost estimate's question; a read may still find it damaged). */
  async has(id: ChunkIdentity): Promise<boolean> {
    return (await this.objects.head(ChunkAudioCache.keyOf(id)).catch(() => undefined)) !== undefined;
  }

  async put(id: ChunkIdentity, audio: SynthesizedAudio): Promise<void> {
    const header = Buffer.from(JSON.stringify({ v: 1, words: audio.words } satisfies ChunkHeader));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const flac = await encodeFlac(audio.pcm, audio.sampleRate);
    await this.objects.put(ChunkAudioCache.keyOf(id), Buffer.concat([MAGIC, length, header, flac]));
  }
}
