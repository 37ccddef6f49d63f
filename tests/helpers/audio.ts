import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Decodes an MP3 with ffmpeg (honouring its LAME delay/padding header) to mono s16le PCM. */
export async function decodeMp3(file: string, sampleRate: number): Promise<Buffer> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', String(sampleRate), '-'], {
    encoding: 'buffer',
    maxBuffer: 1 << 30,
  });
  return stdout as unknown as Buffer;
}

/** What ffprobe reads from the file's headers (the Xing/LAME duration when present). */
export async function probeMp3(
  file: string,
): Promise<{ durationSec: number; startSec: number; codec: string; channels: number; sampleRate: number; bitRate: number }> {
  const { stdout } = await run('ffprobe', [
    '-v', 'error',
    '-show_entries', 'format=duration,bit_rate:stream=codec_name,channels,sample_rate,start_time',
    '-of', 'json', file,
  ]);
  const info = JSON.parse(stdout);
  return {
    // ffprobe counts the encoder delay (start_time) and padding in the duration.
    durationSec: Number(info.format.duration),
    startSec: Number(info.streams[0].start_time ?? 0),
    bitRate: Number(info.format.bit_rate),
    codec: info.streams[0].codec_name,
    channels: info.streams[0].channels,
    sampleRate: Number(info.streams[0].sample_rate),
  };
}

/** Root-mean-square level of a stretch of PCM (0 = silence). */
export function rms(pcm: Buffer, fromSample = 0, toSample = pcm.length / 2): number {
  let sum = 0;
  let n = 0;
  for (let i = fromSample; i < Math.min(toSample, pcm.length / 2); i++) {
    sum += pcm.readInt16LE(i * 2) ** 2;
    n++;
  }
  return n ? Math.sqrt(sum / n) : 0;
}
