/**
 * A real nginx for tests: the given `http`-context blocks in a configuration of its own (in a
 * temporary folder), in the foreground, stopped by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NGINX_BINARY = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));

export interface TestNginx {
  url: string;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

export async function startNginx(httpBlocks: string, port: number): Promise<TestNginx> {
  if (!NGINX_BINARY) throw new Error('nginx is not installed (npm test installs it: apt-get install nginx)');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-test-nginx-'));
  const config = path.join(dir, 'nginx.conf');
  await fs.writeFile(
    config,
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  types { audio/mpeg mp3; }
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${httpBlocks}
}
`,
  );
  const child = spawn(NGINX_BINARY, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    if (await fetch(`${url}/healthz`).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    errorLog: () => fs.readFile(path.join(dir, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      await stopProcess(child);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
