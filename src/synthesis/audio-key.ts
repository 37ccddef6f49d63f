import { createHash } from 'node:crypto';
import type { VoiceId } from '../voices.js';

/** Everything the sound of an article's audio depends on. */
export interface AudioKeyParts {
  /** sha256 of the clean article text. */
  revision: string;
  voice: VoiceId;
  provider: string;
  providerVoice: string;
  /** Bumped whenever the text front end would speak the same text differently. */
  frontEndVersion: string;
  /**
   * The front end respelled foreign words for this engine (`!provider.readsForeignWords`):
   * the same article and front end speak a different text, so the audio is another.
   */
  respellForeign: boolean;
  /** Fingerprint of the site lexicon entries that occur in this article ('' when none). */
  lexiconFingerprint: string;
  bitrateKbps: number;
}

/**
 * The content-addressed cache key (and job ID) of an article's audio: same inputs, same key.
 * @example audioKey({ revision: 'ab…', voice: 'north-female', … }) //=> '3f9c…' (64 hex digits)
 */
export function audioKey(parts: AudioKeyParts): string {
  const ordered = [
    'v1',
    parts.revision,
    parts.voice,
    parts.provider,
    parts.providerVoice,
    parts.frontEndVersion,
    parts.respellForeign ? 'respelled' : 'as-written',
    parts.lexiconFingerprint,
    parts.bitrateKbps,
  ];
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

/** sha256 hex of a text, used as an article revision. */
export function textRevision(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
