#!/usr/bin/env node
/**
 * `tts-reader` CLI: a thin dispatcher from command name to an async handler.
 * Each area of the project contributes its commands (text: normalize, segment; the service:
 * synth, pregenerate); add them to COMMANDS below.
 */
import { pregenerateCommand } from './cli-commands/pregenerate.js';
import { synthCommand } from './cli-commands/synth.js';
import { TEXT_COMMANDS, type Command } from './text/cli-commands.js';

const COMMANDS: Readonly<Record<string, Command>> = {
  ...TEXT_COMMANDS,
  synth: synthCommand,
  pregenerate: pregenerateCommand,
};

function usage(): string {
  return `usage: tts-reader <command> [args]\ncommands: ${Object.keys(COMMANDS).sort().join(', ')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(usage());
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
  }
  await command(args, { stdin: process.stdin, stdout: process.stdout });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`tts-reader: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
