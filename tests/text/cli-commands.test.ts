import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TEXT_COMMANDS } from '../../src/text/cli-commands.js';

async function run(name: string, input: string): Promise<string> {
  const stdout = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  await TEXT_COMMANDS[name]([], { stdin: Readable.from([Buffer.from(input)]), stdout });
  return Buffer.concat(out).toString('utf8');
}

describe('CLI text commands', () => {
  it('normalize writes exactly one line per input line, empty for empty', async () => {
    const out = await run('normalize', 'Có 15 đội.\n\nUBND tỉnh họp.\n');
    expect(out).toBe('Có mười lăm đội.\n\nủy ban nhân dân tỉnh họp.\n');
  });

  it('normalize handles a last line without a newline and CRLF input', async () => {
    expect(await run('normalize', 'Có 2 xã.\r\nCó 3 xã.')).toBe('Có hai xã.\nCó ba xã.\n');
  });

  it('segment writes one sentence per line, original text after NFC', async () => {
    const out = await run('segment', 'Tiêu đề\nSáng 20-7, hội nghị khai mạc. Có 4.857 đảng viên.'.normalize('NFD'));
    expect(out).toBe('Tiêu đề\nSáng 20-7, hội nghị khai mạc.\nCó 4.857 đảng viên.\n');
  });

  it('segment prints nothing for blank input', async () => {
    expect(await run('segment', '\n\n')).toBe('');
  });
});
