/** The table `tts-reader pregenerate --dry-run` prints: the service's estimate, one row per engine. */

/** The parts of `POST /v1/pregenerate?dryRun=1`'s answer the table shows (see services/generation-estimate.ts). */
export interface EstimateAnswer {
  articles: number;
  voices: string[];
  items: number;
  readyItems: number;
  providers: {
    provider: string;
    voices: string[];
    items: number;
    readyItems: number;
    requests: number;
    chars: number;
    cachedRequests: number;
    billableRequests: number;
    billableChars: number;
    audioMinutes: number;
    cost?: number;
  }[];
  total: { requests: number; billableRequests: number; billableChars: number; audioMinutes: number; cost?: number; currency: string };
  basis: { charsPerMinute: number; chunksNotLookedUp: number };
}

const number = (n: number) => n.toLocaleString('en-US');
const money = (cost: number | undefined, currency: string) => (cost === undefined ? 'no price' : `${cost.toLocaleString('en-US', { maximumFractionDigits: 4 })} ${currency}`);

/**
 * @example formatEstimate(answer)
 * // dry run: 3 articles × 2 voices = 6 items, 1 already ready
 * // engine  voices        items  ready  requests  characters  kept  billed requests  billed characters  minutes  cost
 * // zalo    south-male        3      1        42       3,512    39                3                110      3.3  0.0005 USD …
 */
export function formatEstimate(answer: EstimateAnswer): string {
  const { currency } = answer.total;
  const header = ['engine', 'voices', 'items', 'ready', 'requests', 'characters', 'kept', 'billed requests', 'billed characters', 'minutes', 'cost'];
  const rows = answer.providers.map((p) => [
    p.provider,
    p.voices.join(','),
    number(p.items),
    number(p.readyItems),
    number(p.requests),
    number(p.chars),
    number(p.cachedRequests),
    number(p.billableRequests),
    number(p.billableChars),
    p.audioMinutes.toFixed(1),
    money(p.cost, currency),
  ]);
  const total = ['total', '', number(answer.items), number(answer.readyItems), number(answer.total.requests), '', '', number(answer.total.billableRequests), number(answer.total.billableChars), answer.total.audioMinutes.toFixed(1), money(answer.total.cost, currency)];
  const table = [header, ...rows, total];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const out = [`dry run: ${answer.articles} article${answer.articles === 1 ? '' : 's'} × ${answer.voices.length} voice${answer.voices.length === 1 ? '' : 's'} = ${answer.items} items, ${answer.readyItems} already ready`, ...table.map(line)];
  out.push(`kept: chunks whose audio is kept from earlier revisions or articles (not billed again); minutes: characters ÷ ${answer.basis.charsPerMinute} a minute, calibrated on espeak-ng`);
  if (answer.basis.chunksNotLookedUp > 0) out.push(`${number(answer.basis.chunksNotLookedUp)} chunks were not looked up among the kept ones and count as billed (an upper bound)`);
  return `${out.join('\n')}\n`;
}
