#!/usr/bin/env node
/**
 * `tts-reader` CLI: a thin dispatcher from command name to an async handler.
 * Each area of the project contributes its commands (text: normalize, segment, prepare; the service:
 * synth, pregenerate); add them to COMMANDS below.
 */
import { TEXT_COMMANDS, UsageError, type Command } from './text/cli-commands.js';

const COMMANDS: Readonly<Record<string, Command>> = {
  ...TEXT_COMMANDS,
  // Loaded on demand: they pull in the TTS SDKs and ffmpeg bindings, which `normalize`
  // and `segment` (run once per line or text by scorers) should not pay for.
  synth: async (args, io) => (await import('./cli-commands/synth.js')).synthCommand(args, io),
  pregenerate: async (args, io) => (await import('./cli-commands/pregenerate.js')).pregenerateCommand(args, io),
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
    // A usage mistake gets its message only; anything else is a bug and keeps its stack.
    const usage = err instanceof UsageError;
    process.stderr.write(`tts-reader: ${usage ? err.message : err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
