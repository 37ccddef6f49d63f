/**
 * The text front end's CLI commands, registered by src/cli.ts.
 *   normalize: one normalized line per input line (empty line in → empty line out); a line
 *              holding several sentences is split by the segmenter and each is normalized
 *              alone, so "… của UBND. Sau đó …" keeps its full stop
 *   (normalize and prepare are engine-neutral: foreign words as written; --respell shows
 *   what the offline engines get, foreign words respelled: data/respellings.ts)
 *   segment:   a whole text in, one sentence per line out (original text, after NFC only)
 *   prepare:   an article (text or HTML, a file or stdin) through the service's own
 *              prepareArticle: each sentence as original → spoken, with its fallbacks
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeSentence } from './normalize/index.js';
import { prepareArticle } from './pipeline.js';
import { SENTENCE_OPENERS } from './data/segment-rules.js';
import { segmentText } from './segment.js';
import type { Lexicon, Sentence, SpokenSentence } from './types.js';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

export type Command = (args: string[], io: CommandIo) => Promise<void>;

/** A mistake in how a command was called: the CLI prints the message (no stack) and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes everything and resolves once the stream has flushed it. */
function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/**
 * A dot the segmenter took as a sentence end that the normalizer reads better inside one:
 * glued ("tr.CN"), or after an initial or a short form ("X. Ia Pa", "Tr. Minh", "80 tr. USD").
 */
const DOUBTFUL_END = /(?:^|[\s(])(?:\p{L}|\p{Lu}\p{Ll}{1,2}|[a-z]{1,3})\.$/u;

/** The line's sentences, grouped: a doubtful split puts a sentence in the group before it. */
function sentenceGroups(line: string): string[][] {
  const groups: string[][] = [];
  let prev: Sentence | undefined;
  for (const s of segmentText(line)) {
    const doubtful = prev !== undefined && (prev.charEnd === s.charStart || DOUBTFUL_END.test(prev.text));
    if (doubtful) groups[groups.length - 1].push(line.slice(prev?.charEnd, s.charEnd));
    else groups.push([s.text]);
    prev = s;
  }
  return groups;
}

/** What a listener hears: the words, case and punctuation aside. */
const heard = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A group split where the segmenter was doubtful: read apart when that changes no word, so
 * the full stop after an initial survives ("…là Lê Văn T. Tại cơ quan…"); read as one where
 * the split would change the reading ("người dân X. Ia Pa" is the commune, "80 tr. USD").
 */
function readGroup(pieces: string[], options: { respellForeign: boolean }): string {
  if (pieces.length === 1) return normalizeSentence(pieces[0], options);
  const together = normalizeSentence(pieces.join('').trim(), options);
  if (!pieces.slice(1).every(opensSentence)) return together;
  const apart = pieces.map((p) => normalizeSentence(p.trim(), options)).join(' ');
  return heard(apart) === heard(together) ? apart : together;
}

const PERSON_OPENERS: ReadonlySet<string> = new Set(['Ông', 'Bà', 'Anh', 'Chị', 'Em', 'Cháu']);

/** "Tại cơ quan…", "Chị H. cho biết…": a sentence opener, not a name going on ("T. Gia Lai", "Tr. Minh"). */
function opensSentence(piece: string): boolean {
  const [first = '', second = ''] = piece.trim().split(/\s+/);
  return PERSON_OPENERS.has(first) || (SENTENCE_OPENERS.has(first) && !/^\p{Lu}/u.test(second));
}

/**
 * One input line, sentence by sentence as the service reads an article (segmentText, then
 * normalizeSentence): an abbreviation's dot that ends the first sentence is its full stop.
 */
function normalizeLine(line: string, respellForeign: boolean): string {
  const groups = sentenceGroups(line.normalize('NFC'));
  if (groups.length === 1 && groups[0].length === 1) return normalizeSentence(line, { respellForeign });
  return groups.map((g) => readGroup(g, { respellForeign })).join(' ');
}

const NORMALIZE_USAGE = 'usage: tts-reader normalize [--respell] < LINES';

/** `tts-reader normalize [--respell]`: lines on stdin → normalized lines on stdout. */
export const normalizeCommand: Command = async (args, io) => {
  let respellForeign: boolean;
  try {
    respellForeign = parseArgs({ args, options: { respell: { type: 'boolean', default: false } } }).values.respell;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${NORMALIZE_USAGE}`);
  }
  const input = await readAll(io.stdin);
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // a final newline ends the last line
  const out = lines.map((line) => (line.trim() === '' ? '' : normalizeLine(line.replace(/\r$/, ''), respellForeign)));
  await writeAll(io.stdout, out.length ? `${out.join('\n')}\n` : '');
};

/** `tts-reader segment`: a text on stdin → one sentence per line on stdout (the text as given, NFC). */
export const segmentCommand: Command = async (_args, io) => {
  const text = (await readAll(io.stdin)).normalize('NFC');
  const sentences = segmentText(text).map((s) => s.text.replace(/\s*\n\s*/g, ' '));
  await writeAll(io.stdout, sentences.length ? `${sentences.join('\n')}\n` : '');
};

const PREPARE_USAGE = 'usage: tts-reader prepare [FILE|-] [--html] [--json] [--lexicon LEXICON.json] [--respell]';

async function readInput(file: string | undefined, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file === undefined || file === '-') return readAll(stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? 'unreadable'}`);
  }
}

/** A site lexicon file: a JSON object of word → pronunciation. */
async function readLexicon(file: string | undefined): Promise<Lexicon | undefined> {
  if (file === undefined) return undefined;
  const text = await readInput(file, process.stdin);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON: the lexicon is an object of word → pronunciation`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`${file} must hold a JSON object of word → pronunciation`);
  }
  return parsed as Lexicon;
}

/** One sentence for an editor: original, then what will be spoken, then its fallbacks. */
function describeSentence(s: SpokenSentence): string {
  const lines = [`[${s.index}] ${s.text.replace(/\s*\n\s*/g, ' ')}`, `    → ${s.spoken}`];
  for (const w of s.warnings) lines.push(`    ! fallback: "${w.token}" → ${w.spokenAs ? `"${w.spokenAs}"` : 'dropped'}`);
  return lines.join('\n');
}

/**
 * `tts-reader prepare [FILE|-] [--html] [--json] [--lexicon FILE] [--respell]`: what the service
 * will read for an article, through the very function the service uses (prepareArticle):
 * for a cloud engine by default, for the offline engines (foreign words respelled) with --respell.
 * A file ending in .html/.htm, or --html, is read as HTML. --json prints JSON Lines, one
 * sentence each (index, paragraph, charStart, charEnd, text, spoken, warnings, words).
 */
function parsePrepareArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        html: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        lexicon: { type: 'string' },
        respell: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${PREPARE_USAGE}`);
  }
}

export const prepareCommand: Command = async (args, io) => {
  const { values, positionals } = parsePrepareArgs(args);
  if (positionals.length > 1) throw new UsageError(`one input at most\n${PREPARE_USAGE}`);
  const [file] = positionals;
  const input = await readInput(file, io.stdin);
  const lexicon = await readLexicon(values.lexicon);
  const html = values.html || (file !== undefined && /^\.html?$/i.test(extname(file)));
  const prepared = prepareArticle(html ? { html: input } : { text: input }, { lexicon, respellForeign: values.respell });
  if (values.json) {
    const lines = prepared.sentences.map((s) =>
      JSON.stringify({
        index: s.index, paragraph: s.paragraph, charStart: s.charStart, charEnd: s.charEnd,
        text: s.text, spoken: s.spoken, warnings: s.warnings, words: s.words,
      }),
    );
    await writeAll(io.stdout, lines.length ? `${lines.join('\n')}\n` : '');
    return;
  }
  const fallbacks = prepared.sentences.reduce((n, s) => n + s.warnings.length, 0);
  const summary = `${prepared.sentences.length} sentences, ${fallbacks} fallback${fallbacks === 1 ? '' : 's'}`;
  const body = prepared.sentences.map(describeSentence).join('\n');
  await writeAll(io.stdout, `${body}${body ? '\n' : ''}${summary}\n`);
};

/** The commands this module contributes to the CLI. */
export const TEXT_COMMANDS: Readonly<Record<string, Command>> = {
  normalize: normalizeCommand,
  segment: segmentCommand,
  prepare: prepareCommand,
};
