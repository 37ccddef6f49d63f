import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Sends a ready manifest: revalidated on every use (the article may change), 304 when the
 * player already has it. The body is pre-serialized by the service.
 */
export function sendManifest(req: IncomingMessage, res: ServerResponse, key: string, body: Buffer): void {
  const etag = `"m-${key}"`;
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.byteLength);
  res.end(body);
}
