/**
 * How exactly an extractor reads the article of a page, on hand-made fixtures of
 * Vietnamese news layouts (tests/fixtures/intake/layouts): each page has a truth file
 * listing its body paragraphs (lead included) and strings of page furniture (menus,
 * breadcrumbs, bylines, related links, tags, comments, ads, footer). Shared by the
 * benchmark (`npm run bench -- --only extraction`) and tests/intake/extraction-quality.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio/slim';
import { extractPage } from '../src/intake/extract-page.js';
import { readWithReadability } from '../src/intake/readability.js';
import { extractArticle } from '../src/text/extract.js';

export interface LayoutTruth {
  site: string;
  title: string;
  body: string[];
  furniture: string[];
}

export interface LayoutFixture {
  name: string;
  html: string;
  truth: LayoutTruth;
}

export interface ExtractionScore {
  /** Body paragraphs found in the output / body paragraphs of the page. */
  bodyKept: number;
  /** Furniture strings absent from the output / furniture strings of the page. */
  furnitureDropped: number;
  bodyTotal: number;
  furnitureTotal: number;
  missed: string[];
  leaked: string[];
}

/** The specific containers of src/text/extract.ts (not its generic article/main/body fallbacks). */
const KNOWN_CONTAINERS = ['[itemprop="articleBody"]', '.article__body', '.article-body', '.article-content', '.detail-content', '.fck_detail',
  '.content-detail', '.detail__content', '.singular-content', '.cms-body', '.post-content', '.entry-content'];

/** The extractors compared; `intake` is what URL intake uses (src/intake/extract-page.ts). */
export const EXTRACTORS: Record<string, (html: string) => string> = {
  rules: (html) => extractArticle({ html }).text,
  // An empty site rule takes extract-page's rules path: the rules plus the lead recovery.
  'rules + lead': (html) => extractPage(html, { siteRules: {} }).text,
  readability: (html) => readWithReadability(html)?.text ?? '',
  'known container → rules, else intake': (html) => {
    const $ = cheerio.load(html);
    const known = KNOWN_CONTAINERS.some((selector) => $(selector).first().text().trim());
    return extractPage(html, known ? { siteRules: {} } : {}).text;
  },
  intake: (html) => extractPage(html).text,
};

const normalize = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Scores one output against a page's truth (case- and whitespace-insensitive containment). */
export function scoreExtraction(output: string, truth: LayoutTruth): ExtractionScore {
  const text = normalize(output);
  const missed = truth.body.filter((p) => !text.includes(normalize(p)));
  const leaked = truth.furniture.filter((f) => text.includes(normalize(f)));
  return {
    bodyKept: (truth.body.length - missed.length) / truth.body.length,
    furnitureDropped: (truth.furniture.length - leaked.length) / truth.furniture.length,
    bodyTotal: truth.body.length,
    furnitureTotal: truth.furniture.length,
    missed,
    leaked,
  };
}

/** Reads every `NAME.html` + `NAME.truth.json` pair of a folder. */
export function loadLayoutFixtures(dir: string): LayoutFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.html$/, ''),
      html: readFileSync(path.join(dir, file), 'utf8'),
      truth: JSON.parse(readFileSync(path.join(dir, file.replace(/\.html$/, '.truth.json')), 'utf8')) as LayoutTruth,
    }));
}

/** Pooled shares over all fixtures (each paragraph and furniture string counts once), plus per-page scores. */
export function measureExtractor(extract: (html: string) => string, fixtures: LayoutFixture[]) {
  const pages = fixtures.map((f) => ({ name: f.name, ...scoreExtraction(extract(f.html), f.truth) }));
  const sum = (pick: (p: (typeof pages)[number]) => number) => pages.reduce((total, p) => total + pick(p), 0);
  return {
    bodyKept: sum((p) => p.bodyKept * p.bodyTotal) / sum((p) => p.bodyTotal),
    furnitureDropped: sum((p) => p.furnitureDropped * p.furnitureTotal) / sum((p) => p.furnitureTotal),
    pages,
  };
}
