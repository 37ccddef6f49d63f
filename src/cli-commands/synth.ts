/**
 * `tts-reader synth [--voice V] [--html] [--title T] --out article.mp3 < article.txt`
 * Reads one article on stdin and writes its MP3 and manifest (article.mp3 + article.json),
 * running the same job code as the worker, in-process, with no Redis.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileArticleStore } from '../cache/article-store.js';
import { FileAudioStore } from '../cache/audio-store.js';
import { textRevision } from '../cache/audio-key.js';
import { LexiconStore } from '../cache/lexicon-store.js';
import { synthesizeArticle } from '../jobs/synthesize-article.js';
import { ArticleKeys } from '../services/article-keys.js';
import { extractArticle } from '../text/extract.js';
import type { Command } from '../text/cli-commands.js';
import { createProviderSet } from '../tts/registry.js';
import { VOICE_IDS, isVoiceId } from '../voices.js';

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Buffer));
  return Buffer.concat(parts).toString('utf8');
}

export const synthCommand: Command = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      voice: { type: 'string', default: 'north-female' },
      html: { type: 'boolean', default: false },
      title: { type: 'string' },
      out: { type: 'string', default: 'article.mp3' },
    },
  });
  if (!isVoiceId(values.voice)) throw new Error(`unknown voice "${values.voice}"; valid voices: ${VOICE_IDS.join(', ')}`);
  const input = await readStdin(io.stdin);
  const clean = extractArticle(values.html ? { html: input, title: values.title } : { text: input, title: values.title });
  if (!clean.text.trim()) throw new Error('the article has no readable text');

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-reader-synth-'));
  const providers = createProviderSet(process.env);
  try {
    const articles = new FileArticleStore(path.join(scratch, 'articles'));
    const audio = new FileAudioStore(scratch, Number.MAX_SAFE_INTEGER);
    const now = new Date().toISOString();
    await articles.put({
      id: 'cli', title: clean.title, text: input, cleanText: clean.text, revision: textRevision(clean.text),
      cleanChars: clean.text.length, createdAt: now, updatedAt: now,
    });
    const keys = new ArticleKeys(articles, new LexiconStore(scratch), providers);
    const { key } = (await keys.keyFor('cli', values.voice))!;
    const started = Date.now();
    const result = await synthesizeArticle(
      { data: { key, articleId: 'cli', revision: textRevision(clean.text), voice: values.voice }, reportProgress: async () => undefined },
      { keys, audio, synthesizeChunk: (provider, text, voice) => provider.synthesize({ text, voice }) },
    );
    const out = path.resolve(values.out);
    const manifest = await audio.getManifest(key);
    await fs.copyFile((await audio.audioFile(key))!.path, out);
    await fs.writeFile(out.replace(/\.mp3$/i, '') + '.json', JSON.stringify({ ...manifest, audioUrl: path.basename(out) }, null, 1));
    io.stdout.write(`${out}: ${(result.durationMs / 1000).toFixed(1)} s of audio, ${manifest!.segments.length} sentences, in ${Date.now() - started} ms\n`);
  } finally {
    await providers.close();
    await fs.rm(scratch, { recursive: true, force: true });
  }
};
