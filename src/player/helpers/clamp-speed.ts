/** The playback rates a listener can choose (the issue asks for 0.75–2×). */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/**
 * Clamps a requested playback rate into 0.75–2×; anything unreadable becomes 1×.
 * @example clampSpeed('1.5') //=> 1.5
 * @example clampSpeed(3) //=> 2
 */
export function clampSpeed(value: unknown): number {
  const rate = typeof value === 'string' ? Number.parseFloat(value) : typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(rate) || rate <= 0) return 1;
  return Math.min(SPEEDS[SPEEDS.length - 1], Math.max(SPEEDS[0], rate));
}

/**
 * The next rate in the menu after `rate`, wrapping around (the speed button cycles).
 * @example cycleSpeed(2) //=> 0.75
 */
export function cycleSpeed(rate: number): number {
  const next = SPEEDS.find((s) => s > rate + 1e-9);
  return next ?? SPEEDS[0];
}

/**
 * Formats a rate the Vietnamese way, with a decimal comma.
 * @example formatSpeed(1.25) //=> '1,25×'
 */
export function formatSpeed(rate: number): string {
  return `${String(rate).replace('.', ',')}×`;
}
