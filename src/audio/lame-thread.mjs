/**
 * Worker thread that runs libmp3lame — the LAME encoder ffmpeg's `libmp3lame` codec wraps —
 * in-process through koffi: no ffmpeg process to start, no pipe to copy PCM through, no
 * conversion to float. One thread can hold several encodes at once (one LAME instance per
 * segment id); each message is answered, in order, with the MP3 bytes it produced.
 *
 * Plain JavaScript (not TypeScript) so the same file runs from `src/` under the test runner
 * and from `dist/` in production: Node 20 cannot start a worker thread from a .ts file.
 *
 * Messages in:
 *   { op: 'open', id, sampleRate, kbps, quality }   a new encode (mono, CBR)
 *   { op: 'pcm', id, pcm: ArrayBuffer, bytes }      mono s16le samples (the first `bytes`);
 *                                                    the buffer goes back with the answer
 *   { op: 'zeros', id, samples }                     digital silence
 *   { op: 'finish', id }                             flush and close
 *   { op: 'abort', id }                              close without output
 * Messages out: { id, samples, mp3: ArrayBuffer, pcm? } for each message in, or { id, error, pcm? }.
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const koffi = require('koffi');

/** @returns {any} */
function loadLame() {
  try {
    return koffi.load('libmp3lame.so.0');
  } catch (error) {
    throw new Error(`libmp3lame is not installed (Debian/Ubuntu: apt-get install libmp3lame0, which ffmpeg depends on): ${error?.message ?? error}`);
  }
}
const lib = loadLame();
const setter = (name) => lib.func(`int ${name}(void *gfp, int value)`);
const lame = {
  init: lib.func('void *lame_init()'),
  setChannels: setter('lame_set_num_channels'),
  setInRate: setter('lame_set_in_samplerate'),
  setOutRate: setter('lame_set_out_samplerate'),
  setBitrate: setter('lame_set_brate'),
  setMode: setter('lame_set_mode'),
  setQuality: setter('lame_set_quality'),
  setVbr: setter('lame_set_VBR'),
  setWriteTag: setter('lame_set_bWriteVbrTag'),
  initParams: lib.func('int lame_init_params(void *gfp)'),
  encode: lib.func('int lame_encode_buffer(void *gfp, const int16_t *left, const int16_t *right, int samples, uint8_t *mp3, int size)'),
  flush: lib.func('int lame_encode_flush(void *gfp, uint8_t *mp3, int size)'),
  close: lib.func('int lame_close(void *gfp)'),
};
const MONO = 3;
const VBR_OFF = 0;
/** Samples handed to LAME per call: bounds the output buffer (LAME asks for 1.25 × samples + 7200 bytes). */
const STEP = 1 << 16;
const output = Buffer.alloc(Math.ceil(1.25 * STEP) + 7200);
const zeros = new Int16Array(STEP);

/** @type {Map<number, unknown>} segment id → LAME handle */
const encodes = new Map();

function open({ id, sampleRate, kbps, quality }) {
  const gfp = lame.init();
  if (!gfp) throw new Error('lame_init failed');
  lame.setChannels(gfp, 1);
  lame.setInRate(gfp, sampleRate);
  lame.setOutRate(gfp, sampleRate);
  lame.setBitrate(gfp, kbps);
  lame.setMode(gfp, MONO);
  lame.setQuality(gfp, quality);
  lame.setVbr(gfp, VBR_OFF);
  // The duration header is written once for the whole file by the caller, which knows all of it.
  lame.setWriteTag(gfp, 0);
  if (lame.initParams(gfp) < 0) {
    lame.close(gfp);
    throw new Error(`LAME refused ${sampleRate} Hz at ${kbps} kbps`);
  }
  encodes.set(id, gfp);
}

/** Encodes `samples` (an Int16Array) in steps; returns the MP3 bytes made. */
function encode(gfp, samples) {
  const parts = [];
  for (let i = 0; i < samples.length; i += STEP) {
    const part = samples.subarray(i, Math.min(samples.length, i + STEP));
    const made = lame.encode(gfp, part, null, part.length, output, output.length);
    if (made < 0) throw new Error(`lame_encode_buffer failed (${made})`);
    // A copy in an ArrayBuffer of its own (never Node's shared pool): it is transferred.
    if (made > 0) parts.push(new Uint8Array(output.subarray(0, made)));
  }
  return parts;
}

function handle(message) {
  const { op, id } = message;
  if (op === 'open') {
    open(message);
    return { samples: 0, parts: [] };
  }
  const gfp = encodes.get(id);
  if (!gfp) throw new Error(`no open encode ${id}`);
  if (op === 'pcm') {
    const samples = new Int16Array(message.pcm, 0, message.bytes >> 1);
    return { samples: samples.length, parts: encode(gfp, samples) };
  }
  if (op === 'zeros') {
    const parts = [];
    for (let left = message.samples; left > 0; left -= STEP) parts.push(...encode(gfp, zeros.subarray(0, Math.min(STEP, left))));
    return { samples: message.samples, parts };
  }
  encodes.delete(id);
  if (op === 'abort') {
    lame.close(gfp);
    return { samples: 0, parts: [] };
  }
  if (op !== 'finish') throw new Error(`unknown op ${op}`);
  const made = lame.flush(gfp, output, output.length);
  lame.close(gfp);
  if (made < 0) throw new Error(`lame_encode_flush failed (${made})`);
  return { samples: 0, parts: [new Uint8Array(output.subarray(0, made))] };
}

/** @param {Uint8Array[]} parts */
function joinParts(parts) {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined.buffer;
}

parentPort.on('message', (message) => {
  try {
    const { samples, parts } = handle(message);
    const mp3 = parts.length === 1 ? parts[0].buffer : joinParts(parts);
    // The PCM buffer goes back to be filled again.
    const pcm = message.pcm;
    parentPort.postMessage({ id: message.id, samples, mp3, pcm }, pcm ? [mp3, pcm] : [mp3]);
  } catch (error) {
    const gfp = encodes.get(message.id);
    if (gfp) lame.close(gfp);
    encodes.delete(message.id);
    const pcm = message.pcm;
    parentPort.postMessage({ id: message.id, error: String(error?.message ?? error), pcm }, pcm ? [pcm] : []);
  }
});
