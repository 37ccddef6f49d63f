/** Every voice ID the service knows, in button order. Mirrors `src/voices.ts` (kept apart so the bundle stays small). */
export const PLAYER_VOICES = [
  { id: 'north-female', label: 'Nữ miền Bắc' },
  { id: 'north-male', label: 'Nam miền Bắc' },
  { id: 'central-female', label: 'Nữ miền Trung' },
  { id: 'central-male', label: 'Nam miền Trung' },
  { id: 'south-female', label: 'Nữ miền Nam' },
  { id: 'south-male', label: 'Nam miền Nam' },
] as const;

export type PlayerVoiceId = (typeof PLAYER_VOICES)[number]['id'];

/** A voice a server offers, as `GET /v1/voices` lists it. */
export interface OfferedVoice {
  id: PlayerVoiceId;
  label: string;
}

/** What a player shows until the server has said which voices it offers: the default four. */
export const DEFAULT_OFFERED: readonly OfferedVoice[] = PLAYER_VOICES.filter((v) => !v.id.startsWith('central-'));

const STORAGE_KEY = 'tts-reader.voice';

/** True when the value is one of the four voice IDs. */
export function isPlayerVoice(value: unknown): value is PlayerVoiceId {
  return PLAYER_VOICES.some((v) => v.id === value);
}

/**
 * The server's voices (the deployment's VOICES setting) in button order; unknown IDs are dropped.
 * @example offeredVoices([{ id: 'south-male', label: 'Nam miền Nam' }, { id: 'x', label: '?' }]) //=> [{ id: 'south-male', label: 'Nam miền Nam' }]
 */
export function offeredVoices(listed: readonly { id: string; label?: string }[]): OfferedVoice[] {
  const ids = new Set(listed.map((v) => v.id));
  return PLAYER_VOICES.filter((v) => ids.has(v.id)).map((v) => ({ id: v.id, label: listed.find((l) => l.id === v.id)?.label || v.label }));
}

/**
 * Chooses the voice to start with: the listener's remembered choice, else the page's
 * `voice` attribute, else the first voice. Unknown values are ignored, never thrown.
 * @example pickVoice('south-male', 'north-male') //=> 'south-male'
 * @example pickVoice('bogus', undefined) //=> 'north-female'
 */
export function pickVoice(remembered: unknown, attribute: unknown): PlayerVoiceId {
  if (isPlayerVoice(remembered)) return remembered;
  if (isPlayerVoice(attribute)) return attribute;
  return PLAYER_VOICES[0].id;
}

/** Reads the remembered voice; storage may be blocked (private mode, sandboxed iframes). */
export function readStoredVoice(storage: Pick<Storage, 'getItem'> | undefined): string | undefined {
  try {
    return storage?.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the listener's voice; silently does nothing where storage is blocked. */
export function storeVoice(storage: Pick<Storage, 'setItem'> | undefined, voice: PlayerVoiceId): void {
  try {
    storage?.setItem(STORAGE_KEY, voice);
  } catch {
    // blocked storage only costs the listener their preference
  }
}
