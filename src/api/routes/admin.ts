import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import type { Queue } from 'bullmq';

/** The queue dashboard (bull-board) at `/admin/queues`, for editors only. */
export function adminRouter(deps: { queues: unknown[]; requireEditor: RequestHandler }) {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath('/admin/queues');
  createBullBoard({ queues: deps.queues.map((q) => new BullMQAdapter(q as Queue)), serverAdapter });
  const router = Router();
  router.use('/admin/queues', deps.requireEditor, serverAdapter.getRouter());
  return router;
}
