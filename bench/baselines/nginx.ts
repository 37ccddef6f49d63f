/**
 * nginx for the cache-hit benchmark, with a configuration written to a temporary folder:
 * one server that sends the audio folder's files itself (the baseline), one in front of an
 * API started with ACCEL_REDIRECT_PREFIX=/_audio/, where the API answers each request
 * (checks, headers) and nginx sends the bytes named by its `X-Accel-Redirect` — the
 * deployment docs/architecture.md describes — and one that sends the files the API has
 * verified itself, from the API's links (VERIFIED_AUDIO_DIR), with the configuration
 * `tts-reader nginx-config` writes. One worker process, like the one API process.
 */
import { execFileSync } from 'node:child_process';
import { renderNginxConfig } from '../../src/api/nginx-config.js';
import { startNginxWith } from '../../tests/helpers/nginx.js';
import { childPidsOf, freePort } from '../processes.js';

export interface RunningNginx {
  /** nginx serving `<audioDir>/<file>` at `/<file>`. */
  staticUrl: string;
  /** nginx proxying to the API, sending `/_audio/<file>` from `<audioDir>` when the API says so. */
  proxyUrl: string;
  /** nginx sending verified files from the API's links, asking the API for the rest. */
  directUrl: string;
  /** The worker processes (whose CPU time is nginx's cost). */
  workerPids(): number[];
  stop(): Promise<void>;
}

/** Where the nginx binary is (Debian: /usr/sbin/nginx), or undefined. */
export function findNginx(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Headers of the API's answer that nginx must send with the file: on an X-Accel-Redirect it
 * keeps only Content-Type, Accept-Ranges and Cache-Control of the upstream's headers (and
 * makes its own ETag), so CORS, the content-addressed ETag and the security headers are
 * copied from the API's answer explicitly (an empty one is not sent).
 */
export const HEADERS_FROM_API = [
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
  'Vary',
  'ETag',
  'Cross-Origin-Opener-Policy',
  'Cross-Origin-Resource-Policy',
  'Origin-Agent-Cluster',
  'Referrer-Policy',
  'X-Content-Type-Options',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
];

/** The servers: plain static serving, X-Accel-Redirect and verified links, all with sendfile and keep-alive. */
export function nginxServers(options: { audioDir: string; linksDir: string; staticPort: number; proxyPort: number; directPort: number; apiPort: number }): string {
  const { audioDir } = options;
  return `  # written by bench/baselines/nginx.ts
  sendfile on;
  # Not tcp_nopush: with sendfile it holds each range's last segment back ~40 ms on loopback
  # (measured: 850 rps instead of 19,000; docs/benchmarks.md).
  tcp_nopush off;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 100000000;
  upstream api {
    server 127.0.0.1:${options.apiPort};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${options.staticPort};
    location / { root ${audioDir}; }
  }
  server {
    listen 127.0.0.1:${options.proxyPort};
    location /_audio/ {
      internal;
      alias ${audioDir}/;
      etag off;
${HEADERS_FROM_API.map((h) => `      add_header ${h} $upstream_http_${h.toLowerCase().replace(/-/g, '_')};`).join('\n')}
    }
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
    }
  }
${renderNginxConfig({ listen: `127.0.0.1:${options.directPort}`, apiServers: [`127.0.0.1:${options.apiPort}`], verifiedAudioDir: options.linksDir, playerOrigins: '*' })}`;
}

/** Starts nginx (tests/helpers/nginx.ts) with the three servers; `stop()` ends it and removes its folder. */
export async function startNginx(binary: string, options: { audioDir: string; linksDir: string; apiPort: number }): Promise<RunningNginx> {
  const [staticPort, proxyPort, directPort] = [await freePort(), await freePort(), await freePort()];
  const staticUrl = `http://127.0.0.1:${staticPort}`;
  const nginx = await startNginxWith(nginxServers({ ...options, staticPort, proxyPort, directPort }), `${staticUrl}/`, { binary, workerConnections: 4096 });
  return {
    staticUrl,
    proxyUrl: `http://127.0.0.1:${proxyPort}`,
    directUrl: `http://127.0.0.1:${directPort}`,
    workerPids: () => (nginx.pid === undefined ? [] : childPidsOf(nginx.pid)),
    stop: () => nginx.stop(),
  };
}
