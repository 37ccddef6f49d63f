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

// Audio comes back in 500 ms buffers (the default is 60 ms): an eighth of the callbacks.
const CALLBACK_BUFFER_MS = 500;
const sampleRate = espeakInitialize(AUDIO_OUTPUT_SYNCHRONOUS, CALLBACK_BUFFER_MS, null, 0);
if (sampleRate <= 0) throw new Error('espeak-ng failed to initialize (is the espeak-ng-data package installed?)');

/** The sentence's PCM so far (s16le), in a buffer that grows by doubling. */
let pcm = new Uint8Array(1 << 20);
let pcmBytes = 0;
/** @type {{ startMs: number, charStart: number, charEnd: number }[]} */
let words = [];
const eventSize = koffi.sizeof(EspeakEvent);

const callback = koffi.register(
  (wav, numSamples, events) => {
    if (numSamples > 0 && wav) {
      // One copy, straight out of espeak-ng's buffer (valid only during this call).
      const bytes = new Uint8Array(koffi.view(wav, numSamples * 2));
      if (pcmBytes + bytes.length > pcm.length) {
        const grown = new Uint8Array(Math.max(pcm.length * 2, pcmBytes + bytes.length));
        grown.set(pcm.subarray(0, pcmBytes));
        pcm = grown;
      }
      pcm.set(bytes, pcmBytes);
      pcmBytes += bytes.length;
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
  pcmBytes = 0;
  words = [];
  const bytes = Buffer.from(`${text}\0`, 'utf8');
  const status = espeakSynth(bytes, bytes.length, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakENDPAUSE, null, null);
  if (status !== 0) throw new Error(`espeak_Synth failed with status ${status}`);
  espeakSynchronize();
  // A standalone ArrayBuffer of the exact length, transferred without another copy.
  return { sampleRate, pcm: pcm.slice(0, pcmBytes).buffer, words };
}

parentPort.on('message', (message) => {
  try {
    const result = synthesize(message);
    parentPort.postMessage({ id: message.id, ...result }, [result.pcm]);
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String(error?.message ?? error) });
  }
});
