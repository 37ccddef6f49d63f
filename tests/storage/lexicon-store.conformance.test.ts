/** The LexiconStore contract for every implementation: one JSON file, and PostgreSQL. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileLexiconStore } from '../../src/storage/lexicon-store.file.js';
import { PostgresLexiconStore } from '../../src/storage/lexicon-store.postgres.js';
import type { LexiconStore } from '../../src/storage/lexicon-store.js';
import { openTestDatabase } from '../helpers/postgres.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** Two stores on the same data, as two processes would have. */
const implementations: [string, () => Promise<[LexiconStore, LexiconStore]>][] = [
  [
    'file',
    async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-lexicon-'));
      cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
      return [new FileLexiconStore(dir), new FileLexiconStore(dir)];
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const db = await openTestDatabase();
      cleanups.push(() => db.drop());
      return [new PostgresLexiconStore(db), new PostgresLexiconStore(db)];
    },
  ],
];

describe.each(implementations)('LexiconStore: %s', (_name, create) => {
  it('starts empty, replaces all entries at once, and versions them by content', async () => {
    const [a, b] = await create();
    const empty = await a.get();
    expect(empty.entries).toEqual({});
    const v1 = await a.put({ Pleiku: 'Plây Cu', 'Krông Pắc': 'Krông Bắc' });
    expect(v1.entries).toEqual({ 'Krông Pắc': 'Krông Bắc', Pleiku: 'Plây Cu' });
    expect(v1.version).not.toBe(empty.version);
    expect(await b.get()).toEqual(v1);
    const v2 = await b.put({ Pleiku: 'Plây Ku' });
    expect(v2.version).not.toBe(v1.version);
    expect((await a.get()).entries).toEqual({ Pleiku: 'Plây Ku' });
    expect((await a.put({ Pleiku: 'Plây Ku' })).version).toBe(v2.version);
  });
});
