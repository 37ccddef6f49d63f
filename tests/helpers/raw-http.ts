/**
 * HTTP/1.1 requests written byte for byte on a socket: request lines and headers no HTTP
 * client would send (bad percent-encodings, invalid UTF-8, unknown methods, conflicting
 * headers), and the raw answer read back.
 */
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  /** The request target exactly as sent (may hold any bytes). */
  target: string | Buffer;
  headers?: [string, string | Buffer][];
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Sends one request on its own connection (`Connection: close`) and reads the answer until
 * the server closes. Content-Length is set from the body unless the request sets one.
 * @example await sendRaw(port, { method: 'GET', target: '/v1/articles/%ZZ/audio' }) //=> { status: 400, … }
 */
export function sendRaw(port: number, request: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
  const headers = [...(request.headers ?? [])];
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name);
  if (!has('host')) headers.unshift(['Host', `127.0.0.1:${port}`]);
  if (body && !has('content-length') && !has('transfer-encoding')) headers.push(['Content-Length', String(body.length)]);
  headers.push(['Connection', 'close']);
  const head = Buffer.concat([
    Buffer.from(`${request.method} `),
    Buffer.isBuffer(request.target) ? request.target : Buffer.from(request.target, 'latin1'),
    Buffer.from(' HTTP/1.1\r\n'),
    ...headers.flatMap(([name, value]) => [Buffer.from(`${name}: `), Buffer.isBuffer(value) ? value : Buffer.from(value, 'latin1'), Buffer.from('\r\n')]),
    Buffer.from('\r\n'),
  ]);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const parts: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${request.method} ${String(request.target).slice(0, 100)}`));
    }, timeoutMs);
    socket.on('data', (part) => parts.push(part));
    socket.on('error', () => undefined); // the server may reset after answering a broken request
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(parts);
      const end = raw.indexOf('\r\n\r\n');
      const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(raw.subarray(0, 20).toString('latin1'));
      if (!statusLine || end === -1) {
        reject(new Error(`no HTTP answer to ${request.method} ${String(request.target).slice(0, 100)} (${raw.length} bytes)`));
        return;
      }
      const headerLines = raw.subarray(0, end).toString('latin1').split('\r\n').slice(1);
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let payload: Buffer = raw.subarray(end + 4);
      if (/chunked/i.test(parsed['transfer-encoding'] ?? '')) payload = dechunk(payload);
      resolve({ status: Number(statusLine[1]), headers: parsed, body: payload });
    });
    socket.write(body ? Buffer.concat([head, body]) : head);
  });
}

function dechunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd === -1) break;
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}
