/**
 * `tts-reader synth [--voice V] [--html] [--title T] --out article.mp3 < article.txt`
 * Reads one article on stdin and writes its MP3 and manifest (article.mp3 + article.json),
 * running the same job code as the worker, in-process, with no Redis.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EncoderPool } from '../audio/encoder-pool.js';
import { FileArticleStore } from '../storage/article-store.file.js';
import { AudioStore } from '../storage/audio-store.js';
import { FileLexiconStore } from '../storage/lexicon-store.file.js';
import { LocalObjectStore } from '../storage/object-store.local.js';
import { LocalWorkStore } from '../storage/work-store.local.js';
import { ArticleKeys } from '../synthesis/article-keys.js';
import { textRevision } from '../synthesis/audio-key.js';
import { synthesizeArticle } from '../synthesis/synthesize-article.js';
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
  if (!/[\p{L}\p{N}]/u.test(clean.text)) throw new Error('the article has no readable text');

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-reader-synth-'));
  const providers = createProviderSet(process.env);
  const encoders = new EncoderPool(path.join(scratch, 'work', '.encoders'));
  try {
    await encoders.start([]);
    const articles = new FileArticleStore(path.join(scratch, 'articles'));
    const audio = new AudioStore(new LocalObjectStore(scratch));
    const now = new Date().toISOString();
    const revision = textRevision(clean.text);
    await articles.put({ id: 'cli', title: clean.title, text: input, cleanText: clean.text, revision, cleanChars: clean.text.length, createdAt: now, updatedAt: now });
    const keys = new ArticleKeys(articles, new FileLexiconStore(scratch), providers);
    const { key } = (await keys.keyFor('cli', values.voice))!;
    const started = Date.now();
    const result = await synthesizeArticle(
      { data: { key, articleId: 'cli', revision, voice: values.voice }, reportProgress: async () => undefined },
      { keys, audio, work: new LocalWorkStore(path.join(scratch, 'work')), encoders, synthesizeChunk: (provider, text, voice) => provider.synthesize({ text, voice }) },
    );
    const read = await audio.readManifest(key);
    if (read.state !== 'ok') throw new Error('the audio was not published');
    const out = path.resolve(values.out);
    await fs.writeFile(out, (await audio.readMp3(key))!);
    await fs.writeFile(`${out.replace(/\.mp3$/i, '')}.json`, JSON.stringify({ ...read.manifest, audioUrl: path.basename(out) }, null, 1));
    io.stdout.write(`${out}: ${(result.durationMs / 1000).toFixed(1)} s of audio, ${read.manifest.segments.length} sentences, in ${Date.now() - started} ms\n`);
  } finally {
    await encoders.close();
    await providers.close();
    await fs.rm(scratch, { recursive: true, force: true });
  }
};
