/**
 * URL intake reads the article body of real Vietnamese news layouts: the measurement
 * behind its choice of extractor (docs/intake.md), asserted.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, loadLayoutFixtures, measureExtractor, scoreExtraction } from '../../bench/extraction-quality.js';
import { INTAKE_TARGETS } from '../../bench/extraction.js';
import { extractPage } from '../../src/intake/extract-page.js';

const fixtures = loadLayoutFixtures(path.join(import.meta.dirname, '../fixtures/intake/layouts'));

describe('layout fixtures', () => {
  it('cover at least six layouts, and no furniture string occurs in the article itself', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    for (const { name, truth } of fixtures) {
      const article = [truth.title, ...truth.body].join('\n').toLowerCase();
      for (const junk of truth.furniture) expect(article.includes(junk.toLowerCase()), `${name}: "${junk}"`).toBe(false);
      expect(truth.body.length, name).toBeGreaterThanOrEqual(5);
    }
  });

  it('score a perfect extraction 1/1 and the raw page low', () => {
    const { html, truth } = fixtures[0];
    expect(scoreExtraction([truth.title, ...truth.body].join('\n\n'), truth)).toMatchObject({ bodyKept: 1, furnitureDropped: 1 });
    expect(scoreExtraction(html.replace(/<[^>]+>/g, ' '), truth).furnitureDropped).toBeLessThan(0.2);
  });
});

describe('the extractor URL intake uses', () => {
  const intake = measureExtractor(EXTRACTORS.intake, fixtures);

  it(`keeps ≥ ${INTAKE_TARGETS.bodyKept * 100}% of body paragraphs and drops ≥ ${INTAKE_TARGETS.furnitureDropped * 100}% of furniture`, () => {
    expect(intake.bodyKept).toBeGreaterThanOrEqual(INTAKE_TARGETS.bodyKept);
    expect(intake.furnitureDropped).toBeGreaterThanOrEqual(INTAKE_TARGETS.furnitureDropped);
    for (const page of intake.pages) {
      expect(page.bodyKept, `${page.name} missed ${JSON.stringify(page.missed)}`).toBeGreaterThanOrEqual(0.8);
      expect(page.furnitureDropped, `${page.name} leaked ${JSON.stringify(page.leaked)}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('reads the body more exactly than the rules alone (the reason it was chosen)', () => {
    const rules = measureExtractor(EXTRACTORS.rules, fixtures);
    const readability = measureExtractor(EXTRACTORS.readability, fixtures);
    expect(intake.bodyKept).toBeGreaterThanOrEqual(rules.bodyKept);
    expect(intake.furnitureDropped).toBeGreaterThan(rules.furnitureDropped);
    expect(intake.furnitureDropped).toBeGreaterThan(readability.furnitureDropped);
  });

  it('takes the headline as the title and reads it first', () => {
    for (const { name, html, truth } of fixtures) {
      const page = extractPage(html);
      expect(page.title, name).toBe(truth.title);
      expect(page.text.split('\n\n')[0], name).toBe(truth.title);
      expect(page.extractor, name).toBe('readability');
    }
  });

  it('puts the lead (sapo) right after the title, without the agency tag', () => {
    const tuoiTre = fixtures.find((f) => f.name.startsWith('tuoitre'))!;
    const [, lead] = extractPage(tuoiTre.html).text.split('\n\n');
    expect(lead).toBe(tuoiTre.truth.body[0]);
    expect(lead.startsWith('TTO')).toBe(false);
  });

  it('uses a site rule configured for the host instead of Readability', () => {
    const danTri = fixtures.find((f) => f.name.startsWith('dantri'))!;
    const page = extractPage(danTri.html, { siteRules: { content: '.singular-content', drop: ['.article-related'] } });
    expect(page.extractor).toBe('site-rules');
    const score = scoreExtraction(page.text, danTri.truth);
    expect(score.bodyKept).toBe(1);
    expect(score.leaked).not.toContain('Nông dân Tây Nguyên đua nhau trồng sầu riêng');
  });

  it('falls back to the rules when Readability finds no article', () => {
    const page = extractPage('<html><body><p>Tin ngắn.</p></body></html>');
    expect(page.text).toBe('Tin ngắn.');
  });
});
