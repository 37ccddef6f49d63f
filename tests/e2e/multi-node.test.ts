/**
 * Past one machine: two API processes and two worker processes, each with its own empty
 * local directory, sharing only Redis, an S3-protocol object store and PostgreSQL.
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { deleteKeysUnder } from '../../src/queue/redis-keys.js';
import { decodeMp3, probeMp3 } from '../helpers/audio.js';
import { DATABASE_URL, dropSchema, freshSchema } from '../helpers/postgres.js';
import { freePort, startProcess, type ServiceProcess } from '../helpers/processes.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';
import { EDITOR_KEY, REDIS_URL } from '../helpers/service.js';

const ARTICLE = [
  'Gia Lai: Sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối',
  'Sáng 20-7, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020-2025.',
  'Đầu nhiệm kỳ, Đảng bộ Khối có 125 tổ chức cơ sở Đảng với 4.857 đảng viên. Đến nay, 7 chỉ tiêu vượt và đạt, 2 chỉ tiêu chưa đạt.',
  'Tổng số tiền hỗ trợ trên 5,8 tỷ đồng để xây dựng 103 căn nhà cho hộ nghèo. Hội nghị kết thúc lúc 11h30 cùng ngày.',
].join('\n\n');

let s3: TestS3;
let schema: string;
let prefix: string;
const scratch: string[] = [];
const processes: ServiceProcess[] = [];
let apiA: string;
let apiB: string;
let workers: ServiceProcess[];

async function startNode(entry: 'server' | 'worker', extra: Record<string, string> = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `tts-node-${entry}-`));
  scratch.push(dir);
  const proc = startProcess(entry, {
    ...s3.env('audio'),
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    DATABASE_URL,
    DATABASE_SCHEMA: schema,
    CACHE_DIR: dir,
    EDITOR_API_KEYS: EDITOR_KEY,
    WORKER_CONCURRENCY: '2',
    ...extra,
  });
  processes.push(proc);
  return proc;
}

const auth = { Authorization: `Bearer ${EDITOR_KEY}`, 'Content-Type': 'application/json' };
const put = (base: string, id: string, body: object) => fetch(`${base}/v1/articles/${id}`, { method: 'PUT', headers: auth, body: JSON.stringify(body) });
const audioOf = async (base: string, id: string, voice = 'north-female') => {
  const res = await fetch(`${base}/v1/articles/${id}/audio?voice=${voice}`);
  return { status: res.status, body: (await res.json()) as Manifest & { jobId?: string; streamUrl?: string; status?: string } };
};

async function waitReady(base: string, id: string, timeoutMs = 60_000): Promise<Manifest> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await audioOf(base, id);
    if (status === 200) return body;
    if (status !== 202 || Date.now() > deadline) throw new Error(`audio of ${id}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  s3 = await startTestS3();
  schema = freshSchema();
  prefix = `test-multi-${randomUUID().slice(0, 8)}`;
  const [portA, portB] = [await freePort(), await freePort()];
  // Fifty listeners arrive from one test address: the per-address start limit must not be what is measured.
  const api = (port: number) => ({ PORT: String(port), AUDIO_START_LIMIT_PER_MINUTE: '1000' });
  const [a, b] = [await startNode('server', api(portA)), await startNode('server', api(portB))];
  workers = [await startNode('worker'), await startNode('worker')];
  await Promise.all([a, b].map((p) => p.waitForLog(/API listening/)));
  await Promise.all(workers.map((w) => w.waitForLog(/synthesis worker started/)));
  apiA = `http://127.0.0.1:${portA}`;
  apiB = `http://127.0.0.1:${portB}`;
}, 90_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await s3?.stop();
  await dropSchema(schema).catch(() => undefined);
  await deleteKeysUnder(REDIS_URL, prefix);
  for (const dir of scratch) await fs.rm(dir, { recursive: true, force: true });
});

describe('two APIs and two workers sharing only Redis, S3 and PostgreSQL', () => {
  it('registers through A, plays progressively and then completely through B (Range, ETag), bytes as the manifest says', async () => {
    expect((await put(apiA, 'gia-lai', { text: ARTICLE, category: 'thoi-su' })).status).toBe(201);
    const first = await audioOf(apiA, 'gia-lai');
    expect(first.status).toBe(202);
    // The stream route of API B follows the job running on a worker of another "host".
    let streamUrl: string | undefined;
    for (let i = 0; i < 200 && !streamUrl; i++) {
      const pending = await audioOf(apiB, 'gia-lai');
      if (pending.status === 200) break;
      streamUrl = pending.body.streamUrl;
      if (!streamUrl) await new Promise((r) => setTimeout(r, 20));
    }
    expect(streamUrl).toBeDefined();
    const streamed = Buffer.from(await (await fetch(`${apiB}${streamUrl}`)).arrayBuffer());
    const manifest = await waitReady(apiB, 'gia-lai');
    expect(manifest.mp3).toBeDefined();
    const whole = await fetch(`${apiB}${manifest.audioUrl}`);
    expect(whole.status).toBe(200);
    const etag = whole.headers.get('etag')!;
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.length).toBe(manifest.mp3!.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.mp3!.sha256);
    // The growing stream carried the same audio (only its first frame, the duration header, is patched at the end).
    expect(streamed.length).toBe(bytes.length);
    expect(streamed.subarray(4096).equals(bytes.subarray(4096))).toBe(true);
    const range = await fetch(`${apiB}${manifest.audioUrl}`, { headers: { Range: 'bytes=1000-65535' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 1000-65535/${bytes.length}`);
    expect(Buffer.from(await range.arrayBuffer()).equals(bytes.subarray(1000, 65536))).toBe(true);
    expect((await fetch(`${apiA}${manifest.audioUrl}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    // Exact audio: the decoded length is the manifest's duration (within one MP3 frame).
    const file = path.join(scratch[0], 'check.mp3');
    await fs.writeFile(file, bytes);
    const pcm = await decodeMp3(file, manifest.sampleRate);
    expect(Math.abs((pcm.length / 2 / manifest.sampleRate) * 1000 - manifest.durationMs)).toBeLessThanOrEqual((1152 / manifest.sampleRate) * 1000);
    const probe = await probeMp3(file);
    expect(Math.abs((probe.durationSec - probe.startSec) * 1000 - manifest.durationMs)).toBeLessThanOrEqual((1152 / manifest.sampleRate) * 1000);
  }, 90_000);

  it('an update through B is seen at once by A', async () => {
    const before = await fetch(`${apiA}/v1/articles/gia-lai`, { headers: auth }).then((r) => r.json());
    const edited = ARTICLE.replace('103 căn nhà', '104 căn nhà');
    expect((await put(apiB, 'gia-lai', { text: edited })).status).toBe(200);
    const after = await fetch(`${apiA}/v1/articles/gia-lai`, { headers: auth }).then((r) => r.json());
    expect(after.revision).not.toBe(before.revision);
    expect(after.cleanText).toContain('104 căn nhà');
    // A answers for the new text at once: its cached manifest of the old text is not served.
    const status = await audioOf(apiA, 'gia-lai');
    expect(status.status).toBe(202);
    expect(status.body.jobId).not.toBe(before.audio['north-female'].audioUrl?.match(/[a-f0-9]{64}/)?.[0]);
    const updated = await waitReady(apiA, 'gia-lai');
    expect(updated.segments.some((s) => s.text.includes('104 căn nhà'))).toBe(true);
  }, 30_000);

  it('50 concurrent requests across both APIs make exactly one synthesis per content key', async () => {
    expect((await put(apiA, 'dong-thoi', { text: `${ARTICLE}\n\nBản tin phát lúc ${randomUUID()}.` })).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => audioOf(i % 2 ? apiA : apiB, 'dong-thoi')));
    // Any other answer is shown with its body, so a failure says what went wrong.
    expect(answers.filter((a) => a.status !== 202 && a.status !== 200).map((a) => `${a.status} ${JSON.stringify(a.body).slice(0, 200)}`)).toEqual([]);
    const keys = new Set(answers.map((a) => a.body.jobId ?? a.body.key));
    expect(keys.size).toBe(1);
    const manifest = await waitReady(apiA, 'dong-thoi');
    const [key] = [...keys];
    expect(manifest.key).toBe(key);
    // The log line may reach us a moment after the manifest does.
    const synthesesOf = () => workers.flatMap((w) => w.lines).filter((line) => line.includes('"audio ready"') && line.includes(key));
    await expect.poll(() => synthesesOf().length, { timeout: 5000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(synthesesOf()).toHaveLength(1);
  }, 90_000);
});
