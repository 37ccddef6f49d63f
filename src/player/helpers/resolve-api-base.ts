/**
 * Finds the API origin for a player: an explicit `api-base` attribute wins, then the
 * origin the player script was loaded from, then the page's own origin. Trailing slashes
 * are dropped so paths can be appended.
 * @example resolveApiBase(undefined, 'https://tts.example.vn/player.js', 'https://news.vn') //=> 'https://tts.example.vn'
 */
export function resolveApiBase(explicit: string | null | undefined, scriptSrc: string | null | undefined, pageOrigin: string): string {
  if (explicit?.trim()) return explicit.trim().replace(/\/+$/, '');
  if (scriptSrc) {
    try {
      return new URL(scriptSrc, pageOrigin).origin;
    } catch {
      // an unparsable src falls through to the page origin
    }
  }
  return pageOrigin.replace(/\/+$/, '');
}

/**
 * Makes an API path absolute against the base; absolute URLs pass through.
 * @example resolveApiUrl('https://tts.vn', '/v1/audio/ab.mp3') //=> 'https://tts.vn/v1/audio/ab.mp3'
 */
export function resolveApiUrl(base: string, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${base}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}
