/**
 * Worker thread that owns libespeak-ng. The library keeps global state and synthesizes
 * synchronously, so it gets one thread of its own: the event loop of the process that
 * asked stays free, and requests are served one at a time in arrival order.
 *
 * Plain JavaScript (not TypeScript) so the same file runs from `src/` under the test runner
 * and from `dist/` in production: Node 20 cannot start a worker thread from a .ts file.
 *
 * Messages in:  { id, text, voiceName }
 * Messages out: { id, sampleRate, pcm: ArrayBuffer, words } or { id, error }
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// koffi ships its native binary inside the npm package; loaded lazily in this thread only.
const koffi = require('koffi');

const AUDIO_OUTPUT_SYNCHRONOUS = 2; // the callback runs inside espeak_Synth, on this thread
const POS_CHARACTER = 1;
const espeakCHARS_UTF8 = 1;
// Ends each utterance with its pause: without it espeak keeps the utterance's last
// milliseconds and hands them out at the start of the next one (a sentence's tail would
// open the following sentence, and timings would shift by ~70 ms).
const espeakENDPAUSE = 0x1000;
const EVENT_LIST_TERMINATED = 0;
const EVENT_WORD = 1;

const lib = koffi.load('libespeak-ng.so.1');
const EspeakEvent = koffi.struct('espeak_EVENT', {
  type: 'int',
  unique_identifier: 'uint',
  text_position: 'int',
  length: 'int',
  audio_position: 'int',
  sample: 'int',
  user_data: 'void*',
  id: koffi.union({ number: 'int', name: 'const char*', string: koffi.array('char', 8) }),
});
const SynthCallback = koffi.proto('int espeak_synth_cb(short *wav, int numsamples, espeak_EVENT *events)');
const espeakInitialize = lib.func('int espeak_Initialize(int output, int buflength, const char *path, int options)');
const espeakSetVoiceByName = lib.func('int espeak_SetVoiceByName(const char *name)');
const espeakSetSynthCallback = lib.func('void espeak_SetSynthCallback(espeak_synth_cb *cb)');
const espeakSynth = lib.func(
  'int espeak_Synth(const void *text, size_t size, uint position, int position_type, uint end_position, uint flags, uint *unique_identifier, void *user_data)',
);
const espeakSynchronize = lib.func('int espeak_Synchronize()');

const sampleRate = espeakInitialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, null, 0);
if (sampleRate <= 0) throw new Error('espeak-ng failed to initialize (is the espeak-ng-data package installed?)');

/** @type {Buffer[]} */
let pieces = [];
/** @type {{ startMs: number, charStart: number, charEnd: number }[]} */
let words = [];
const eventSize = koffi.sizeof(EspeakEvent);

const callback = koffi.register(
  (wav, numSamples, events) => {
    if (numSamples > 0 && wav) {
      /** @type {Int16Array} */
      const samples = koffi.decode(wav, 'short', numSamples);
      pieces.push(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
    }
    for (let i = 0; ; i++) {
      const event = koffi.decode(events, i * eventSize, EspeakEvent);
      if (event.type === EVENT_LIST_TERMINATED) break;
      if (event.type === EVENT_WORD && event.length > 0) {
        // text_position is a 1-based code-point index into the request text.
        const charStart = event.text_position - 1;
        words.push({ startMs: event.audio_position, charStart, charEnd: charStart + event.length });
      }
    }
    return 0;
  },
  koffi.pointer(SynthCallback),
);
espeakSetSynthCallback(callback);

let currentVoice = '';

/** @param {{ text: string, voiceName: string }} message */
function synthesize({ text, voiceName }) {
  if (voiceName !== currentVoice) {
    if (espeakSetVoiceByName(voiceName) !== 0) throw new Error(`espeak-ng has no voice "${voiceName}"`);
    currentVoice = voiceName;
  }
  pieces = [];
  words = [];
  const bytes = Buffer.from(`${text}\0`, 'utf8');
  const status = espeakSynth(bytes, bytes.length, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakENDPAUSE, null, null);
  if (status !== 0) throw new Error(`espeak_Synth failed with status ${status}`);
  espeakSynchronize();
  const pcm = Buffer.concat(pieces);
  // Copy into a standalone ArrayBuffer so it can be transferred without copying again.
  const out = new ArrayBuffer(pcm.length);
  new Uint8Array(out).set(pcm);
  return { sampleRate, pcm: out, words };
}

parentPort.on('message', (message) => {
  try {
    const result = synthesize(message);
    parentPort.postMessage({ id: message.id, ...result }, [result.pcm]);
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String(error?.message ?? error) });
  }
});
