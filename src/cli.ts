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
  feed: async (args, io) => (await import('./cli-commands/feed.js')).feedCommand(args, io),
  bulletin: async (args, io) => (await import('./cli-commands/bulletin.js')).bulletinCommand(args, io),
  'nginx-config': async (args, io) => (await import('./cli-commands/nginx-config.js')).nginxConfigCommand(args, io),
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
  // A command reports failed work (e.g. pregenerate items that failed) through process.exitCode.
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Expected failures (bad arguments, the service's refusals) carry an exit code: no stack for those.
    const code = String((err as NodeJS.ErrnoException)?.code ?? '');
    const exitCode = err instanceof UsageError ? 2 : ((err as { exitCode?: number })?.exitCode ?? (code.startsWith('ERR_PARSE_ARGS') ? 2 : undefined));
    const known = exitCode !== undefined || (err as Error)?.name === 'ApiError' || code === 'ENOENT';
    process.stderr.write(`tts-reader: ${err instanceof Error ? (known ? err.message : (err.stack ?? err.message)) : String(err)}\n`);
    process.exitCode = exitCode ?? 1;
  },
);
