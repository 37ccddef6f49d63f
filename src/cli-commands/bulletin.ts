/**
 * `tts-reader bulletin`: builds the daily bulletin of a date through the API
 * (`POST /v1/bulletins`), waits for its audio and prints its chapters and MP3 URL (or the
 * manifest as JSON).
 */
import { parseArgs } from 'node:util';
import type { Command } from '../text/cli-commands.js';
import { VOICE_IDS, isVoiceId } from '../voices.js';
import { createApiClient } from './api-client.js';

const POLL_MS = 500;
const WAIT_LIMIT_MS = 30 * 60_000;

export const BULLETIN_USAGE = `usage: tts-reader bulletin --voice VOICE (--articles ID,ID… | --latest N) [--date YYYY-MM-DD]
                          [--category C] [--title T] [--lead-sentences N] [--no-wait] [--json]
                          [--api URL] [--key KEY]
  --date       the bulletin's day (default: today in Vietnam)
  --articles   these articles, in this order; --latest N: the N newest published on or before the date
  --voice      ${VOICE_IDS.join(', ')}
  --no-wait    print the service's answer at once instead of waiting for the audio
  --json       print the manifest (with its chapters) as JSON
  --api, --key the service (TTS_API_URL, default http://localhost:8080) and an editor key (EDITOR_API_KEY)
`;

interface BulletinAnswer {
  id: string;
  title: string;
  audioUrl: string;
  chapters: { articleId: string; title: string }[];
}

interface BulletinManifest {
  audioUrl: string;
  durationMs: number;
  chapters?: { articleId: string; title: string; startMs: number; endMs: number }[];
}

const usageError = (message: string) => Object.assign(new Error(`${message}\n\n${BULLETIN_USAGE}`), { exitCode: 2 });

export const bulletinCommand: Command = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      api: { type: 'string', default: process.env.TTS_API_URL ?? 'http://localhost:8080' },
      key: { type: 'string', default: process.env.EDITOR_API_KEY ?? process.env.EDITOR_API_KEYS?.split(',')[0] },
      date: { type: 'string', default: todayInVietnam() },
      voice: { type: 'string' },
      articles: { type: 'string' },
      latest: { type: 'string' },
      category: { type: 'string' },
      title: { type: 'string' },
      'lead-sentences': { type: 'string' },
      'no-wait': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void io.stdout.write(BULLETIN_USAGE);
  if (!isVoiceId(values.voice)) throw usageError(`--voice must be one of ${VOICE_IDS.join(', ')}`);
  if ((values.articles === undefined) === (values.latest === undefined)) throw usageError('give --articles or --latest');
  if (!values.key) throw usageError('an editor API key is needed: --key or EDITOR_API_KEY');
  const api = createApiClient(values.api!, values.key);
  const body = {
    date: values.date,
    voice: values.voice,
    ...(values.articles !== undefined ? { articles: values.articles.split(',').map((id) => id.trim()).filter(Boolean) } : { latest: wholeNumber(values.latest!, '--latest') }),
    ...(values.category ? { category: values.category } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values['lead-sentences'] ? { leadSentences: wholeNumber(values['lead-sentences'], '--lead-sentences') } : {}),
  };
  const answer = await api.json<BulletinAnswer>('POST', '/v1/bulletins', body);
  if (values['no-wait']) return void io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  process.stderr.write(`${answer.title}: ${answer.chapters.length} articles; generating ${answer.id} in ${values.voice}…\n`);
  const manifest = await waitForManifest(api, answer.audioUrl);
  io.stdout.write(values.json ? `${JSON.stringify(manifest, null, 2)}\n` : formatChapters(answer, manifest, values.api!));
};

function wholeNumber(raw: string, flag: string): number {
  if (!/^\d{1,3}$/.test(raw)) throw usageError(`${flag} must be a whole number`);
  return Number(raw);
}

/** Polls the audio route (it answers 202 while generating, 200 with the manifest). */
async function waitForManifest(api: ReturnType<typeof createApiClient>, audioUrl: string): Promise<BulletinManifest> {
  for (const deadline = Date.now() + WAIT_LIMIT_MS; Date.now() < deadline; ) {
    const answer = await api.json<BulletinManifest & { status?: string }>('GET', audioUrl);
    if (answer.status === undefined && answer.audioUrl) return answer;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`the bulletin's audio was not ready within ${WAIT_LIMIT_MS / 60_000} minutes`);
}

/** "00:12  Giá cà phê tăng mạnh  (ca-phe)", a line per chapter, then the MP3. */
function formatChapters(answer: BulletinAnswer, manifest: BulletinManifest, apiBase: string): string {
  const lines = [`${answer.title} (${clock(manifest.durationMs)})`];
  for (const chapter of manifest.chapters ?? []) lines.push(`  ${clock(chapter.startMs)}  ${chapter.title}  (${chapter.articleId})`);
  lines.push(`mp3: ${new URL(manifest.audioUrl, apiBase).href}`);
  return `${lines.join('\n')}\n`;
}

const clock = (ms: number) => {
  const total = Math.floor(ms / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** Today's date in Vietnam (UTC+7, no daylight saving), YYYY-MM-DD. */
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
