/**
 * Builds a provider's table for the four voice IDs from its catalogue of known voices, its
 * defaults and any configured overrides — and says so when a voice's real accent is not
 * the one the voice ID promises, instead of pretending.
 */
import { VOICE_IDS, VOICES, type Accent, type Gender, type VoiceId } from '../voices.js';
import type { ProviderVoice } from './provider.js';

/** What is known about one provider voice. */
export interface KnownVoice {
  accent: Accent;
  gender: Gender;
  /** Shown to editors, e.g. "Google has no southern Vietnamese voice". */
  note?: string;
}

const ACCENT_NAMES: Record<Accent, string> = { north: 'northern', central: 'central', south: 'southern' };

/**
 * @param describe looks a provider voice up (for the voice ID it would serve); returns
 *   undefined for a voice not in the catalogue.
 * @example
 *   buildVoiceTable('zalo', (v) => ZALO_SPEAKERS[v], { 'north-female': '2', … }, {})
 *   //=> { 'north-female': { providerVoice: '2', accent: 'north', gender: 'female' }, … }
 */
export function buildVoiceTable(
  provider: string,
  describe: (providerVoice: string, id: VoiceId) => KnownVoice | undefined,
  defaults: Record<VoiceId, string>,
  overrides: Partial<Record<VoiceId, string>> = {},
): Record<VoiceId, ProviderVoice> {
  const table = {} as Record<VoiceId, ProviderVoice>;
  for (const id of VOICE_IDS) {
    const providerVoice = overrides[id] ?? defaults[id];
    const known = describe(providerVoice, id);
    const wanted = VOICES[id];
    if (!known) {
      table[id] = {
        providerVoice,
        accent: wanted.accent,
        gender: wanted.gender,
        note: `${provider} voice "${providerVoice}" is not in the known voice list; its accent is assumed, not verified`,
      };
      continue;
    }
    const notes = [known.note];
    if (known.accent !== wanted.accent) {
      notes.push(`served by a ${ACCENT_NAMES[known.accent]} voice, not a ${ACCENT_NAMES[wanted.accent]} one`);
    }
    if (known.gender !== wanted.gender) notes.push(`served by a ${known.gender} voice`);
    const note = notes.filter(Boolean).join('; ');
    table[id] = { providerVoice, accent: known.accent, gender: known.gender, ...(note ? { note } : {}) };
  }
  return table;
}
