/**
 * `tts-reader pregenerate --api http://host:8080 --key KEY [--voices a,b] FILE...`
 * Registers each file (.txt as text, .html as HTML; the article ID is the file name) through
 * the API, starts one pre-generation batch for all of them, and follows it with a progress bar.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Command } from '../text/cli-commands.js';
import { VOICE_IDS, isVoiceId } from '../voices.js';

const POLL_MS = 1000;

export const pregenerateCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      api: { type: 'string', default: process.env.TTS_API_URL ?? 'http://localhost:8080' },
      key: { type: 'string', default: process.env.EDITOR_API_KEY ?? process.env.EDITOR_API_KEYS?.split(',')[0] },
      voices: { type: 'string', default: VOICE_IDS.join(',') },
    },
  });
  if (!values.key) throw new Error('an editor API key is needed: --key or EDITOR_API_KEY');
  if (positionals.length === 0) throw new Error('name one or more article files (.txt or .html)');
  const voices = values.voices!.split(',').map((v) => v.trim());
  const bad = voices.find((v) => !isVoiceId(v));
  if (bad) throw new Error(`unknown voice "${bad}"; valid voices: ${VOICE_IDS.join(', ')}`);
  const headers = { Authorization: `Bearer ${values.key}`, 'Content-Type': 'application/json' };
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(new URL(url, values.api), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${json?.error?.message ?? ''}`);
    return json;
  };

  const ids: string[] = [];
  for (const file of positionals) {
    const id = path.basename(file).replace(/\.(txt|html?)$/i, '').replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 128);
    const content = await fs.readFile(file, 'utf8');
    await call('PUT', `/v1/articles/${encodeURIComponent(id)}`, /\.html?$/i.test(file) ? { html: content } : { text: content });
    ids.push(id);
  }
  const { batchId, total } = await call('POST', '/v1/pregenerate', { articles: ids, voices });
  const bar = new cliProgress.SingleBar(
    { format: 'pregenerate [{bar}] {value}/{total} ready | {failed} failed', stream: io.stdout as NodeJS.WriteStream },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { failed: 0 });
  let summary;
  do {
    await new Promise((r) => setTimeout(r, POLL_MS));
    summary = await call('GET', `/v1/batches/${batchId}`);
    bar.update(summary.ready, { failed: summary.failed });
  } while (!summary.done);
  bar.stop();
  for (const f of summary.failures) io.stdout.write(`failed: ${f.articleId} ${f.voice}: ${f.error}\n`);
  io.stdout.write(`batch ${batchId}: ${summary.ready} ready, ${summary.failed} failed of ${total}\n`);
  if (summary.failed > 0) process.exitCode = 1;
};
