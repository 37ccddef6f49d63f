import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SynthesizedAudio } from '../tts/provider.js';
import { readJsonIfExists, writeFileAtomic } from './atomic-write.js';

interface ChunkMeta {
  sampleRate: number;
  textHash: string;
  words?: SynthesizedAudio['words'];
}

/**
 * Keeps each synthesized chunk of an unfinished job on disk, so a retry after a failure
 * at chunk 37 of 40 synthesizes only what is missing. A chunk is reused only when its
 * text is unchanged.
 */
export class ChunkStore {
  constructor(private readonly dir: string) {}

  private base(index: number) {
    return path.join(this.dir, `chunk-${String(index).padStart(6, '0')}`);
  }

  private static hash(text: string) {
    return createHash('sha256').update(text).digest('hex').slice(0, 16);
  }

  async load(index: number, text: string): Promise<SynthesizedAudio | undefined> {
    const meta = await readJsonIfExists<ChunkMeta>(`${this.base(index)}.json`);
    if (!meta || meta.textHash !== ChunkStore.hash(text)) return undefined;
    try {
      const pcm = await fs.readFile(`${this.base(index)}.pcm`);
      return { sampleRate: meta.sampleRate, pcm, words: meta.words };
    } catch {
      return undefined;
    }
  }

  /** PCM first, then the metadata that marks the chunk as complete. */
  async save(index: number, text: string, audio: SynthesizedAudio): Promise<void> {
    await writeFileAtomic(`${this.base(index)}.pcm`, audio.pcm, { fsync: false });
    const meta: ChunkMeta = { sampleRate: audio.sampleRate, textHash: ChunkStore.hash(text), words: audio.words };
    await writeFileAtomic(`${this.base(index)}.json`, JSON.stringify(meta), { fsync: false });
  }

  async clear(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
