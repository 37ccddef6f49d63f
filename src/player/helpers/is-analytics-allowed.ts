/** The parts of `navigator` that carry a listener's privacy choice. */
export interface PrivacySignals {
  globalPrivacyControl?: boolean;
  doNotTrack?: string | null;
}

/**
 * Whether the player may report listening events: not when the host page says
 * `analytics="off"`, nor when the browser sends Global Privacy Control or Do Not Track.
 * @example isAnalyticsAllowed('off', {}) //=> false
 * @example isAnalyticsAllowed(null, { globalPrivacyControl: true }) //=> false
 * @example isAnalyticsAllowed(null, { doNotTrack: 'unspecified' }) //=> true
 */
export function isAnalyticsAllowed(attribute: string | null, signals: PrivacySignals, legacyDoNotTrack?: string | null): boolean {
  if (attribute?.trim().toLowerCase() === 'off') return false;
  if (signals.globalPrivacyControl === true) return false;
  return signals.doNotTrack !== '1' && legacyDoNotTrack !== '1';
}
