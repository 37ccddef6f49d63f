import { describeFailure } from './helpers/describe-failure.js';
import { resolveApiUrl } from './helpers/resolve-api-base.js';
import type { AudioAnswer, PlayerManifest, PlayerSegment, PlaylistEntry } from './types.js';

/** Network errors are retried this many times (with growing pauses) before the listener sees one. */
const NETWORK_RETRIES = 2;
/** Poll intervals while generating: fast for the first seconds so playback starts quickly, then calmer. */
const FIRST_POLLS_MS = [50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 100, 100, 100, 100, 200, 200, 300];
const STEADY_POLL_MS = 400;

/**
 * Asks the audio route once. 200 → ready, 202 → pending (with the growing stream and the
 * sentences encoded so far), anything else → failed with a Vietnamese message.
 */
export async function fetchAudioAnswer(base: string, articleId: string, voice: string, options: { retry?: boolean; signal?: AbortSignal } = {}): Promise<AudioAnswer> {
  const url = `${base}/v1/articles/${encodeURIComponent(articleId)}/audio?voice=${encodeURIComponent(voice)}${options.retry ? '&retry=1' : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, cache: 'no-store' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { kind: 'failed', status: 'network', message: describeFailure('network') };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 200) {
    const manifest = body as unknown as PlayerManifest;
    return { kind: 'ready', manifest: { ...manifest, audioUrl: resolveApiUrl(base, manifest.audioUrl) } };
  }
  if (response.status === 202) {
    return {
      kind: 'pending',
      progress: Number(body.progress) || 0,
      jobId: typeof body.jobId === 'string' ? body.jobId : undefined,
      streamUrl: typeof body.streamUrl === 'string' ? resolveApiUrl(base, body.streamUrl) : undefined,
      readyMs: Number(body.readyMs) || 0,
      segments: Array.isArray(body.segments) ? (body.segments as PlayerSegment[]) : [],
    };
  }
  return { kind: 'failed', status: response.status, message: describeFailure(response.status) };
}

/**
 * Follows an article's audio until it is ready or has failed, reporting every answer.
 * Polls the audio route rather than the job's SSE: only the audio route carries the
 * growing list of timed sentences the transcript needs. Stops when `signal` aborts.
 */
export async function watchAudio(options: {
  base: string;
  articleId: string;
  voice: string;
  retry?: boolean;
  signal: AbortSignal;
  onAnswer(answer: AudioAnswer): void;
}): Promise<void> {
  const { signal } = options;
  let retry = options.retry;
  let polls = 0;
  let networkFailures = 0;
  while (!signal.aborted) {
    let answer: AudioAnswer;
    try {
      answer = await fetchAudioAnswer(options.base, options.articleId, options.voice, { retry, signal });
    } catch {
      return; // aborted
    }
    retry = false; // re-queue once, not on every poll
    if (answer.kind === 'failed' && answer.status === 'network' && networkFailures < NETWORK_RETRIES) {
      networkFailures++;
      await pause(400 * 2 ** networkFailures, signal);
      continue;
    }
    networkFailures = 0;
    if (signal.aborted) return;
    options.onAnswer(answer);
    if (answer.kind !== 'pending') return;
    await pause(FIRST_POLLS_MS[polls++] ?? STEADY_POLL_MS, signal);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * The articles to offer after this one: `GET /v1/playlists/latest`. A failure gives an
 * empty list: "Nghe tiếp" is an extra, never an error for the listener.
 */
export async function fetchLatestPlaylist(base: string, query: { voice: string; category?: string; exclude: string; limit?: number }): Promise<PlaylistEntry[]> {
  const params = new URLSearchParams({ voice: query.voice, exclude: query.exclude, limit: String(query.limit ?? 10) });
  if (query.category) params.set('category', query.category);
  try {
    const response = await fetch(`${base}/v1/playlists/latest?${params}`);
    const body = (await response.json()) as { items?: PlaylistEntry[] };
    return response.ok && Array.isArray(body.items) ? body.items : [];
  } catch {
    return [];
  }
}
