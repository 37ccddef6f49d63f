import { Router } from 'express';
import type { AudioService } from '../../services/audio-service.js';
import { AUDIO_KEY_PATTERN } from '../../manifest.js';
import { notFound } from '../errors.js';

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
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    let closed = false;
    req.on('close', () => (closed = true));
    let last = '';
    let status: typeof first | undefined = first;
    // Polling the job is simpler and sturdier than a Redis event stream per client, and
    // progress a few times a second is all a player shows.
    while (!closed && status) {
      const payload = JSON.stringify(status);
      if (payload !== last) {
        res.write(`event: ${TERMINAL.has(status.state) ? status.state : 'progress'}\ndata: ${payload}\n\n`);
        last = payload;
      }
      if (TERMINAL.has(status.state)) break;
      await new Promise((r) => setTimeout(r, EVENT_POLL_MS));
      status = await service.jobStatus(id).catch(() => undefined);
    }
    res.end();
  });

  return router;
}
