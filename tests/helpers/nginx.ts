/**
 * A real nginx, for the tests and the benchmark alike: the given `http`-context blocks in a
 * configuration of its own (in a temporary folder), in the foreground, stopped by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NGINX_BINARY = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));

export interface RunningNginxProcess {
  /** The master process (its workers are its children). */
  pid: number | undefined;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts nginx with `httpBlocks` (maps, upstreams, servers) and waits until `probeUrl`
 * answers. `workerConnections`: the events setting (the benchmark needs thousands).
 */
export async function startNginxWith(httpBlocks: string, probeUrl: string, options: { binary?: string; workerConnections?: number } = {}): Promise<RunningNginxProcess> {
  const binary = options.binary ?? NGINX_BINARY;
  if (!binary) throw new Error('nginx is not installed (npm test installs it: apt-get install nginx)');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-nginx-'));
  const config = path.join(dir, 'nginx.conf');
  await fs.writeFile(
    config,
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${options.workerConnections ?? 256}; }
http {
  access_log off;
  types { audio/mpeg mp3; application/json json; }
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${httpBlocks}
}
`,
  );
  const child = spawn(binary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    if (await fetch(probeUrl).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    pid: child.pid,
    errorLog: () => fs.readFile(path.join(dir, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      await stopProcess(child);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export interface TestNginx extends RunningNginxProcess {
  url: string;
}

/** nginx with `httpBlocks` listening on `port` (its server answers `/healthz`, directly or from the API). */
export async function startNginx(httpBlocks: string, port: number): Promise<TestNginx> {
  const url = `http://127.0.0.1:${port}`;
  return { url, ...(await startNginxWith(httpBlocks, `${url}/healthz`)) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
