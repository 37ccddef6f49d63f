/**
 * Turns whatever audio bytes a TTS engine returned into mono signed 16-bit PCM.
 *
 * A plain RIFF/WAV PCM16 mono file (what espeak-ng, Google LINEAR16, Zalo and Viettel "wav"
 * return) is parsed directly; anything else (MP3, stereo, 8-bit, AAC, …) goes through one
 * `ffmpeg` process, stdin → stdout. Bytes that are not audio — an empty body, an HTML or JSON
 * error page served with status 200, garbage — throw `UndecodableAudioError` so they are
 * never stitched into an article.
 */
import { spawn } from 'node:child_process';
import { ProviderError } from './provider.js';

export interface DecodeOptions {
  /** Resample to this rate (Hz). Without it the audio keeps its own rate. */
  sampleRate?: number;
  /** Named in error messages and in `ProviderError.options.provider`. */
  provider?: string;
  /** Kills ffmpeg after this long (default 30 s). */
  timeoutMs?: number;
}

export interface DecodedAudio {
  sampleRate: number;
  /** Mono signed 16-bit little-endian samples. */
  pcm: Buffer;
}

/**
 * The reply was not playable audio.
 *
 * Retryable on purpose: a CDN hiccup or a half-written file at a download URL often comes
 * right on a second request. The resilient synthesizer bounds these retries separately
 * (see `maxUndecodableAttempts` in `resilient.ts`) so a provider that keeps sending an
 * error page fails the chunk quickly instead of burning the whole retry budget.
 */
export class UndecodableAudioError extends ProviderError {
  constructor(provider: string, reason: string) {
    super(`${provider}: undecodable audio: ${reason}`, 'retryable', { provider });
    this.name = 'UndecodableAudioError';
  }
}

/**
 * Decodes WAV/MP3/anything ffmpeg reads into mono s16le PCM.
 * @example
 *   const { sampleRate, pcm } = await decodeAudio(wavBytes);          //=> { sampleRate: 22050, pcm: <Buffer …> }
 *   await decodeAudio(Buffer.from('<html>Bad gateway</html>'));      //=> throws UndecodableAudioError
 */
export async function decodeAudio(bytes: Buffer, options: DecodeOptions = {}): Promise<DecodedAudio> {
  const provider = options.provider ?? 'audio';
  if (bytes.length === 0) throw new UndecodableAudioError(provider, 'empty body');
  const textReply = describeTextReply(bytes);
  if (textReply) throw new UndecodableAudioError(provider, textReply);

  const wav = parsePcm16MonoWav(bytes);
  if (wav && (options.sampleRate === undefined || options.sampleRate === wav.sampleRate)) {
    return requireSamples(wav, provider);
  }
  return requireSamples(await decodeWithFfmpeg(bytes, provider, options), provider);
}

function requireSamples(audio: DecodedAudio, provider: string): DecodedAudio {
  if (audio.pcm.length < 2) throw new UndecodableAudioError(provider, 'decoded to zero samples');
  return audio;
}

/** Recognises error pages sent as if they were audio; returns a short description or undefined. */
function describeTextReply(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 512).toString('utf8').trimStart();
  if (!/^(<!doctype|<html|<\?xml|<[a-z]|\{|\[)/i.test(head)) return undefined;
  const kind = head.startsWith('{') || head.startsWith('[') ? 'a JSON document' : 'an HTML/XML page';
  const snippet = head.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `reply is ${kind}, not audio${snippet ? `: "${snippet}"` : ''}`;
}

/**
 * Parses a RIFF WAV that holds 16-bit mono PCM. Returns undefined for any other layout,
 * which then goes to ffmpeg. Streamed WAVs (ffmpeg or `--stdout` writers) carry placeholder
 * sizes, so a data chunk whose size runs past the end is read to the end of the buffer.
 */
export function parsePcm16MonoWav(bytes: Buffer): DecodedAudio | undefined {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    return undefined;
  }
  let offset = 12;
  let sampleRate: number | undefined;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (body + 16 > bytes.length) return undefined;
      const format = bytes.readUInt16LE(body);
      const channels = bytes.readUInt16LE(body + 2);
      const bitsPerSample = bytes.readUInt16LE(body + 14);
      const isPcm = format === 1 || (format === 0xfffe && size >= 40 && bytes.readUInt16LE(body + 24) === 1);
      if (!isPcm || channels !== 1 || bitsPerSample !== 16) return undefined;
      sampleRate = bytes.readUInt32LE(body + 4);
    } else if (id === 'data') {
      if (sampleRate === undefined) return undefined;
      const end = size === 0 || body + size > bytes.length ? bytes.length : body + size;
      const length = (end - body) & ~1; // whole samples only
      return { sampleRate, pcm: Buffer.from(bytes.subarray(body, body + length)) };
    }
    offset = body + size + (size & 1); // chunks are word-aligned
  }
  return undefined;
}

/**
 * One ffmpeg process: bytes on stdin, a mono PCM16 WAV on stdout. WAV rather than raw s16le
 * because its header tells us the native sample rate without a second (ffprobe) process.
 */
function decodeWithFfmpeg(bytes: Buffer, provider: string, options: DecodeOptions): Promise<DecodedAudio> {
  const args = ['-hide_banner', '-loglevel', 'error', '-i', 'pipe:0', '-vn', '-map_metadata', '-1',
    '-ac', '1', ...(options.sampleRate ? ['-ar', String(options.sampleRate)] : []),
    '-c:a', 'pcm_s16le', '-f', 'wav', '-fflags', '+bitexact', 'pipe:1'];
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.stdout.on('data', (data: Buffer) => stdout.push(data));
    child.stderr.on('data', (data: Buffer) => { stderr = (stderr + data.toString()).slice(-2000); });
    // ffmpeg may exit before reading all input (garbage); the EPIPE that follows is expected.
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ProviderError(`${provider}: cannot run ffmpeg: ${error.message}`, 'permanent', { provider, cause: error }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        const reason = signal ? `ffmpeg killed (${signal})` : lastLine(stderr) || `ffmpeg exited with ${code}`;
        reject(new UndecodableAudioError(provider, reason));
        return;
      }
      const decoded = parsePcm16MonoWav(Buffer.concat(stdout));
      if (!decoded) reject(new UndecodableAudioError(provider, 'ffmpeg produced no audio'));
      else resolve(decoded);
    });
    child.stdin.end(bytes);
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop()?.trim() ?? '';
}
