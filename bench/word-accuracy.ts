/**
 * Word timing accuracy on the offline engine: does each word's `startMs` point at the
 * onset of that word's energy in the MP3 a player decodes? Where a word begins after a
 * pause (≥ 60 ms of quiet: a comma, a breath, a stop consonant's closure), its onset is
 * unmistakable: the first 10 ms window in which a quarter of the samples pass 300 / 32767
 * (the service's own definition of sound, src/audio/pauses.ts). Each such onset is matched
 * to the nearest word start (within ±150 ms); words inside connected speech have no energy
 * boundary to measure against. The same audio is also timed by the documented estimate
 * (words spread by syllables): the same-run baseline.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Manifest, ManifestWord } from '../src/manifest.js';
import { estimateWordTimings } from '../src/synthesis/estimate-word-timings.js';
import type { BenchContext } from './context.js';
import { runCommand } from './processes.js';
import { ServiceUnderTest } from './service.js';
import { median, percentile } from './stats.js';
import type { ResultRow } from './table.js';

const WINDOW_MS = 10;
const LOUD = 300;
const QUIET_BEFORE_MS = 60;
const SEARCH_MS = 150;
const TARGET_MEDIAN_MS = 40;

/** Every onset after a pause in the audio, in ms. */
function onsetsAfterPauses(pcm: Int16Array, rate: number): number[] {
  const window = Math.round((WINDOW_MS * rate) / 1000);
  const step = window >> 1;
  const quietSteps = Math.ceil((QUIET_BEFORE_MS * rate) / 1000 / step);
  const onsets: number[] = [];
  let quietRun = quietSteps; // the start of the audio counts as after a pause
  for (let at = 0; at + window <= pcm.length; at += step) {
    let count = 0;
    for (let i = at; i < at + window; i++) if (Math.abs(pcm[i]) >= LOUD) count++;
    if (count < window * 0.25) {
      quietRun++;
      continue;
    }
    if (quietRun >= quietSteps) onsets.push((at * 1000) / rate);
    quietRun = 0;
  }
  return onsets;
}

/**
 * For every onset after a pause, the distance to the nearest word start (within ±150 ms):
 * each such onset is some word's beginning, and the nearest start is the one claiming it.
 */
function errorsAgainstOnsets(onsets: readonly number[], starts: readonly number[]): number[] {
  const sorted = [...starts].sort((a, b) => a - b);
  const errors: number[] = [];
  let j = 0;
  for (const onset of onsets) {
    while (j + 1 < sorted.length && sorted[j + 1] <= onset) j++;
    const nearest = Math.min(Math.abs(onset - sorted[j]), j + 1 < sorted.length ? Math.abs(sorted[j + 1] - onset) : Number.POSITIVE_INFINITY);
    if (nearest <= SEARCH_MS) errors.push(nearest);
  }
  return errors;
}

/** The estimate the manifest would carry without engine timings, for the same segments. */
function estimatedWords(manifest: Manifest): ManifestWord[] {
  return manifest.segments.flatMap((s) => {
    const speechEnd = s.words?.at(-1)?.endMs ?? s.endMs;
    return estimateWordTimings({ text: s.text, charStart: s.charStart, spoken: s.spoken }, { startMs: s.startMs, endMs: speechEnd });
  });
}

export async function benchWordAccuracy(ctx: BenchContext): Promise<ResultRow[]> {
  const service = await ServiceUnderTest.start({ distDir: ctx.distDir, workers: 1 });
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-bench-words-'));
  try {
    await service.putArticle('words', await fs.readFile(ctx.options.article, 'utf8'));
    const manifest = await service.waitForManifest('words');
    const mp3 = path.join(scratch, 'article.mp3');
    await fs.writeFile(mp3, Buffer.from(await (await fetch(service.baseUrl + manifest.audioUrl)).arrayBuffer()));
    const raw = await runCommand('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', mp3, '-f', 's16le', '-ac', '1', '-ar', String(manifest.sampleRate), 'pipe:1']);
    const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.length >> 1);
    const words = manifest.segments.flatMap((s) => s.words ?? []);
    const onsets = onsetsAfterPauses(pcm, manifest.sampleRate);
    const exact = { errors: errorsAgainstOnsets(onsets, words.map((w) => w.startMs)) };
    const estimate = { errors: errorsAgainstOnsets(onsets, estimatedWords(manifest).map((w) => w.startMs)) };
    const note = `${manifest.wordTiming} timings; ${exact.errors.length} word onsets after a pause measured (${words.length} words); syllable estimate on the same audio: median ${median(estimate.errors).toFixed(1)} ms, p95 ${percentile(estimate.errors, 95).toFixed(1)} ms`;
    ctx.log(`word-accuracy: ${note}`);
    return [
      {
        stage: 'word-accuracy',
        metric: 'median |word start − energy onset|',
        value: median(exact.errors),
        unit: 'ms',
        baseline: median(estimate.errors),
        target: `≤ ${TARGET_MEDIAN_MS} ms`,
        pass: median(exact.errors) <= TARGET_MEDIAN_MS && manifest.wordTiming === 'exact',
        note,
      },
      { stage: 'word-accuracy', metric: 'p95 |word start − energy onset|', value: percentile(exact.errors, 95), unit: 'ms', baseline: percentile(estimate.errors, 95), note: 'baseline: the syllable estimate on the same audio' },
    ];
  } finally {
    await service.close();
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
