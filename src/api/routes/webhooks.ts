import { Router, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { WebhookDeliveryLog } from '../../webhooks/delivery-log.js';
import { notFound } from '../errors.js';
import { parseBody } from '../validation.js';

const DeliveriesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    status: z.enum(['pending', 'retrying', 'delivered', 'failed']).optional(),
    type: z.enum(['audio.ready', 'audio.failed', 'batch.finished']).optional(),
    url: z.url().max(2048).optional(),
  })
  .strict();

/** Editor route: the webhook delivery log, newest first (`?url=` for one webhook's deliveries). */
export function webhooksRouter(deps: { redis: Redis; prefix: string; requireEditor: RequestHandler }) {
  const log = new WebhookDeliveryLog(deps.redis, deps.prefix);
  const router = Router();

  router.get('/v1/webhooks/deliveries', deps.requireEditor, async (req, res) => {
    const query = parseBody(DeliveriesQuery, { ...req.query });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ deliveries: await log.list(query) });
  });

  router.get('/v1/webhooks/deliveries/:id', deps.requireEditor, async (req, res) => {
    const record = await log.get(String(req.params.id));
    if (!record) throw notFound('delivery');
    res.setHeader('Cache-Control', 'no-store');
    res.json(record);
  });

  return router;
}
