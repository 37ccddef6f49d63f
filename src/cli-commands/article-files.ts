/**
 * Articles for `tts-reader pregenerate` from files: JSON Lines (one article per line, any
 * field `PUT /v1/articles/:id` takes, plus `id`), or one `.txt`/`.html` file per article
 * (the file name is the ID).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface ArticleToRegister {
  id: string;
  /** The PUT body: title?, text | html | url, category?, tags?, publishedAt? */
  body: Record<string, unknown>;
  /** Where it came from, for messages: "bai.jsonl:3". */
  source: string;
}

const ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

/** Bad input files end the command with exit status 2, as bad arguments do. */
const inputError = (message: string) => Object.assign(new Error(message), { exitCode: 2 });

/**
 * Reads every file; a bad line stops everything before anything is sent.
 * @example await readArticleFiles(['tin.jsonl']) //=> [{ id: 'bai-1', body: { url: 'https://…' }, source: 'tin.jsonl:1' }]
 */
export async function readArticleFiles(files: readonly string[]): Promise<ArticleToRegister[]> {
  const articles: ArticleToRegister[] = [];
  for (const file of files) {
    const content = await fs.readFile(file, 'utf8');
    if (/\.jsonl$/i.test(file)) articles.push(...parseJsonLines(content, path.basename(file)));
    else if (/\.(txt|html?)$/i.test(file)) articles.push({ id: idFromFileName(file), body: /\.html?$/i.test(file) ? { html: content } : { text: content }, source: file });
    else throw inputError(`${file}: use .jsonl (one article per line), .txt or .html`);
  }
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw inputError(`${a.source}: article ID "${a.id}" appears twice`);
    seen.add(a.id);
  }
  return articles;
}

function parseJsonLines(content: string, name: string): ArticleToRegister[] {
  const articles: ArticleToRegister[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const source = `${name}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw inputError(`${source}: not valid JSON`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw inputError(`${source}: each line must be a JSON object`);
    const { id, ...body } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw inputError(`${source}: "id" must be 1–128 characters of A–Z, a–z, 0–9, ".", "_" or "-"`);
    articles.push({ id, body, source });
  });
  return articles;
}

const idFromFileName = (file: string): string =>
  path.basename(file).replace(/\.(txt|html?)$/i, '').replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 128);
