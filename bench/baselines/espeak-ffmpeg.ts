/**
 * Baseline of cold generation: the least any offline pipeline must do — `espeak-ng` reads
 * the whole normalized text once, its WAV is piped into one `ffmpeg` MP3 encode with the
 * service's encoder settings (libmp3lame, mono, 64 kbps, compression level 7, to a file).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Seconds from start to a finished MP3 file, for one run. */
export async function timeEspeakFfmpeg(spokenText: string, espeakVoice: string): Promise<number> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-baseline-'));
  const textFile = path.join(dir, 'spoken.txt');
  await fs.writeFile(textFile, spokenText);
  try {
    const started = performance.now();
    const espeak = spawn('espeak-ng', ['-v', espeakVoice, '-f', textFile, '--stdout'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const ffmpeg = spawn(
      'ffmpeg',
      ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'wav', '-i', 'pipe:0',
        '-c:a', 'libmp3lame', '-ac', '1', '-b:a', '64k', '-compression_level', '7', '-write_xing', '1', '-id3v2_version', '0',
        path.join(dir, 'out.mp3')],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    espeak.stdout.pipe(ffmpeg.stdin);
    const [[espeakCode], [ffmpegCode]] = (await Promise.all([once(espeak, 'close'), once(ffmpeg, 'close')])) as [number][];
    const seconds = (performance.now() - started) / 1000;
    if (espeakCode !== 0 || ffmpegCode !== 0) throw new Error(`baseline failed: espeak-ng ${espeakCode}, ffmpeg ${ffmpegCode}`);
    return seconds;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
