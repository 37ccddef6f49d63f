import { Router } from 'express';
import { AUDIO_KEY_PATTERN } from '../../manifest.js';
import type { AudioService } from '../../services/audio-service.js';
import type { Metrics } from '../../services/metrics.js';
import { badRequest, HttpError, notFound } from '../errors.js';
import { sendManifest } from '../send-manifest.js';
import type { AudioServer } from '../serve-audio.js';
import { streamGrowingMp3 } from '../stream-partial.js';
import { parseArticleId, parseVoice } from '../validation.js';

function parseKey(raw: string): string {
  if (!AUDIO_KEY_PATTERN.test(raw)) throw badRequest('key', 'audio key must be 64 hexadecimal digits');
  return raw;
}

/** Public routes players use: the manifest (or progress), the MP3, and the growing MP3. */
export function audioRouter(service: AudioService, { serveAudio }: AudioServer, metrics: Metrics) {
  const router = Router();

  router.get('/v1/articles/:id/audio', async (req, res) => {
    const id = parseArticleId(req.params.id);
    const voice = parseVoice(req.query.voice);
    const since = Number(req.query.since);
    const status = await service.requestAudio(id, voice, {
      retry: req.query.retry === '1' || req.query.retry === 'true',
      sinceSegment: Number.isInteger(since) && since > 0 ? since : 0,
    });
    metrics.audioRequests.inc({ outcome: status.state, voice });
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
      case 'failed':
        throw new HttpError(502, 'generation_failed', status.error, undefined, { status: 'failed', jobId: status.jobId });
    }
  });

  router.get(['/v1/audio/:file', '/v1/audio/:file/'], async (req, res) => {
    const match = /^(.*)\.mp3$/.exec(String(req.params.file));
    if (!match) throw notFound('audio');
    const key = parseKey(match[1]);
    if (!(await serveAudio(req, res, key))) throw notFound('audio');
  });

  router.get('/v1/stream/:file', async (req, res) => {
    const match = /^(.*)\.mp3$/.exec(String(req.params.file));
    if (!match) throw notFound('audio stream');
    const key = parseKey(match[1]);
    const finished = async () => (await service.manifestFor(key)) !== undefined;
    const source = { partialPath: service.partialAudioPath(key), isFinished: finished, isGenerating: () => service.isGenerating(key) };
    if (await streamGrowingMp3(req, res, source)) return;
    // Not generating (any more): the finished file answers the same request.
    if (!(await serveAudio(req, res, key))) throw notFound('audio stream');
  });

  return router;
}
