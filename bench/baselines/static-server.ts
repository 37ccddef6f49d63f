/**
 * Baseline of cache hits: the least a Node server can do to send the same bytes. Runs as
 * its own process (`node dist/bench/run.js --serve-static <mode> <file>...`), serving each
 * file at `/<basename>` with a single-range `Range` header honoured. Modes:
 * - `fs`: `fs.createReadStream` per request (what a plain static server does);
 * - `memory`: the bytes read once at start and sent from a Buffer.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';

export type StaticMode = 'fs' | 'memory';

interface ServedFile {
  path: string;
  size: number;
  type: string;
  bytes?: Buffer;
}

/** `bytes=a-b` / `bytes=a-` / `bytes=-n` → inclusive [start, end], or undefined when absent or unsatisfiable. */
function parseRange(header: string | undefined, size: number): [number, number] | undefined {
  const m = header && /^bytes=(\d*)-(\d*)$/.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(size - 1, Number(m[2]));
  return start <= end ? [start, end] : undefined;
}

function handle(file: ServedFile | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  const range = parseRange(req.headers.range, file.size);
  const [start, end] = range ?? [0, file.size - 1];
  res.writeHead(range ? 206 : 200, {
    'Content-Type': file.type,
    'Content-Length': end - start + 1,
    'Accept-Ranges': 'bytes',
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${file.size}` } : {}),
  });
  if (file.bytes) res.end(file.bytes.subarray(start, end + 1));
  else createReadStream(file.path, { start, end }).pipe(res);
}

/** Starts the server on an ephemeral port and prints `listening <port>` on stdout. */
export function runStaticServer(mode: StaticMode, files: string[]): void {
  const served = new Map<string, ServedFile>();
  for (const file of files) {
    served.set(`/${path.basename(file)}`, {
      path: file,
      size: statSync(file).size,
      type: file.endsWith('.json') ? 'application/json' : 'audio/mpeg',
      bytes: mode === 'memory' ? readFileSync(file) : undefined,
    });
  }
  const server = createServer((req, res) => handle(served.get(req.url ?? ''), req, res));
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(`listening ${(server.address() as { port: number }).port}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
