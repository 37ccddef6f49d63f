/** The table `tts-reader pregenerate` prints when a batch ends: one row per voice, then the failures. */

export interface BatchItemOutcome {
  articleId: string;
  voice: string;
  state: 'ready' | 'failed' | 'pending';
  error?: string;
}

/**
 * @example formatSummary([{ articleId: 'a', voice: 'north-female', state: 'ready' }])
 * // voice        ready  failed  pending
 * // north-female      1       0        0 …
 */
export function formatSummary(outcomes: readonly BatchItemOutcome[]): string {
  const voices = [...new Set(outcomes.map((o) => o.voice))];
  const count = (voice: string | undefined, state: BatchItemOutcome['state']) =>
    outcomes.filter((o) => (voice === undefined || o.voice === voice) && o.state === state).length;
  const rows = [...voices.map((v) => [v, count(v, 'ready'), count(v, 'failed'), count(v, 'pending')]), ['total', count(undefined, 'ready'), count(undefined, 'failed'), count(undefined, 'pending')]];
  const width = Math.max(5, ...rows.map((r) => String(r[0]).length));
  const line = (cells: (string | number)[]) => `${String(cells[0]).padEnd(width)}  ${cells.slice(1).map((c) => String(c).padStart(7)).join('  ')}`;
  const out = [line(['voice', 'ready', 'failed', 'pending']), ...rows.map(line)];
  const failures = outcomes.filter((o) => o.state === 'failed');
  if (failures.length > 0) {
    out.push('', 'failed:');
    for (const f of failures) out.push(`  ${f.articleId}  ${f.voice}  ${f.error ?? ''}`.trimEnd());
  }
  return `${out.join('\n')}\n`;
}
