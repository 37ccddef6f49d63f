import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/cli-commands/article-files.js';
import { formatSummary } from '../../src/cli-commands/summary-table.js';

let dir: string;
const write = async (name: string, content: string) => {
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
};
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-reader-files-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('readArticleFiles', () => {
  it('reads JSON Lines (blank lines skipped) and .txt/.html files named by their file', async () => {
    const jsonl = await write('bai.jsonl', '{"id":"bai-1","url":"https://baogialai.com.vn/a.html","tags":["cà phê"]}\n\n{"id":"bai-2","text":"Tin ngắn."}\n');
    const txt = await write('Tin sáng 1-12.txt', 'Sáng 1-12, trời mưa.');
    const html = await write('trang.html', '<p>Bài HTML.</p>');
    expect(await readArticleFiles([jsonl, txt, html])).toEqual([
      { id: 'bai-1', body: { url: 'https://baogialai.com.vn/a.html', tags: ['cà phê'] }, source: 'bai.jsonl:1' },
      { id: 'bai-2', body: { text: 'Tin ngắn.' }, source: 'bai.jsonl:3' },
      { id: 'Tin-s-ng-1-12', body: { text: 'Sáng 1-12, trời mưa.' }, source: txt },
      { id: 'trang', body: { html: '<p>Bài HTML.</p>' }, source: html },
    ]);
  });

  it.each([
    ['{"id":"a","text":"x"}\n{"id": tin}', 'loi.jsonl:2: not valid JSON'],
    ['["a"]', 'loi.jsonl:1: each line must be a JSON object'],
    ['{"id":"a b","text":"x"}', 'loi.jsonl:1: "id" must be'],
    ['{"id":"a","text":"x"}\n{"id":"a","url":"https://x.vn"}', 'loi.jsonl:2: article ID "a" appears twice'],
  ])('refuses %j before anything is sent (exit status 2)', async (content, message) => {
    const error = await readArticleFiles([await write('loi.jsonl', content)]).catch((e) => e);
    expect(error.message).toContain(message);
    expect(error.exitCode).toBe(2);
  });
});

describe('formatSummary', () => {
  it('counts per voice and lists the failures', () => {
    const table = formatSummary([
      { articleId: 'a', voice: 'north-female', state: 'ready' },
      { articleId: 'b', voice: 'north-female', state: 'failed', error: 'zalo: error 401' },
      { articleId: 'a', voice: 'south-male', state: 'ready' },
    ]);
    expect(table).toBe(
      'voice           ready   failed  pending\n' +
        'north-female        1        1        0\n' +
        'south-male          1        0        0\n' +
        'total               2        1        0\n' +
        '\nfailed:\n  b  north-female  zalo: error 401\n',
    );
  });
});
