/** Mono s16le silence of the given length. */
export function silence(ms: number, sampleRate: number): Buffer {
  return Buffer.alloc(Math.round((ms * sampleRate) / 1000) * 2);
}
