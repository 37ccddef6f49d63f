/**
 * Synthesis real-time factor of the sherpa engine (synthesis time ÷ length of the audio
 * made; below 1 is faster than real time), through the provider as a worker calls it:
 * worker thread, sherpa-onnx's front end, the model, float → 16-bit PCM.
 *
 * - Always: the tiny test model (tests/fixtures/sherpa), built here. It has no neural
 *   network, so its figure is the engine's own cost around a model.
 * - When `SHERPA_BENCH_MODEL` names a model folder (model.onnx or one *.onnx, tokens.txt,
 *   espeak-ng-data/): that real model, with `SHERPA_BENCH_THREADS` onnxruntime threads
 *   (default 1) and speaker `SHERPA_BENCH_SPEAKER` (default 0). Target: real time or faster.
 *
 * Baseline: the espeak-ng engine on the same chunks, in the same run.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chunkSentences, prepareArticle } from '../src/text/pipeline.js';
import { createEspeakProvider } from '../src/tts/espeak.js';
import type { TtsProvider } from '../src/tts/provider.js';
import { parseSherpaVoices } from '../src/tts/sherpa-config.js';
import { createSherpaProvider } from '../src/tts/sherpa.js';
import type { BenchContext } from './context.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';

const VOICE = 'north-female';
/** Chunks read per run with --quick (the whole article otherwise). */
const QUICK_CHUNKS = 15;

interface RtfFigures {
  /** synthesis ms ÷ audio ms, one per run */
  rtfs: number[];
  audioSeconds: number;
}

/** Synthesizes every chunk in order, `runs` times; the provider is warm already. */
async function measureRtf(provider: TtsProvider, chunks: readonly string[], runs: number): Promise<RtfFigures> {
  const rtfs: number[] = [];
  let audioSeconds = 0;
  for (let run = 0; run < runs; run++) {
    let samples = 0;
    let rate = 0;
    const started = performance.now();
    for (const text of chunks) {
      const audio = await provider.synthesize({ text, voice: VOICE });
      samples += audio.pcm.length / 2;
      rate = audio.sampleRate;
    }
    const elapsedMs = performance.now() - started;
    audioSeconds = samples / rate;
    rtfs.push(elapsedMs / (audioSeconds * 1000));
  }
  return { rtfs, audioSeconds };
}

/** The probe (a child process loads the model) and the first request (the thread loads it), in ms. */
async function timeStartup(provider: TtsProvider): Promise<{ probeMs: number; firstRequestMs: number }> {
  let t = performance.now();
  await provider.check();
  const probeMs = performance.now() - t;
  t = performance.now();
  await provider.synthesize({ text: 'Xin chào các bạn.', voice: VOICE });
  return { probeMs, firstRequestMs: performance.now() - t };
}

const voicesFor = (dir: string, extra: object) =>
  JSON.stringify({ [VOICE]: { dir, accent: 'north', gender: 'female', license: 'benchmark only', ...extra } });

/** The real model's entry: its .onnx file is model.onnx or the folder's only *.onnx. */
function realModelEntry(dir: string): object {
  const onnxFiles = readdirSync(dir).filter((file) => file.endsWith('.onnx'));
  const onnx = onnxFiles.includes('model.onnx') ? 'model.onnx' : onnxFiles.length === 1 ? onnxFiles[0] : undefined;
  if (!onnx) throw new Error(`SHERPA_BENCH_MODEL: ${dir} holds ${onnxFiles.length} .onnx files and no model.onnx`);
  return { onnx, threads: Number(process.env.SHERPA_BENCH_THREADS ?? 1), speaker: Number(process.env.SHERPA_BENCH_SPEAKER ?? 0) };
}

/** Runs the sherpa benchmark. */
export async function benchSherpa(ctx: BenchContext): Promise<ResultRow[]> {
  const prepared = prepareArticle({ text: await readFile(ctx.options.article, 'utf8') });
  const espeak = createEspeakProvider();
  const allChunks = chunkSentences(prepared.sentences, espeak.limits).map((chunk) => chunk.text);
  const chunks = ctx.options.quick ? allChunks.slice(0, QUICK_CHUNKS) : allChunks;
  const runs = ctx.options.runs;
  const rows: ResultRow[] = [];
  // The builder needs the dev dependency onnx-proto: loaded only when this benchmark runs.
  const { writeTinyVitsModel } = await import('../tests/fixtures/sherpa/tiny-vits-model.js');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-sherpa-'));
  const tiny = createSherpaProvider(parseSherpaVoices(voicesFor(writeTinyVitsModel(path.join(scratch, 'tiny')).dir, {}), []));
  try {
    await espeak.synthesize({ text: 'Xin chào.', voice: VOICE });
    const baseline = await measureRtf(espeak, chunks, runs);
    const startup = await timeStartup(tiny);
    const measured = await measureRtf(tiny, chunks, runs);
    const rtf = median(measured.rtfs);
    const espeakRtf = median(baseline.rtfs);
    ctx.log(`sherpa: tiny model RTF ${rtf.toFixed(4)} over ${chunks.length} chunks (${measured.audioSeconds.toFixed(0)} s of audio); espeak-ng ${espeakRtf.toFixed(4)}`);
    rows.push(
      { stage: 'sherpa', metric: 'speed (1 / real-time factor), tiny test model', value: 1 / rtf, unit: '× real time', baseline: 1 / espeakRtf, ratio: espeakRtf / rtf,
        samples: measured.rtfs.map((r) => 1 / r),
        note: `RTF ${rtf.toFixed(5)} (espeak-ng ${espeakRtf.toFixed(5)}) over ${chunks.length} chunks; no neural network: the engine's own cost` },
      { stage: 'sherpa', metric: 'readiness probe, tiny model (child process)', value: startup.probeMs, unit: 'ms' },
      { stage: 'sherpa', metric: 'first request, tiny model (thread loads it)', value: startup.firstRequestMs, unit: 'ms' },
    );
    const realDir = process.env.SHERPA_BENCH_MODEL;
    if (realDir) rows.push(...(await benchRealModel(ctx, path.resolve(realDir), chunks, runs)));
    else ctx.log('sherpa: set SHERPA_BENCH_MODEL=<model folder> to measure a real Vietnamese model too (docs/voices.md)');
  } finally {
    await Promise.all([tiny.close?.(), espeak.close?.()]);
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

async function benchRealModel(ctx: BenchContext, dir: string, chunks: readonly string[], runs: number): Promise<ResultRow[]> {
  const entry = realModelEntry(dir);
  const provider = createSherpaProvider(parseSherpaVoices(voicesFor(dir, entry), []));
  try {
    const startup = await timeStartup(provider);
    const measured = await measureRtf(provider, chunks, runs);
    const rtf = median(measured.rtfs);
    const label = `${path.basename(dir)}, ${(entry as { threads: number }).threads} thread(s)`;
    ctx.log(`sherpa: ${label}: RTF ${rtf.toFixed(3)} (${(1 / rtf).toFixed(1)}× real time) over ${measured.audioSeconds.toFixed(0)} s of audio`);
    return [
      { stage: 'sherpa', metric: `speed (1 / real-time factor), ${label}`, value: 1 / rtf, unit: '× real time', target: '≥ 1× (real time)', pass: rtf <= 1,
        samples: measured.rtfs.map((r) => 1 / r),
        note: `RTF ${rtf.toFixed(3)}; SHERPA_BENCH_MODEL, ${chunks.length} chunks, ${measured.audioSeconds.toFixed(0)} s of audio at ${provider.sampleRate ?? '?'} Hz` },
      { stage: 'sherpa', metric: `model load, ${path.basename(dir)} (first request)`, value: startup.firstRequestMs, unit: 'ms' },
    ];
  } finally {
    await provider.close?.();
  }
}
