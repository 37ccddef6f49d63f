import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AudioService } from '../services/audio-service.js';
import type { Metrics } from '../services/metrics.js';
import { isVoiceId, type VoiceId } from '../voices.js';
import { setPublicCorsHeaders } from './cors.js';
import { sendManifest } from './send-manifest.js';
import type { AudioServer } from './serve-audio.js';

const AUDIO_PATH = /^\/v1\/audio\/([a-f0-9]{64})\.mp3$/;
const MANIFEST_PATH = /^\/v1\/articles\/([A-Za-z0-9._-]{1,128})\/audio$/;

/**
 * Answers the two requests players make most, when the answer is already in memory: the
 * manifest of ready audio and the bytes of a hot MP3. Express's routing costs about two
 * thirds of such a request, so these skip it; everything else (and every miss, error or
 * odd case) goes on to the Express app, which gives the same answers more slowly.
 *
 * @returns a promise of true when the request was answered here.
 */
export function createHotPath(deps: {
  service: AudioService;
  audio: AudioServer;
  metrics: Metrics;
  playerOrigins: readonly string[] | '*';
  /** The voices offered (VOICES): others go on to Express, which answers 400. */
  voices: readonly VoiceId[];
  /** The same security headers as every other answer (helmet). */
  security: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}) {
  const secure = (req: IncomingMessage, res: ServerResponse) => deps.security(req, res, () => undefined);
  return async function answerFromMemory(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);

    const audio = AUDIO_PATH.exec(pathname);
    if (audio) {
      setPublicCorsHeaders(req, res, deps.playerOrigins);
      secure(req, res);
      return deps.audio.serveFromMemory(req, res, audio[1]);
    }

    const manifest = req.method === 'GET' ? MANIFEST_PATH.exec(pathname) : null;
    if (!manifest || /^\.+$/.test(manifest[1])) return false;
    const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
    if (!isPlainManifestQuery(query)) return false;
    const voice = query.get('voice') || deps.voices[0];
    if (!isVoiceId(voice) || !deps.voices.includes(voice)) return false;
    const ready = await deps.service.readyManifest(manifest[1], voice);
    if (!ready) return false;
    deps.metrics.audioRequests.inc({ outcome: 'ready', voice });
    setPublicCorsHeaders(req, res, deps.playerOrigins);
    secure(req, res);
    sendManifest(req, res, ready.key, ready.body);
    return true;
  };
}

/**
 * A manifest request whose parameters the full route would accept as they are: one valid
 * `voice`, at most one `since` count, no `retry`. Anything else (a repeated voice, `since=abc`)
 * goes to the full route, so a cache hit never answers 200 where a miss answers 400.
 */
function isPlainManifestQuery(query: URLSearchParams): boolean {
  const voices = query.getAll('voice');
  const since = query.getAll('since');
  if (voices.length > 1 || since.length > 1 || query.has('retry')) return false;
  if (voices.length === 1 && voices[0] !== '' && !isVoiceId(voices[0])) return false;
  return since.length === 0 || since[0] === '' || (/^\d{1,7}$/.test(since[0]) && Number(since[0]) <= 1_000_000);
}
