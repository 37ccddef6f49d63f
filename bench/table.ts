/** One line of the benchmark table and of `bench/results.json`. */
export interface ResultRow {
  /** Benchmark name, as given to `--only`. */
  stage: string;
  metric: string;
  /** Median of the runs (or the figure itself when it is a ratio of medians). */
  value: number;
  unit: string;
  /** The same figure for the baseline measured in the same run, when there is one. */
  baseline?: number;
  /** value / baseline, or as defined by the stage (e.g. a speed-up). */
  ratio?: number;
  /** Human-readable target, e.g. "≤ 1.5× baseline". */
  target?: string;
  /** Whether the target is met; undefined when the row has no target. */
  pass?: boolean;
  /** Every sample behind `value`, for readers of results.json. */
  samples?: number[];
  /** 1-minute load average while the figure was measured (median over its runs). */
  load?: number;
  note?: string;
}

const formatNumber = (n: number | undefined): string => {
  if (n === undefined || Number.isNaN(n)) return '';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  if (Math.abs(n) >= 1 || n === 0) return n.toFixed(2);
  return n.toPrecision(3);
};

const verdict = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? 'PASS' : 'FAIL');

/**
 * Renders rows as an aligned plain-text table (also valid Markdown).
 * @example formatTable([{ stage: 'front-end', metric: 'throughput', value: 3.1, unit: 'MB/s' }])
 */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['stage', 'metric', 'value', 'baseline', 'ratio', 'target', 'result', 'load'];
  const cells = rows.map((r) => [
    r.stage,
    r.metric,
    `${formatNumber(r.value)} ${r.unit}`.trim(),
    r.baseline === undefined ? '' : `${formatNumber(r.baseline)} ${r.unit}`.trim(),
    r.ratio === undefined ? '' : `${formatNumber(r.ratio)}×`,
    r.target ?? '',
    verdict(r.pass),
    r.load === undefined ? '' : r.load.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
