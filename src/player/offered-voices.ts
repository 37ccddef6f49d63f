import { offeredVoices, type OfferedVoice } from './helpers/pick-voice.js';
import { resolveApiUrl } from './helpers/resolve-api-base.js';

/**
 * The voices this server offers (`GET /v1/voices`: its VOICES setting), for the buttons.
 * On any failure the default four stay shown: the audio route names valid voices anyway.
 */
export async function loadOfferedVoices(base: string): Promise<OfferedVoice[]> {
  try {
    const res = await fetch(resolveApiUrl(base, '/v1/voices'), { credentials: 'omit' });
    if (!res.ok) return [];
    const body = (await res.json()) as { voices?: { id: string; label?: string }[] };
    return offeredVoices(body.voices ?? []);
  } catch {
    return [];
  }
}
