import { spawn } from 'node:child_process';

/**
 * Lossless compression of mono s16le PCM with ffmpeg's FLAC codec: kept sentence audio of
 * paid voices takes about half the space of raw PCM and decodes to the same samples.
 * @example const flac = await encodeFlac(pcm, 24000); (await decodeFlac(flac)).pcm.equals(pcm) //=> true
 */
export function encodeFlac(pcm: Buffer, sampleRate: number): Promise<Buffer> {
  return runFfmpeg(['-f', 's16le', '-ar', String(sampleRate), '-ac', '1', '-i', 'pipe:0', '-c:a', 'flac', '-compression_level', '5', '-f', 'flac', 'pipe:1'], pcm);
}

/** FLAC bytes → mono s16le PCM and its rate (read from the stream's header). */
export async function decodeFlac(flac: Buffer): Promise<{ sampleRate: number; pcm: Buffer }> {
  const sampleRate = flacSampleRate(flac);
  const pcm = await runFfmpeg(['-f', 'flac', '-i', 'pipe:0', '-f', 's16le', '-ac', '1', '-c:a', 'pcm_s16le', 'pipe:1'], flac);
  return { sampleRate, pcm };
}

/** The sample rate in a FLAC stream's STREAMINFO block (the first metadata block). */
function flacSampleRate(flac: Buffer): number {
  if (flac.length < 42 || flac.toString('ascii', 0, 4) !== 'fLaC') throw new Error('not a FLAC stream');
  // STREAMINFO body starts at byte 8; the rate is the 20 bits from body byte 10.
  return (flac[18] << 12) | (flac[19] << 4) | (flac[20] >> 4);
}

function runFfmpeg(args: string[], input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-500)));
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`ffmpeg (flac) exited with ${code}: ${stderr.trim().split('\n').pop()}`))));
    child.stdin.end(input);
  });
}
