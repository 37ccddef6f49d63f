/**
 * `tts-reader feed VOICE [--category C] [--tag T]`: prints the podcast feed (RSS) of a
 * voice as the service serves it, e.g. to publish it as a static file.
 */
import { parseArgs } from 'node:util';
import type { Command } from '../text/cli-commands.js';
import { VOICE_IDS, isVoiceId } from '../voices.js';
import { createApiClient } from './api-client.js';

const USAGE = `usage: tts-reader feed VOICE [--category C] [--tag T] [--api URL]
  VOICE: ${VOICE_IDS.join(', ')}
`;

export const feedCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      api: { type: 'string', default: process.env.TTS_API_URL ?? 'http://localhost:8080' },
      category: { type: 'string' },
      tag: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void io.stdout.write(USAGE);
  const [voice] = positionals;
  if (!isVoiceId(voice) || positionals.length !== 1) throw Object.assign(new Error(`name one voice\n\n${USAGE}`), { exitCode: 2 });
  const query = new URLSearchParams();
  if (values.category) query.set('category', values.category);
  if (values.tag) query.set('tag', values.tag);
  const xml = await createApiClient(values.api!).text(`/v1/feeds/${voice}.xml${query.size ? `?${query}` : ''}`);
  io.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
};
