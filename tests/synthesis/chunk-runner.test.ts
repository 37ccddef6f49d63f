import { describe, expect, it } from 'vitest';
import { runChunksInOrder } from '../../src/synthesis/chunk-runner.js';
import type { Chunk } from '../../src/text/types.js';
import type { SynthesizedAudio } from '../../src/tts/provider.js';

const chunks: Chunk[] = Array.from({ length: 12 }, (_, i) => ({ index: i, sentenceIndex: i, part: 0, text: `Câu số ${i}.`, spokenOffset: 0 }));
const audioOf = (i: number): SynthesizedAudio => ({ sampleRate: 22050, pcm: Buffer.alloc(2 * (i + 1)) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runChunksInOrder', () => {
  it('hands results over in reading order even when they finish out of order', async () => {
    const consumed: number[] = [];
    await runChunksInOrder(
      chunks,
      4,
      async (c) => {
        await sleep((12 - c.index) * 2); // later chunks finish first
        return audioOf(c.index);
      },
      async (c, audio) => {
        expect(audio.pcm.length).toBe(2 * (c.index + 1));
        consumed.push(c.index);
      },
    );
    expect(consumed).toEqual(chunks.map((c) => c.index));
  });

  it('never runs more syntheses at once than allowed', async () => {
    let running = 0;
    let peak = 0;
    await runChunksInOrder(
      chunks,
      3,
      async (c) => {
        peak = Math.max(peak, ++running);
        await sleep(3);
        running--;
        return audioOf(c.index);
      },
      async () => undefined,
    );
    expect(peak).toBe(3);
  });

  it('starts consuming the first chunk before the last is synthesized', async () => {
    const events: string[] = [];
    await runChunksInOrder(
      chunks,
      2,
      async (c) => {
        await sleep(2);
        events.push(`synth ${c.index}`);
        return audioOf(c.index);
      },
      async (c) => void events.push(`consume ${c.index}`),
    );
    expect(events.indexOf('consume 0')).toBeLessThan(events.indexOf('synth 11'));
  });

  it('stops at the first failure and reports it, consuming nothing after it', async () => {
    const consumed: number[] = [];
    await expect(
      runChunksInOrder(
        chunks,
        2,
        async (c) => {
          if (c.index === 5) throw new Error('nhà cung cấp lỗi 500');
          return audioOf(c.index);
        },
        async (c) => void consumed.push(c.index),
      ),
    ).rejects.toThrow('nhà cung cấp lỗi 500');
    expect(consumed.every((i) => i < 5)).toBe(true);
  });

  it('propagates a consumer failure (e.g. the encoder died)', async () => {
    await expect(
      runChunksInOrder(chunks, 2, async (c) => audioOf(c.index), async (c) => {
        if (c.index === 3) throw new Error('ffmpeg exited');
      }),
    ).rejects.toThrow('ffmpeg exited');
  });

  it('handles no chunks and a single chunk', async () => {
    const seen: number[] = [];
    await runChunksInOrder([], 4, async () => audioOf(0), async (c) => void seen.push(c.index));
    await runChunksInOrder(chunks.slice(0, 1), 4, async () => audioOf(0), async (c) => void seen.push(c.index));
    expect(seen).toEqual([0]);
  });
});
