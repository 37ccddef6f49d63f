import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Sends a ready manifest: revalidated on every use (the article may change), 304 when the
 * player already has it. The body is pre-serialized by the service; `lead` are headers to
 * send first (`[name, value, …]`: the hot path's security and CORS headers).
 */
export function sendManifest(req: IncomingMessage, res: ServerResponse, key: string, body: Buffer, lead: readonly string[] = []): void {
  const etag = `"m-${key}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, [...lead, 'Cache-Control', 'no-cache', 'ETag', etag]).end();
    return;
  }
  res.writeHead(200, [...lead, 'Cache-Control', 'no-cache', 'ETag', etag, 'Content-Type', 'application/json; charset=utf-8', 'Content-Length', String(body.byteLength)]);
  res.end(body);
}
