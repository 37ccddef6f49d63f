/**
 * Every voice ID the service knows, and how listeners see them. Each provider maps each ID
 * to a voice of its own (saying so when it has no voice of that accent). Which of them a
 * deployment offers is the `VOICES` setting: by default the four northern and southern ones.
 */
export const VOICE_IDS = ['north-female', 'north-male', 'south-female', 'south-male', 'central-female', 'central-male'] as const;
export type VoiceId = (typeof VOICE_IDS)[number];

/** Offered when `VOICES` is not set. */
export const DEFAULT_VOICE_IDS: readonly VoiceId[] = ['north-female', 'north-male', 'south-female', 'south-male'];

export type Accent = 'north' | 'central' | 'south';
export type Gender = 'female' | 'male';

export interface VoiceInfo {
  id: VoiceId;
  /** Vietnamese label shown to listeners, e.g. "Nữ miền Bắc". */
  label: string;
  accent: Accent;
  gender: Gender;
}

export const VOICES: Record<VoiceId, VoiceInfo> = {
  'north-female': { id: 'north-female', label: 'Nữ miền Bắc', accent: 'north', gender: 'female' },
  'north-male': { id: 'north-male', label: 'Nam miền Bắc', accent: 'north', gender: 'male' },
  'south-female': { id: 'south-female', label: 'Nữ miền Nam', accent: 'south', gender: 'female' },
  'south-male': { id: 'south-male', label: 'Nam miền Nam', accent: 'south', gender: 'male' },
  // The Huế accent.
  'central-female': { id: 'central-female', label: 'Nữ miền Trung', accent: 'central', gender: 'female' },
  'central-male': { id: 'central-male', label: 'Nam miền Trung', accent: 'central', gender: 'male' },
};

/**
 * The voices a deployment offers, from its `VOICES` setting (comma-separated IDs); the
 * default four when unset. Unknown IDs are left to the configuration check to report.
 * @example offeredVoiceIds('north-female, central-female') //=> ['north-female', 'central-female']
 */
export function offeredVoiceIds(raw: string | undefined): VoiceId[] {
  const listed = [...new Set((raw ?? '').split(',').map((v) => v.trim()).filter(isVoiceId))];
  return listed.length ? listed : [...DEFAULT_VOICE_IDS];
}

export function isVoiceId(value: unknown): value is VoiceId {
  return typeof value === 'string' && (VOICE_IDS as readonly string[]).includes(value);
}
