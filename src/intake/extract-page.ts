/**
 * A fetched page → the article to read. The choice between the project's rules and
 * Readability was made by measurement (docs/intake.md, `npm run bench -- --only extraction`):
 * on eight Vietnamese layouts, Readability followed by the rules' clean-up kept 100% of
 * body paragraphs and dropped 91% of page furniture; the rules' generic container list
 * alone kept 89% and dropped 73% (it reads whole pages where no known container matches).
 * So: a site rule configured for the host wins (an editor wrote it for that site);
 * otherwise Readability finds the container and the rules clean it; the rules alone are
 * the fallback when Readability finds nothing. The lead (sapo) is then added when the
 * chosen container left it out.
 */
import * as cheerio from 'cheerio/slim';
import { extractArticle } from '../text/extract.js';
import type { SiteRules } from '../text/types.js';
import { LEAD_SELECTORS } from './data/lead-selectors.js';
import { readWithReadability } from './readability.js';

export type ExtractorName = 'site-rules' | 'readability' | 'rules';

export interface ExtractedPage {
  title?: string;
  /** Clean text, title first, paragraphs separated by a blank line (as `extractArticle`). */
  text: string;
  extractor: ExtractorName;
}

/**
 * Extracts the article of a page.
 * @example extractPage(html).extractor //=> 'readability' (no site rule for this page)
 */
export function extractPage(html: string, options: { siteRules?: SiteRules } = {}): ExtractedPage {
  const rules = extractArticle({ html }, { siteRules: options.siteRules });
  let page: ExtractedPage = { title: rules.title, text: rules.text, extractor: options.siteRules ? 'site-rules' : 'rules' };
  if (!options.siteRules) {
    const readable = readWithReadability(html);
    if (readable) {
      // The wrapper is the rules' first content selector: the clean-up reads all of
      // Readability's container instead of picking a nested <article> inside it.
      const cleaned = extractArticle({ html: `<div itemprop="articleBody">${readable.html}</div>`, title: rules.title });
      if (hasBody(cleaned.text)) page = { title: rules.title, text: cleaned.text, extractor: 'readability' };
    }
  }
  return { ...page, text: withLead(page.text, page.title, findLead(html)) };
}

const hasBody = (text: string): boolean => text.split('\n\n').length >= 2;
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The lead paragraph's text, if the page marks one. */
function findLead(html: string): string | undefined {
  const $ = cheerio.load(html);
  for (const selector of LEAD_SELECTORS) {
    const text = collapse($(selector).first().text());
    if (text) return text;
  }
  return undefined;
}

/** Puts the lead after the title when the text lacks it, cleaned like any first paragraph (agency tag off). */
function withLead(text: string, title: string | undefined, lead: string | undefined): string {
  if (!lead || !title) return text;
  const [, ...cleanLead] = extractArticle({ title, text: lead }).text.split('\n\n');
  if (cleanLead.length === 0 || collapse(text).includes(collapse(cleanLead.join(' ')))) return text;
  const [first, ...rest] = text.split('\n\n');
  return [first, ...cleanLead, ...rest].join('\n\n');
}
