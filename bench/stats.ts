/** Small statistics for benchmark samples. */

/**
 * The median of the samples (mean of the middle two for an even count).
 * @example median([3, 1, 2]) //=> 2
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The p-th percentile (0–100), nearest-rank.
 * @example percentile([1, 2, 3, 4], 50) //=> 2
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Runs `measure` `runs` times in sequence and returns every sample. */
export async function sampleRuns<T>(runs: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const samples: T[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return samples;
}
