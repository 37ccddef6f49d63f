/**
 * A local HTTP server standing in for a news site or a CMS: routes by path, records every
 * request it receives (so a test can prove a refused request never arrived).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route = (req: IncomingMessage & { body: string }, res: ServerResponse) => void | Promise<void>;

export interface LocalHttpServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  received: ReceivedRequest[];
  /** TCP connections accepted: 0 proves a refused request never left the client. */
  connections(): number;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startLocalHttpServer(routes: Record<string, Route> = {}): Promise<LocalHttpServer> {
  const table = new Map(Object.entries(routes));
  const received: ReceivedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0];
    received.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    await handler(Object.assign(req, { body }), res);
  });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    received,
    connections: () => connections,
    route: (path, handler) => void table.set(path, handler),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Answers with an HTML page (UTF-8 unless told otherwise). */
export const htmlPage = (html: string | Buffer, contentType = 'text/html; charset=utf-8'): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': contentType }).end(html);
};

export const redirectTo = (location: string, status = 302): Route => (_req, res) => {
  res.writeHead(status, { location }).end();
};
