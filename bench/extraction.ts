/**
 * Article extraction quality on the Vietnamese layout fixtures: share of body paragraphs
 * kept and of page furniture dropped, for the project's rules, Readability, and what URL
 * intake uses. A quality figure, not a speed one: it needs no service.
 */
import path from 'node:path';
import type { BenchContext } from './context.js';
import { EXTRACTORS, loadLayoutFixtures, measureExtractor } from './extraction-quality.js';
import type { ResultRow } from './table.js';

/** What intake's extractor must reach (asserted by tests/intake/extraction-quality.test.ts too). */
export const INTAKE_TARGETS = { bodyKept: 0.95, furnitureDropped: 0.85 };

export async function benchExtraction(ctx: BenchContext): Promise<ResultRow[]> {
  const fixtures = loadLayoutFixtures(path.join(ctx.repoRoot, 'tests/fixtures/intake/layouts'));
  const rows: ResultRow[] = [];
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    const result = measureExtractor(extract, fixtures);
    const chosen = name === 'intake';
    const worst = result.pages.reduce((a, b) => (b.furnitureDropped < a.furnitureDropped ? b : a));
    rows.push(
      { stage: 'extraction', metric: `${name}: body paragraphs kept`, value: result.bodyKept * 100, unit: '%',
        ...(chosen ? { target: `≥ ${INTAKE_TARGETS.bodyKept * 100}%`, pass: result.bodyKept >= INTAKE_TARGETS.bodyKept } : {}),
        note: `${fixtures.length} layouts` },
      { stage: 'extraction', metric: `${name}: furniture dropped`, value: result.furnitureDropped * 100, unit: '%',
        ...(chosen ? { target: `≥ ${INTAKE_TARGETS.furnitureDropped * 100}%`, pass: result.furnitureDropped >= INTAKE_TARGETS.furnitureDropped } : {}),
        note: `worst: ${worst.name} ${(worst.furnitureDropped * 100).toFixed(0)}%` },
    );
  }
  return rows;
}
