/**
 * What a listener (a player, a CDN) sees while a fault scenario runs, and what it ends up
 * with. `ListenerProbe` keeps asking for the manifest and the MP3 the way a player does and
 * records every answer; a 200 (or 206) MP3 whose bytes do not match a manifest the service
 * gave out is the defect these scenarios exist to catch. `expectCompleteAudio` checks that
 * the audio finally served is whole: its bytes match the manifest, it decodes to the
 * manifest's duration, and it has one segment per sentence of the article.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Manifest } from '../../../src/manifest.js';
import { decodeMp3, rms } from '../../helpers/audio.js';
import { AUTH, sleep } from '../../helpers/processes.js';

/** One MP3 frame at 22,050 Hz: decoded length and manifest duration agree within it. */
const ONE_FRAME_MS = Math.ceil((1152 / 22_050) * 1000);

export type VerifiedManifest = Manifest & { mp3: { bytes: number; sha256: string } };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** PUT an article as an editor; returns the response body. */
export async function putArticle(baseUrl: string, id: string, body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/v1/articles/${id}`, {
    method: 'PUT',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** How many sentences the service reads in this text (the demo preview runs the same front end). */
export async function sentenceCount(baseUrl: string, text: string): Promise<number> {
  const res = await fetch(`${baseUrl}/v1/demo/preview`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
  expect(res.status, 'the demo preview (DEMO_MAX_CHARS must allow the article)').toBe(200);
  return ((await res.json()) as { sentences: unknown[] }).sentences.length;
}

export interface AudioAnswer {
  status: number;
  headers: Headers;
  json?: Record<string, unknown>;
}

/** The public audio route, as a player asks for it. */
export async function requestAudio(baseUrl: string, articleId: string, voice: string, timeoutMs = 10_000): Promise<AudioAnswer> {
  const res = await fetch(`${baseUrl}/v1/articles/${articleId}/audio?voice=${voice}`, { signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json };
}

/** Polls the audio route until it answers 200; returns the manifest. Any 5xx other than `allow` fails. */
export async function waitForManifest(baseUrl: string, articleId: string, voice: string, timeoutMs = 90_000, allow: number[] = []): Promise<VerifiedManifest> {
  const deadline = Date.now() + timeoutMs;
  let last: AudioAnswer | undefined;
  while (Date.now() < deadline) {
    last = await requestAudio(baseUrl, articleId, voice).catch(() => undefined);
    if (last?.status === 200) return last.json as unknown as VerifiedManifest;
    if (last && last.status !== 202 && !allow.includes(last.status)) throw new Error(`audio route answered ${last.status}: ${JSON.stringify(last.json)}`);
    await sleep(200);
  }
  throw new Error(`audio of ${articleId} not ready within ${timeoutMs} ms; last answer ${last?.status} ${JSON.stringify(last?.json)}`);
}

/**
 * Fetches the manifest and the MP3 and checks that the audio is complete: the bytes match the
 * manifest's size and SHA-256, the decoded length matches its duration within one frame,
 * there is one segment per sentence ending where the audio ends, and the end is not silent.
 */
export async function expectCompleteAudio(baseUrl: string, articleId: string, voice: string, sentences: number): Promise<VerifiedManifest> {
  const manifest = await waitForManifest(baseUrl, articleId, voice);
  expect(manifest.mp3?.sha256, 'the manifest records the MP3 hash').toMatch(/^[a-f0-9]{64}$/);
  const res = await fetch(new URL(manifest.audioUrl, baseUrl));
  expect(res.status).toBe(200);
  const body = Buffer.from(await res.arrayBuffer());
  expect(body.byteLength).toBe(manifest.mp3.bytes);
  expect(sha256(body)).toBe(manifest.mp3.sha256);
  expect(manifest.segments).toHaveLength(sentences);
  expect(manifest.segments.at(-1)!.endMs).toBe(manifest.durationMs);

  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tts-fault-mp3-')), 'audio.mp3');
  try {
    await fs.writeFile(file, body);
    const pcm = await decodeMp3(file, manifest.sampleRate);
    const decodedMs = ((pcm.length / 2) * 1000) / manifest.sampleRate;
    expect(Math.abs(decodedMs - manifest.durationMs), 'decoded length against the manifest duration').toBeLessThanOrEqual(ONE_FRAME_MS);
    // The last sentence is really there: speech, not silence or a cut-off tail.
    const last = manifest.segments.at(-1)!;
    const from = Math.floor((last.startMs / 1000) * manifest.sampleRate);
    const to = Math.floor((last.endMs / 1000) * manifest.sampleRate);
    expect(rms(pcm, from, to), 'the last sentence is audible').toBeGreaterThan(200);
  } finally {
    await fs.rm(path.dirname(file), { recursive: true, force: true });
  }
  return manifest;
}

/** Whatever a listener was given with a success status. */
interface ServedMp3 {
  at: number;
  url: string;
  status: number;
  bytes: number;
  sha256: string;
  /** For a 206: the whole length the server claimed. */
  totalBytes?: number;
  cacheControl: string | null;
}

/**
 * Plays the listener over and over while a scenario runs: asks for the manifest (the hot
 * path once it is cached) and, when the audio route names an MP3 (ready) or a job (pending),
 * asks for that MP3 whole and as a range. `violations()` lists every success answer whose
 * bytes did not match any manifest the service handed out, and every manifest whose MP3
 * was missing for longer than a moment.
 */
export class ListenerProbe {
  readonly statuses = new Map<number, number>();
  readonly manifests = new Map<string, VerifiedManifest['mp3']>();
  private readonly served: ServedMp3[] = [];
  private readonly problems: string[] = [];
  private readonly keys = new Set<string>();
  private running = false;
  private loop: Promise<void> | undefined;
  /** Manifest 200 whose MP3 answered 404: when it first happened, per manifest hash. */
  private readonly missingSince = new Map<string, number>();

  constructor(
    private readonly baseUrl: string,
    private readonly articleId: string,
    private readonly voice: string,
    private readonly everyMs = 150,
  ) {}

  start(): this {
    this.running = true;
    this.loop = this.run();
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Answers of the audio route by status. */
  countsByStatus(): Record<number, number> {
    return Object.fromEntries([...this.statuses].sort(([a], [b]) => a - b));
  }

  /** Everything a listener got that it must never get; call after `stop()`. */
  violations(): string[] {
    const valid = new Set([...this.manifests.values()].map((m) => `${m.bytes}:${m.sha256}`));
    const sizes = new Set([...this.manifests.values()].map((m) => m.bytes));
    const bad = this.served.filter((s) =>
      s.status === 200 ? !valid.has(`${s.bytes}:${s.sha256}`) : s.totalBytes === undefined || !sizes.has(s.totalBytes),
    );
    return [...this.problems, ...bad.map((s) => `${s.status} for ${s.url}: ${s.bytes} bytes (sha256 ${s.sha256.slice(0, 12)}…, total ${s.totalBytes ?? '-'}, ${s.cacheControl}) matches no manifest`)];
  }

  private async run(): Promise<void> {
    while (this.running) {
      await this.once().catch(() => undefined); // a process down mid-request: the next round asks again
      await sleep(this.everyMs);
    }
  }

  private async once(): Promise<void> {
    const answer = await requestAudio(this.baseUrl, this.articleId, this.voice, 5000);
    this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1);
    if (answer.status === 200) {
      const manifest = answer.json as unknown as VerifiedManifest;
      if (!manifest.mp3) {
        this.problems.push('a manifest without the MP3 size and hash was served');
        return;
      }
      this.manifests.set(manifest.mp3.sha256, manifest.mp3);
      this.keys.add(manifest.key);
      const whole = await this.fetchMp3(manifest.audioUrl);
      if (whole === 404) this.noteMissing(manifest);
      else this.missingSince.delete(manifest.mp3.sha256);
    } else if (answer.status === 202 && typeof answer.json?.jobId === 'string') {
      this.keys.add(answer.json.jobId);
    }
    for (const key of this.keys) {
      await this.fetchMp3(`/v1/audio/${key}.mp3`);
      await this.fetchMp3(`/v1/audio/${key}.mp3`, 'bytes=1000-');
    }
  }

  /** A manifest served while its MP3 is gone: tolerated for the moment a concurrent eviction takes, not for longer. */
  private noteMissing(manifest: VerifiedManifest): void {
    const since = this.missingSince.get(manifest.mp3.sha256) ?? Date.now();
    this.missingSince.set(manifest.mp3.sha256, since);
    if (Date.now() - since > 3000) this.problems.push(`manifest ${manifest.key.slice(0, 12)}… kept being served for ${Date.now() - since} ms while its MP3 answered 404`);
  }

  private async fetchMp3(url: string, range?: string): Promise<number> {
    const res = await fetch(new URL(url, this.baseUrl), { headers: range ? { Range: range } : {}, signal: AbortSignal.timeout(10_000) });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status === 200 || res.status === 206) {
      const total = /\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1];
      this.served.push({
        at: Date.now(),
        url,
        status: res.status,
        bytes: body.byteLength,
        sha256: sha256(body),
        totalBytes: total ? Number(total) : undefined,
        cacheControl: res.headers.get('cache-control'),
      });
    } else if (res.status >= 500) {
      this.problems.push(`${res.status} for ${url}`);
    }
    return res.status;
  }
}
