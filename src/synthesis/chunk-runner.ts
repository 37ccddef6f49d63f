import type { Chunk } from '../text/types.js';
import type { SynthesizedAudio } from '../tts/provider.js';

/**
 * Runs chunk syntheses with bounded parallelism and hands the results over strictly in
 * reading order, as soon as each one and all before it are done, so the MP3 encoder can
 * start on the first sentence while later ones are still being synthesized.
 */
export async function runChunksInOrder(
  chunks: readonly Chunk[],
  parallelism: number,
  synthesize: (chunk: Chunk) => Promise<SynthesizedAudio>,
  consume: (chunk: Chunk, audio: SynthesizedAudio) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const results = new Map<number, SynthesizedAudio>();
  let nextToStart = 0;
  let nextToConsume = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  async function lane() {
    while (failure === undefined && nextToStart < chunks.length) {
      // Do not run too far ahead of the consumer: bounds memory on huge articles.
      if (nextToStart - nextToConsume >= parallelism * 4) {
        await new Promise<void>((resolve) => setTimeout(resolve, 5));
        continue;
      }
      const chunk = chunks[nextToStart++];
      try {
        signal?.throwIfAborted();
        results.set(chunk.index, await synthesize(chunk));
      } catch (error) {
        failure ??= error;
      }
      notify();
    }
  }

  async function consumer() {
    while (nextToConsume < chunks.length) {
      if (failure !== undefined) return;
      const audio = results.get(nextToConsume);
      if (!audio) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      results.delete(nextToConsume);
      try {
        await consume(chunks[nextToConsume], audio);
      } catch (error) {
        failure ??= error;
        return;
      }
      nextToConsume++;
    }
  }

  const lanes = Array.from({ length: Math.max(1, Math.min(parallelism, chunks.length)) }, lane);
  await Promise.all([...lanes, consumer().finally(notify)]);
  if (failure !== undefined) throw failure;
}
