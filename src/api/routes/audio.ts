import { Router } from 'express';
import { AUDIO_KEY_PATTERN } from '../../manifest.js';
import type { AudioService } from '../../services/audio-service.js';
import type { Metrics } from '../../services/metrics.js';
import { badRequest, HttpError, notFound } from '../errors.js';
import type { RateLimit } from '../rate-limits.js';
import { sendManifest } from '../send-manifest.js';
import type { AudioServer } from '../serve-audio.js';
import type { VoiceId } from '../../voices.js';
import { parseArticleId, parseCount, parseFlag, parseVoice } from '../validation.js';

function parseKeyFile(raw: unknown, what: string): string {
  const match = /^(.*)\.mp3$/s.exec(String(raw));
  if (!match) throw notFound(what);
  if (!AUDIO_KEY_PATTERN.test(match[1])) throw badRequest('key', 'audio key must be 64 hexadecimal digits');
  return match[1];
}

/** Public routes players use: the manifest (or progress), the MP3, and the growing MP3. */
export function audioRouter(deps: { service: AudioService; audioServer: AudioServer; metrics: Metrics; starts: RateLimit; voices: readonly VoiceId[] }) {
  const { service, audioServer, metrics, starts } = deps;
  const router = Router();

  router.get('/v1/articles/:id/audio', async (req, res) => {
    const id = parseArticleId(req.params.id);
    const voice = parseVoice(req.query.voice, deps.voices);
    const sinceSegment = parseCount(req.query.since, 'since') ?? 0;
    const retry = parseFlag(req.query.retry, 'retry');
    // Cache hits and jobs already running cost nothing; starting one counts against the client's limit.
    let status = await service.requestAudio(id, voice, { start: false, sinceSegment });
    if (status.state === 'absent' || (status.state === 'failed' && (retry || status.retryAfterSeconds === 0))) {
      await starts.consume(req);
      status = await service.requestAudio(id, voice, { retry, sinceSegment });
    }
    metrics.audioRequests.inc({ outcome: status.state === 'absent' ? 'pending' : status.state, voice });
    switch (status.state) {
      case 'ready':
        sendManifest(req, res, status.manifest.key, status.body);
        return;
      case 'pending': {
        const { state: _state, ...body } = status;
        res.setHeader('Cache-Control', 'no-store');
        res.status(202).json({ articleId: id, voice, ...body });
        return;
      }
      case 'failed': {
        const retryAfter = Math.max(1, status.retryAfterSeconds);
        throw new HttpError(502, 'generation_failed', status.error, undefined, { status: 'failed', jobId: status.jobId, retryAfterSeconds: retryAfter }, {
          'Retry-After': String(retryAfter),
        });
      }
      case 'absent':
        throw new HttpError(503, 'unavailable', 'the audio could not be queued; try again shortly', undefined, undefined, { 'Retry-After': '2' });
    }
  });

  router.get(['/v1/audio/:file', '/v1/audio/:file/'], async (req, res) => {
    const key = parseKeyFile(req.params.file, 'audio');
    if (!(await audioServer.serveAudio(req, res, key))) throw notFound('audio');
  });

  router.get('/v1/stream/:file', async (req, res) => {
    const key = parseKeyFile(req.params.file, 'audio stream');
    const closed = new AbortController();
    req.on('close', () => closed.abort());
    const parts = await service.partialStream(key, closed.signal);
    if (!parts) {
      // Not generating (any more): the finished file answers the same request.
      if (!(await audioServer.serveAudio(req, res, key))) throw notFound('audio stream');
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', 'audio/mpeg');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Accept-Ranges', 'none');
    res.flushHeaders();
    for await (const part of parts) {
      if (!res.write(part)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  });

  return router;
}
