/**
 * Formats milliseconds as a clock: `m:ss`, or `h:mm:ss` from one hour. Bad input shows `0:00`,
 * so a player never displays `NaN:NaN`.
 * @example formatTime(407_000) //=> '6:47'
 * @example formatTime(3_723_000) //=> '1:02:03'
 */
export function formatTime(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * Speaks a duration for screen readers, in Vietnamese.
 * @example describeTime(407_000) //=> '6 phút 47 giây'
 */
export function describeTime(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes} phút ${seconds} giây` : `${seconds} giây`;
}
