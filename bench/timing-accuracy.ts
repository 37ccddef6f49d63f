/**
 * Timing accuracy: does each manifest `startMs` point at the sentence's first sound in the
 * MP3 a player actually decodes? For every segment the sentence is synthesized again on
 * its own with the same espeak-ng voice (the reference, clean PCM). Its first sound is
 * where sustained sound begins, by the service's own definition (`leadingSilenceSamples` in
 * src/audio/pauses.ts: a lone click before the voice is not its start). To find the same place in the decoded MP3
 * (where coding noise makes a low threshold useless), a louder landmark is used: the
 * reference's first sample at 10 % of its peak. That landmark is searched in the decoded
 * audio near where the manifest puts it (±300 ms, only onsets after ≥ 30 ms of quiet, so
 * the previous sentence's tail is never taken for it), then refined by cross-correlating
 * the reference's 150 ms from the landmark on ±40 ms around it. The decoded first sound is
 * that alignment minus the reference's landmark-to-first-sound distance; the error is its
 * distance from `startMs`.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePcm16MonoWav } from '../src/tts/decode.js';
import type { Manifest } from '../src/manifest.js';
import type { BenchContext } from './context.js';
import { runCommand } from './processes.js';
import { ServiceUnderTest } from './service.js';
import { median } from './stats.js';
import type { ResultRow } from './table.js';
import { leadingSilenceSamples } from '../src/audio/pauses.js';

const SEARCH_MS = 300;
const QUIET_BEFORE_MS = 30;
/** Landmark threshold: a fraction of the reference sentence's peak, never below an absolute floor (MP3 noise). */
const THRESHOLD_FRACTION = 0.1;
const THRESHOLD_FLOOR = 300;
const TARGET_MS = 20;
/** Refinement: the reference's first 150 ms of speech is slid over the decoded audio ±40 ms around the onset found. */
const MATCH_MS = 150;
const REFINE_MS = 40;

/** Mono s16le samples of an MP3, decoded by ffmpeg (which trims the encoder delay using the LAME tag). */
async function decodeMp3(file: string, sampleRate: number): Promise<Int16Array> {
  const pcm = await runCommand('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', String(sampleRate), 'pipe:1']);
  return new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length >> 1);
}

/** One sentence synthesized alone by the espeak-ng CLI with the manifest's voice. */
async function synthesizeReference(text: string, voice: string): Promise<Int16Array> {
  const wav = parsePcm16MonoWav(await runCommand('espeak-ng', ['-v', voice, '--stdout', text]));
  if (!wav) throw new Error('espeak-ng did not return a PCM16 mono WAV');
  return new Int16Array(wav.pcm.buffer, wav.pcm.byteOffset, wav.pcm.length >> 1);
}

const peakOf = (pcm: Int16Array) => pcm.reduce((max, x) => Math.max(max, Math.abs(x)), 0);

/** First sample in [from, to) at or above the threshold, or -1. */
function firstLoud(pcm: Int16Array, threshold: number, from = 0, to = pcm.length): number {
  for (let i = Math.max(0, from); i < Math.min(to, pcm.length); i++) if (Math.abs(pcm[i]) >= threshold) return i;
  return -1;
}

/** Onsets (loud samples after ≥ `quiet` quiet samples) in [from, to), the one nearest `expected`. */
function nearestOnset(pcm: Int16Array, threshold: number, from: number, to: number, quiet: number, expected: number): number | undefined {
  let best: number | undefined;
  let quietRun = quiet; // the article's very start counts as quiet
  for (let i = Math.max(0, from - quiet); i < Math.min(to, pcm.length); i++) {
    if (Math.abs(pcm[i]) < threshold) {
      quietRun++;
      continue;
    }
    if (quietRun >= quiet && i >= from && (best === undefined || Math.abs(i - expected) < Math.abs(best - expected))) best = i;
    quietRun = 0;
  }
  return best;
}

/**
 * The shift (samples) within ±`radius` that best aligns `reference[refStart…+length]` with
 * `decoded` around `guess` (normalized cross-correlation). The threshold onset alone can
 * jump by a phoneme when a soft initial consonant ("R", "S") sits near the threshold and
 * MP3 coding nudges its amplitude; correlating the waveform itself does not.
 */
function refineByCorrelation(decoded: Int16Array, guess: number, reference: Int16Array, refStart: number, length: number, radius: number): number {
  const n = Math.min(length, reference.length - refStart);
  let best = guess;
  let bestScore = -Infinity;
  for (let lag = -radius; lag <= radius; lag++) {
    const at = guess + lag;
    if (at < 0 || at + n > decoded.length) continue;
    let dot = 0;
    let energy = 0;
    for (let k = 0; k < n; k++) {
      const d = decoded[at + k];
      dot += d * reference[refStart + k];
      energy += d * d;
    }
    const score = energy > 0 ? dot / Math.sqrt(energy) : -Infinity;
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** |error| in ms of every segment whose onset could be found, and how many could not. */
async function measureErrors(manifest: Manifest, mp3File: string): Promise<{ errorsMs: number[]; worst: { i: number; errorMs: number }[]; missed: number }> {
  const rate = manifest.sampleRate;
  const decoded = await decodeMp3(mp3File, rate);
  const errorsMs: number[] = [];
  const signed: { i: number; errorMs: number }[] = [];
  let missed = 0;
  for (const segment of manifest.segments) {
    const reference = await synthesizeReference(segment.spoken, manifest.providerVoice);
    const threshold = Math.max(THRESHOLD_FLOOR, THRESHOLD_FRACTION * peakOf(reference));
    const referencePcm = Buffer.from(reference.buffer, reference.byteOffset, reference.byteLength);
    const firstSound = leadingSilenceSamples(referencePcm, rate);
    const landmark = firstLoud(reference, threshold);
    if (firstSound >= reference.length || landmark < 0) {
      missed++;
      continue;
    }
    const claimed = Math.round((segment.startMs * rate) / 1000);
    const expected = claimed + (landmark - firstSound);
    const window = Math.round((SEARCH_MS * rate) / 1000);
    const onset = nearestOnset(decoded, threshold, expected - window, expected + window, Math.round((QUIET_BEFORE_MS * rate) / 1000), expected);
    const ms = (v: number) => Math.round((v * rate) / 1000);
    const aligned = onset === undefined ? undefined : refineByCorrelation(decoded, onset, reference, landmark, ms(MATCH_MS), ms(REFINE_MS));
    if (aligned === undefined) missed++;
    else {
      const decodedFirstSound = aligned - (landmark - firstSound);
      errorsMs.push((Math.abs(decodedFirstSound - claimed) * 1000) / rate);
      signed.push({ i: segment.i, errorMs: ((decodedFirstSound - claimed) * 1000) / rate });
    }
  }
  const worst = signed.sort((a, b) => Math.abs(b.errorMs) - Math.abs(a.errorMs)).slice(0, 3);
  return { errorsMs, worst, missed };
}

/** Runs the timing-accuracy benchmark (deterministic: one run suffices). */
export async function benchTimingAccuracy(ctx: BenchContext): Promise<ResultRow[]> {
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1, cpuProfileDir: ctx.options.cpuProfileDir });
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-timing-'));
  try {
    await service.putArticle('timing', await fs.readFile(ctx.options.article, 'utf8'));
    const manifest = await service.waitForManifest('timing');
    const mp3File = path.join(scratch, 'article.mp3');
    await fs.writeFile(mp3File, Buffer.from(await (await fetch(service.baseUrl + manifest.audioUrl)).arrayBuffer()));
    const { errorsMs, worst, missed } = await measureErrors(manifest, mp3File);
    const max = Math.max(...errorsMs);
    ctx.log(`timing-accuracy: ${errorsMs.length}/${manifest.segments.length} segments measured, max ${max.toFixed(1)} ms, median ${median(errorsMs).toFixed(1)} ms; worst (segment: decoded − manifest) ${worst.map((w) => `${w.i}: ${w.errorMs.toFixed(1)} ms`).join(', ')}`);
    const note = `${errorsMs.length} of ${manifest.segments.length} segments measured${missed ? `, ${missed} without a clear onset` : ''}`;
    return [
      { stage: 'timing-accuracy', metric: 'max error: startMs vs decoded first sound', value: max, unit: 'ms', target: `≤ ${TARGET_MS} ms`, pass: max <= TARGET_MS && missed === 0, note },
      { stage: 'timing-accuracy', metric: 'median error: startMs vs decoded first sound', value: median(errorsMs), unit: 'ms', target: `≤ ${TARGET_MS} ms`, pass: median(errorsMs) <= TARGET_MS, samples: errorsMs.map((e) => Math.round(e * 10) / 10), note },
    ];
  } finally {
    await service.close();
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
