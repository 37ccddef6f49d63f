/**
 * `tts-reader pregenerate`: registers articles (JSON Lines, or .txt/.html files) through
 * the API, starts one pre-generation batch, follows it with a live progress bar, prints a
 * summary table and exits 1 when any item failed. `--dry-run` asks the service what the
 * batch would cost and prints its answer; nothing is registered or synthesized.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Command } from '../text/cli-commands.js';
import { VOICE_IDS, isVoiceId } from '../voices.js';
import { ApiError, createApiClient, type ApiClient } from './api-client.js';
import { readArticleFiles, type ArticleToRegister } from './article-files.js';
import { formatSummary, type BatchItemOutcome } from './summary-table.js';

const POLL_MS = 500;

export const PREGENERATE_USAGE = `usage: tts-reader pregenerate [FILE.jsonl | FILE.txt | FILE.html]... [--ids ID,ID…]
                              [--voices all | VOICE,VOICE…] [--dry-run] [--callback-url URL]
                              [--api URL] [--key KEY]
  FILE.jsonl   one article per line: {"id": "…", "url" | "text" | "html": "…", "title"?, "category"?, "tags"?, "publishedAt"?}
  --ids        articles already stored on the service
  --voices     "all" (default) or a list of: ${VOICE_IDS.join(', ')}
  --dry-run    ask the service what the batch would synthesize and cost; registers and synthesizes nothing
  --api, --key the service (TTS_API_URL, default http://localhost:8080) and an editor key (EDITOR_API_KEY)
exit status: 0 when every item is ready, 1 when any failed, 2 on bad arguments
`;

interface BatchSummary {
  total: number;
  ready: number;
  pending: number;
  failed: number;
  done: boolean;
  failures: { articleId: string; voice: string; error: string }[];
}

export const pregenerateCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      api: { type: 'string', default: process.env.TTS_API_URL ?? 'http://localhost:8080' },
      key: { type: 'string', default: process.env.EDITOR_API_KEY ?? process.env.EDITOR_API_KEYS?.split(',')[0] },
      voices: { type: 'string', default: 'all' },
      ids: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'callback-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void io.stdout.write(PREGENERATE_USAGE);
  const asked = parseVoices(values.voices!);
  const ids = (values.ids ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const files = await readArticleFiles(positionals);
  if (files.length === 0 && ids.length === 0) throw usageError('name article files (.jsonl, .txt, .html) or --ids');
  if (!values.key) throw usageError('an editor API key is needed: --key or EDITOR_API_KEY');
  const api = createApiClient(values.api!, values.key);
  const articleIds = [...new Set([...files.map((f) => f.id), ...ids])];

  // "all": every voice the server offers (its VOICES setting) — left to the server to fill in.
  if (values['dry-run']) return dryRun(api, articleIds, asked === 'all' ? undefined : asked, io.stdout, files.length > 0);
  const voices = asked === 'all' ? (await api.json<{ voices: { id: string }[] }>('GET', '/v1/voices')).voices.map((v) => v.id) : asked;

  const notRegistered = await registerArticles(api, files, process.stderr);
  const toQueue = articleIds.filter((id) => !notRegistered.has(id));
  const outcomes: BatchItemOutcome[] = [...notRegistered].flatMap(([articleId, error]) => voices.map((voice) => ({ articleId, voice, state: 'failed' as const, error })));
  if (toQueue.length > 0) outcomes.push(...(await runBatch(api, toQueue, voices, values['callback-url'])));
  io.stdout.write(formatSummary(outcomes));
  if (outcomes.some((o) => o.state !== 'ready')) process.exitCode = 1;
};

function parseVoices(raw: string): string[] | 'all' {
  if (raw === 'all') return 'all';
  const voices = raw.split(',').map((v) => v.trim()).filter(Boolean);
  const bad = voices.find((v) => !isVoiceId(v));
  if (bad || voices.length === 0) throw usageError(`unknown voice "${bad ?? raw}"; use "all" or: ${VOICE_IDS.join(', ')}`);
  return voices;
}

const usageError = (message: string) => Object.assign(new Error(`${message}\n\n${PREGENERATE_USAGE}`), { exitCode: 2 });

/** PUTs each article; returns those the service refused, with its reason (the rest go on). */
async function registerArticles(api: ApiClient, files: ArticleToRegister[], log: NodeJS.WritableStream): Promise<Map<string, string>> {
  const refused = new Map<string, string>();
  for (const file of files) {
    try {
      await api.json('PUT', `/v1/articles/${encodeURIComponent(file.id)}`, file.body);
    } catch (error) {
      // The service could not be reached: nothing else will work either.
      if (!(error instanceof ApiError) || error.status === 0) throw error;
      refused.set(file.id, `not registered: ${error.reason}`);
      log.write(`${file.source}: ${error.reason}\n`);
    }
  }
  return refused;
}

async function runBatch(api: ApiClient, articles: string[], voices: string[], callbackUrl: string | undefined): Promise<BatchItemOutcome[]> {
  const { batchId, total } = await api.json<{ batchId: string; total: number }>('POST', '/v1/pregenerate', { articles, voices, ...(callbackUrl ? { callbackUrl } : {}) });
  const bar = new cliProgress.SingleBar(
    { format: 'pregenerate [{bar}] {value}/{total} | {ready} ready, {failed} failed, {pending} pending', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { ready: 0, failed: 0, pending: total });
  let summary: BatchSummary;
  try {
    for (;;) {
      summary = await api.json<BatchSummary>('GET', `/v1/batches/${batchId}`);
      bar.update(summary.ready + summary.failed, { ready: summary.ready, failed: summary.failed, pending: summary.pending });
      if (summary.done) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    bar.stop();
  }
  const failed = new Map(summary.failures.map((f) => [`${f.articleId}|${f.voice}`, f.error]));
  return articles.flatMap((articleId) =>
    voices.map((voice): BatchItemOutcome => {
      const error = failed.get(`${articleId}|${voice}`);
      return error === undefined ? { articleId, voice, state: 'ready' } : { articleId, voice, state: 'failed', error };
    }),
  );
}

async function dryRun(api: ApiClient, articles: string[], voices: string[] | undefined, out: NodeJS.WritableStream, hadFiles: boolean): Promise<void> {
  if (hadFiles) process.stderr.write('dry run: articles in the files are not registered; the estimate covers what the service already stores under their IDs\n');
  const answer = await api.json<Record<string, unknown>>('POST', '/v1/pregenerate?dryRun=1', { articles, ...(voices ? { voices } : {}) });
  // A service without dry runs would have started a batch: say so loudly rather than print it as an estimate.
  if (typeof answer.batchId === 'string') {
    process.exitCode = 1;
    throw new Error(`the service does not support dry runs and started batch ${answer.batchId}`);
  }
  out.write(`${JSON.stringify(answer, null, 2)}\n`);
}
