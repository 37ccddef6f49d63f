import { Router } from 'express';
import type { AudioService } from '../../services/audio-service.js';
import { AUDIO_KEY_PATTERN } from '../../manifest.js';
import { notFound } from '../errors.js';
import { streamPolled } from '../server-sent-events.js';

/** Job IDs are audio keys; anything else cannot name a job. */
function parseJobId(raw: unknown): string {
  const id = String(raw);
  if (!AUDIO_KEY_PATTERN.test(id)) throw notFound('job');
  return id;
}

const EVENT_POLL_MS = 400;
const TERMINAL = new Set(['completed', 'failed']);

/** Job state and progress, as JSON or as server-sent events. */
export function jobsRouter(service: AudioService) {
  const router = Router();

  router.get('/v1/jobs/:id', async (req, res) => {
    const status = await service.jobStatus(parseJobId(req.params.id));
    if (!status) throw notFound('job');
    res.setHeader('Cache-Control', 'no-store');
    res.json(status);
  });

  router.get('/v1/jobs/:id/events', async (req, res) => {
    const id = parseJobId(req.params.id);
    const first = await service.jobStatus(id);
    if (!first) throw notFound('job');
    await streamPolled(req, res, first, {
      poll: () => service.jobStatus(id),
      eventOf: (status) => (TERMINAL.has(status.state) ? { name: status.state, terminal: true } : { name: 'progress', terminal: false }),
      intervalMs: EVENT_POLL_MS,
    });
  });

  return router;
}
