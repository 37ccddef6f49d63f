/** The four voice IDs every provider serves, and how listeners see them. */
export const VOICE_IDS = ['north-female', 'north-male', 'south-female', 'south-male'] as const;
export type VoiceId = (typeof VOICE_IDS)[number];

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
};

export function isVoiceId(value: unknown): value is VoiceId {
  return typeof value === 'string' && (VOICE_IDS as readonly string[]).includes(value);
}
