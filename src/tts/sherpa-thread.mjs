/**
 * Owns sherpa-onnx (VITS/Piper models through onnxruntime). Two ways to run it:
 *
 * - As a worker thread (the sherpa provider's): each model is loaded once, on its first
 *   request, and kept; synthesis is synchronous native work, so it runs here and never on
 *   the event loop of the process that asked.
 * - As a child process, `node sherpa-thread.mjs --probe` (the provider's readiness check):
 *   loads the models given on stdin, synthesizes a few words with each and prints what it
 *   found. sherpa-onnx ends the whole process on some bad models (exit(-1) on missing
 *   metadata, abort() on a corrupt file): a probe in a process of its own turns that into
 *   a clear startup error instead of a dead service.
 *
 * Plain JavaScript (not TypeScript) so the same file runs from `src/` under the test runner
 * and from `dist/` in production: Node 20 cannot start a worker thread from a .ts file.
 *
 * Thread messages in:  { id, model: ModelSpec, text, speaker, speed }
 * Thread messages out: { id, sampleRate, pcm: ArrayBuffer (s16le), loadedModels } or { id, error }
 * Probe stdin:  { models: ModelSpec[], text }
 * Probe stdout: { models: [{ sampleRate, numSpeakers, samples, peak }] }
 *
 * ModelSpec: { model, tokens, dataDir?, lexicon?, threads } (absolute paths)
 */
import { createRequire } from 'node:module';
import { isMainThread, parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);

/** @type {any} */
let sherpa;
/** Loaded only here, on first use: processes that never synthesize with sherpa never load it. */
function sherpaOnnx() {
  sherpa ??= require('sherpa-onnx-node');
  return sherpa;
}

/** @typedef {{ model: string, tokens: string, dataDir?: string, lexicon?: string, threads: number }} ModelSpec */

/** @param {ModelSpec} spec */
function loadModel(spec) {
  const { OfflineTts } = sherpaOnnx();
  return new OfflineTts({
    model: {
      vits: { model: spec.model, tokens: spec.tokens, dataDir: spec.dataDir ?? '', lexicon: spec.lexicon ?? '' },
      numThreads: spec.threads,
      provider: 'cpu',
      debug: 0,
    },
    // One sentence per model run, as Piper does: memory stays bounded on long chunks.
    maxNumSentences: 1,
  });
}

/**
 * Float samples in [-1, 1] → mono s16le, in a standalone ArrayBuffer that can be
 * transferred without another copy.
 * @param {Float32Array} samples
 */
function toPcm16(samples) {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    out[i] = Math.round((s > 1 ? 1 : Math.max(s , -1)) * 32767);
  }
  return out.buffer;
}

/** @type {Map<string, any>} one OfflineTts per model spec, for the life of the thread */
const models = new Map();

/** @param {ModelSpec} spec */
function modelFor(spec) {
  const key = JSON.stringify([spec.model, spec.tokens, spec.dataDir ?? '', spec.lexicon ?? '', spec.threads]);
  let tts = models.get(key);
  if (!tts) {
    tts = loadModel(spec);
    models.set(key, tts);
  }
  return tts;
}

function serveRequests() {
  parentPort.on('message', (message) => {
    try {
      const tts = modelFor(message.model);
      const audio = tts.generate({ text: message.text, sid: message.speaker, speed: message.speed, enableExternalBuffer: false });
      const pcm = toPcm16(audio.samples);
      parentPort.postMessage({ id: message.id, sampleRate: audio.sampleRate, pcm, loadedModels: models.size }, [pcm]);
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: String(error?.message ?? error) });
    }
  });
}

async function runProbe() {
  let input = '';
  for await (const piece of process.stdin) input += piece;
  const { models: specs, text } = JSON.parse(input);
  const found = specs.map((spec) => {
    const tts = loadModel(spec);
    const audio = tts.generate({ text, sid: 0, speed: 1, enableExternalBuffer: false });
    let peak = 0;
    for (const s of audio.samples) peak = Math.max(peak, Math.abs(s));
    return { sampleRate: tts.sampleRate, numSpeakers: tts.numSpeakers, samples: audio.samples.length, peak };
  });
  process.stdout.write(`${JSON.stringify({ models: found })}\n`);
}

if (!isMainThread) serveRequests();
else if (process.argv.includes('--probe')) {
  runProbe().catch((error) => {
    process.stderr.write(`${error?.message ?? error}\n`);
    process.exitCode = 1;
  });
}
