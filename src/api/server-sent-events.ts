import type { Request, Response } from 'express';

/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;

export interface PolledStream<T> {
  /** The state now; undefined ends the stream (it is gone). */
  poll(): Promise<T | undefined>;
  /** The event name of a state: the last one is sent with its terminal name, then the stream ends. */
  eventOf(state: T): { name: string; terminal: boolean };
  intervalMs: number;
}

/**
 * Streams a polled state as server-sent events: one event each time it changes, until it
 * reaches a terminal state or the client goes away. Polling is simpler and sturdier than a
 * Redis subscription per client, and a few updates a second is all a progress bar shows.
 * `first` is the state already read (the caller answered 404 when there was none).
 * @example await streamPolled(req, res, first, { poll: () => service.jobStatus(id), eventOf: (s) => …, intervalMs: 400 })
 * // event: progress\ndata: {"state":"active",…}\n\n … event: completed\ndata: {…}\n\n
 */
export async function streamPolled<T>(req: Request, res: Response, first: T, stream: PolledStream<T>): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  let closed = false;
  req.on('close', () => (closed = true));
  let last = '';
  let lastWriteAt = Date.now();
  let state: T | undefined = first;
  while (!closed && state !== undefined) {
    const payload = JSON.stringify(state);
    const event = stream.eventOf(state);
    if (payload !== last) {
      res.write(`event: ${event.name}\ndata: ${payload}\n\n`);
      last = payload;
      lastWriteAt = Date.now();
    } else if (Date.now() - lastWriteAt >= KEEP_ALIVE_MS) {
      res.write(': keep-alive\n\n');
      lastWriteAt = Date.now();
    }
    if (event.terminal) break;
    await new Promise((resolve) => setTimeout(resolve, stream.intervalMs));
    state = await stream.poll().catch(() => undefined);
  }
  res.end();
}
