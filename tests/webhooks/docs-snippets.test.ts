/**
 * The verification snippets of docs/webhooks.md, run as a receiver would run them (Node
 * and Python), on a real delivery from the service.
 */
import { execFile } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalHttpServer, type LocalHttpServer, type ReceivedRequest } from '../helpers/local-http.js';
import { startTestService, type TestService } from '../helpers/service.js';

const run = promisify(execFile);
const SECRET = 'whsec-kiem-tra-doan-ma-tai-lieu';
const doc = readFileSync(path.join(import.meta.dirname, '../../docs/webhooks.md'), 'utf8');
const snippet = (language: string) => {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match) throw new Error(`docs/webhooks.md has no ${language} snippet`);
  return match[1];
};

describe('docs/webhooks.md verification snippets', () => {
  let cms: LocalHttpServer;
  let t: TestService;
  let dir: string;
  let delivery: ReceivedRequest;

  beforeAll(async () => {
    cms = await startLocalHttpServer({ '/hooks': (_req, res) => void res.writeHead(204).end() });
    t = await startTestService({ env: { WEBHOOK_URL: `${cms.origin}/hooks`, WEBHOOK_SECRET: SECRET, FETCH_PRIVATE_HOSTS: '127.0.0.1' } });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-reader-snippets-'));
    await fs.writeFile(path.join(dir, 'verify.cjs'), `${snippet('js')}\nconst [s, h, f] = process.argv.slice(2);\nconsole.log(verifyTtsSignature(s, h, require('node:fs').readFileSync(f)));\n`);
    await fs.writeFile(path.join(dir, 'verify.py'), `${snippet('python')}\nimport sys\nprint(verify_tts_signature(sys.argv[1], sys.argv[2], open(sys.argv[3], "rb").read()))\n`);
    await request(t.baseUrl).put('/v1/articles/tai-lieu').set('Authorization', t.auth).send({ text: 'Tài liệu hướng dẫn kiểm tra chữ ký.' }).expect(201);
    await request(t.baseUrl).get('/v1/articles/tai-lieu/audio?voice=north-female').expect(202);
    for (let i = 0; i < 600 && !cms.received.length; i++) await new Promise((r) => setTimeout(r, 50));
    delivery = cms.received[0];
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await cms.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const verifyWith = async (interpreter: string, script: string, secret: string, body: string) => {
    const bodyFile = path.join(dir, `body-${Math.random().toString(36).slice(2)}.json`);
    await fs.writeFile(bodyFile, body);
    const { stdout } = await run(interpreter, [path.join(dir, script), secret, String(delivery.headers['x-tts-signature']), bodyFile]);
    return stdout.trim();
  };

  it.each([
    ['Node', process.execPath, 'verify.cjs', 'true', 'false'],
    ['Python', 'python3', 'verify.py', 'True', 'False'],
  ])('%s accepts the real delivery and refuses a tampered body or another secret', async (_name, interpreter, script, yes, no) => {
    expect(delivery.headers['x-tts-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(await verifyWith(interpreter, script, SECRET, delivery.body)).toBe(yes);
    expect(await verifyWith(interpreter, script, SECRET, delivery.body.replace('tai-lieu', 'tai-lieu-gia'))).toBe(no);
    expect(await verifyWith(interpreter, script, 'mot-bi-mat-khac-han-nhe', delivery.body)).toBe(no);
  });
});
