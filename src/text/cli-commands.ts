/**
 * The text front end's CLI commands (stdin → stdout), registered by src/cli.ts.
 *   normalize: one normalized line per input line (empty line in → empty line out)
 *   segment:   a whole text in, one sentence per line out (original text, after NFC only)
 */
import { normalizeSentence } from './normalize/index.js';
import { segmentText } from './segment.js';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

export type Command = (args: string[], io: CommandIo) => Promise<void>;

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

/** `tts-reader normalize`: lines on stdin → normalized lines on stdout. */
export const normalizeCommand: Command = async (_args, io) => {
  const input = await readAll(io.stdin);
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // a final newline ends the last line
  const out = lines.map((line) => (line.trim() === '' ? '' : normalizeSentence(line.replace(/\r$/, ''))));
  await writeAll(io.stdout, out.length ? `${out.join('\n')}\n` : '');
};

/** `tts-reader segment`: a text on stdin → one sentence per line on stdout (the text as given, NFC). */
export const segmentCommand: Command = async (_args, io) => {
  const text = (await readAll(io.stdin)).normalize('NFC');
  const sentences = segmentText(text).map((s) => s.text.replace(/\s*\n\s*/g, ' '));
  await writeAll(io.stdout, sentences.length ? `${sentences.join('\n')}\n` : '');
};

/** The commands this module contributes to the CLI. */
export const TEXT_COMMANDS: Readonly<Record<string, Command>> = {
  normalize: normalizeCommand,
  segment: segmentCommand,
};
