/**
 * nginx for the cache-hit benchmark, with a configuration written to a temporary folder:
 * one server that sends the audio folder's files itself (the baseline), one in front of an
 * API started with ACCEL_REDIRECT_PREFIX=/_audio/, where the API answers each request
 * (checks, headers) and nginx sends the bytes named by its `X-Accel-Redirect` — the
 * deployment docs/architecture.md describes — and one that sends the files the API has
 * verified itself, from the API's links (VERIFIED_AUDIO_DIR), with the configuration
 * `tts-reader nginx-config` writes. One worker process, like the one API process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderNginxConfig } from '../../src/api/nginx-config.js';
import { childPidsOf, freePort, stopProcess } from '../processes.js';

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

/** The configuration: plain static serving and X-Accel-Redirect, both with sendfile and keep-alive. */
export function nginxConfig(options: { dir: string; audioDir: string; linksDir: string; staticPort: number; proxyPort: number; directPort: number; apiPort: number }): string {
  const { dir, audioDir } = options;
  return `# written by bench/baselines/nginx.ts
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  # Not tcp_nopush: with sendfile it holds each range's last segment back ~40 ms on loopback
  # (measured: 850 rps instead of 19,000; docs/benchmarks.md).
  tcp_nopush off;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 100000000;
  types { audio/mpeg mp3; application/json json; }
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
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
${renderNginxConfig({ listen: `127.0.0.1:${options.directPort}`, apiServers: [`127.0.0.1:${options.apiPort}`], verifiedAudioDir: options.linksDir, playerOrigins: '*' })}
}
`;
}

/** Starts nginx in the foreground with a fresh configuration; `stop()` ends it and removes the folder. */
export async function startNginx(binary: string, options: { audioDir: string; linksDir: string; apiPort: number }): Promise<RunningNginx> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-nginx-'));
  const [staticPort, proxyPort, directPort] = [await freePort(), await freePort(), await freePort()];
  const config = path.join(dir, 'nginx.conf');
  await fs.writeFile(config, nginxConfig({ dir, ...options, staticPort, proxyPort, directPort }));
  const child: ChildProcess = spawn(binary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const staticUrl = `http://127.0.0.1:${staticPort}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    if (await fetch(`${staticUrl}/`).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    staticUrl,
    proxyUrl: `http://127.0.0.1:${proxyPort}`,
    directUrl: `http://127.0.0.1:${directPort}`,
    workerPids: () => (child.pid === undefined ? [] : childPidsOf(child.pid)),
    async stop() {
      await stopProcess(child);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
