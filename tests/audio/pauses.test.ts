import { describe, expect, it } from 'vitest';
import { leadingSilenceSamples, pauseSamplesAfter, trailingSilenceSamples, trimLeadingSilence } from '../../src/audio/pauses.js';

function pcmOf(values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => {
    b.writeInt16LE(v, i * 2);
  });
  return b;
}

describe('sentence pauses', () => {
  it.each([
    [[1000, -2000, 0, 0, 0], 3],
    [[1000, -2000, 5000], 0],
    [[0, 0, 0], 3],
    [[], 0],
    [[4000, 299, -299, 0], 3],
    [[4000, 300, 0], 1],
  ])('counts trailing silence of %j as %i samples', (values, expected) => {
    expect(trailingSilenceSamples(pcmOf(values))).toBe(expected);
  });

  it('pads a sentence up to the pause length, counting the silence it already has', () => {
    const speechThen100ms = Buffer.concat([pcmOf(Array(2205).fill(5000)), Buffer.alloc(2205 * 2)]);
    expect(pauseSamplesAfter(speechThen100ms, 22050, 350)).toBe(7718 - 2205);
    expect(pauseSamplesAfter(speechThen100ms, 22050, 100)).toBe(0);
    expect(pauseSamplesAfter(speechThen100ms, 22050, 50)).toBe(0);
    expect(pauseSamplesAfter(pcmOf([9000]), 24000, 650)).toBe(15600);
  });

  it('trims silence before a sentence down to 5 ms, never emptying it', () => {
    const leadIn40ms = Buffer.concat([Buffer.alloc(882 * 2), pcmOf(Array(100).fill(8000))]);
    expect(leadingSilenceSamples(leadIn40ms)).toBe(882);
    const trimmed = trimLeadingSilence(leadIn40ms, 22050);
    expect(leadingSilenceSamples(trimmed)).toBe(110);
    expect(trimmed.length / 2).toBe(110 + 100);
    expect(trimLeadingSilence(Buffer.alloc(1000), 22050).length).toBe(220);
    // A click 70 ms before the voice is not its start.
    const clickThenVoice = Buffer.concat([Buffer.alloc(100 * 2), pcmOf([12000, -9000]), Buffer.alloc(1543 * 2), pcmOf(Array(400).fill(6000))]);
    expect(leadingSilenceSamples(clickThenVoice)).toBe(100 + 2 + 1543);
    const shortLeadIn = Buffer.concat([Buffer.alloc(50 * 2), pcmOf([9000])]);
    expect(trimLeadingSilence(shortLeadIn, 22050)).toBe(shortLeadIn);
    const noLeadIn = pcmOf([9000, 9000]);
    expect(trimLeadingSilence(noLeadIn, 22050)).toBe(noLeadIn);
  });
});
