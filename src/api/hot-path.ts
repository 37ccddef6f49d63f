import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AudioService } from '../services/audio-service.js';
import type { Metrics } from '../services/metrics.js';
import { isVoiceId, type VoiceId } from '../voices.js';
import { publicCorsHeaders } from './cors.js';
import { recordHeaders, type SecurityParts } from './security-headers.js';
import { sendManifest } from './send-manifest.js';
import type { AudioServer } from './serve-audio.js';

const AUDIO_PATH = /^\/v1\/audio\/([a-f0-9]{64})\.mp3$/;
const MANIFEST_PATH = /^\/v1\/articles\/([A-Za-z0-9._-]{1,128})\/audio$/;

/**
 * Answers the two requests players make most, when the answer is already in memory: the
 * manifest of ready audio and the bytes of a hot MP3 (or, behind nginx, the redirect to
 * them). Express's routing costs about two thirds of such a request, so these skip it, and
 * their headers are put together once instead of by a chain of middleware on every request;
 * everything else (and every miss, error or odd case) goes on to the Express app, which
 * gives the same answers more slowly.
 *
 * @returns true when the request was answered here (synchronously, for an MP3 in memory),
 *   false when it was not, or a promise of either when the answer needed a look elsewhere.
 */
export function createHotPath(deps: {
  service: AudioService;
  audio: AudioServer;
  metrics: Metrics;
  playerOrigins: readonly string[] | '*';
  /** The voices offered (VOICES): others go on to Express, which answers 400. */
  voices: readonly VoiceId[];
  /** The same security headers as every other answer (helmet): recorded once, sent as lists. */
  security: SecurityParts;
}) {
  const common = recordHeaders(deps.security.common);
  const overTls = [...common, ...recordHeaders(deps.security.overTls)];
  // With PLAYER_ORIGINS=* every answer over plain HTTP (or over TLS) has the same headers.
  const anyOrigin = deps.playerOrigins === '*' ? publicCorsHeaders(undefined, '*') : undefined;
  const forAnyOrigin = anyOrigin && { plain: [...anyOrigin, ...common], tls: [...anyOrigin, ...overTls] };
  /** Security and CORS headers of this request's answer, `[name, value, …]`. */
  const leadFor = (req: IncomingMessage): readonly string[] => {
    const tls = deps.security.isOverTls(req);
    if (forAnyOrigin) return tls ? forAnyOrigin.tls : forAnyOrigin.plain;
    return [...publicCorsHeaders(req.headers.origin, deps.playerOrigins), ...(tls ? overTls : common)];
  };

  async function answerManifest(req: IncomingMessage, res: ServerResponse, id: string, query: string): Promise<boolean> {
    const params = new URLSearchParams(query);
    if (!isPlainManifestQuery(params)) return false;
    const voice = params.get('voice') || deps.voices[0];
    if (!isVoiceId(voice) || !deps.voices.includes(voice)) return false;
    const ready = await deps.service.readyManifest(id, voice);
    if (!ready) return false;
    deps.metrics.audioRequests.inc({ outcome: 'ready', voice });
    sendManifest(req, res, ready.key, ready.body, leadFor(req));
    return true;
  }

  return function answerFromMemory(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);

    const audio = AUDIO_PATH.exec(pathname);
    if (audio) {
      // A hot MP3 is answered without a promise: the most frequent request costs the least.
      const lead = leadFor(req);
      return deps.audio.serveFromMemory(req, res, audio[1], lead) || deps.audio.serveAccelerated(req, res, audio[1], lead);
    }

    const manifest = req.method === 'GET' ? MANIFEST_PATH.exec(pathname) : null;
    if (!manifest || /^\.+$/.test(manifest[1])) return false;
    return answerManifest(req, res, manifest[1], queryAt === -1 ? '' : url.slice(queryAt + 1));
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
