/**
 * `tts-reader nginx-config [--listen 80] [--api 127.0.0.1:8080 …]`: prints the nginx
 * configuration that sends verified MP3s from VERIFIED_AUDIO_DIR without asking the API,
 * with the headers the API sends, from this deployment's settings (the environment).
 */
import { parseArgs } from 'node:util';
import { renderNginxConfig } from '../api/nginx-config.js';
import { loadConfig } from '../config.js';
import type { Command } from '../text/cli-commands.js';

const USAGE = `usage: tts-reader nginx-config [--listen 80] [--api HOST:PORT]…
  Reads VERIFIED_AUDIO_DIR and PLAYER_ORIGINS from the environment, as the API does.
`;

export const nginxConfigCommand: Command = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      listen: { type: 'string', default: '80' },
      api: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void io.stdout.write(USAGE);
  const config = loadConfig();
  if (!config.verifiedAudioDir) throw Object.assign(new Error(`set VERIFIED_AUDIO_DIR (the folder the API keeps its links in)\n\n${USAGE}`), { exitCode: 2 });
  io.stdout.write(
    renderNginxConfig({
      listen: values.listen!,
      apiServers: values.api?.length ? values.api : [`127.0.0.1:${config.port}`],
      verifiedAudioDir: config.verifiedAudioDir,
      playerOrigins: config.playerOrigins,
    }),
  );
};
