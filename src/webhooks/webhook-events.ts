/** What the CMS is told, and the shape of each delivery's JSON body. */
import type { VoiceId } from '../voices.js';

export type WebhookEventType = 'audio.ready' | 'audio.failed' | 'batch.finished';

export interface AudioReadyData {
  articleId: string;
  voice: VoiceId;
  key: string;
  audioUrl: string;
  manifestUrl: string;
  durationMs?: number;
  batchId?: string;
}

export interface AudioFailedData {
  articleId: string;
  voice: VoiceId;
  key: string;
  error: string;
  attempts: number;
  batchId?: string;
}

export interface BatchFinishedData {
  batchId: string;
  total: number;
  ready: number;
  failed: number;
  /** The first failures (at most 100), with their reasons. */
  failures: { articleId: string; voice: VoiceId; error: string }[];
}

export interface WebhookEvent {
  /** Unique per event; the same event delivered again (a retry) keeps it, so receivers can skip repeats. */
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: AudioReadyData | AudioFailedData | BatchFinishedData;
}
