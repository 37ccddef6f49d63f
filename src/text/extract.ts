/**
 * Article input (plain text or HTML) → clean article text: NFC, title as the first
 * paragraph, paragraphs joined by a blank line, page furniture removed. HTML goes through
 * cheerio (a real parser); both kinds then share the same line clean-up (clean-lines.ts).
 */
import { createRequire } from 'node:module';
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { cleanLines } from './clean-lines.js';
import { HTML_DROP_MARKERS, HTML_DROP_SELECTORS } from './data/boilerplate.js';
import type { ArticleInput, CleanArticle, SiteRules } from './types.js';
import { cleanUnicode } from './unicode.js';

/** Elements that start a new paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'br', 'hr', 'pre', 'dl', 'dt', 'dd', 'header', 'footer', 'caption',
]);
/** Where the article body usually is, most specific first (VnExpress, Tuổi Trẻ, Thanh Niên, Báo Gia Lai…). */
const CONTENT_SELECTORS = [
  '[itemprop="articleBody"]', '.article__body', '.article-body', '.article-content', '.detail-content', '.fck_detail',
  '.content-detail', '.detail__content', '.singular-content', '.cms-body', '.post-content', '.entry-content',
  'article', 'main', 'body',
];
const TITLE_SELECTORS = ['h1', 'meta[property="og:title"]', 'title'];
const DROP_MARKERS = new Set(HTML_DROP_MARKERS);

const require = createRequire(import.meta.url);
let cheerioModule: typeof cheerio | undefined;
/**
 * cheerio (its htmlparser2-only "slim" build) is loaded on the first HTML article, so CLI
 * commands and workers that never parse HTML do not pay for loading it.
 */
const loadCheerio = (): typeof cheerio => (cheerioModule ??= require('cheerio/slim') as typeof cheerio);

export interface ExtractOptions {
  siteRules?: SiteRules;
}

/**
 * Extracts the readable article.
 * @example extractArticle({ html: '<h1>Tiêu đề</h1><p>(GLO)- Sáng 20-7, hội nghị.</p>' }).text
 * //=> 'Tiêu đề\n\nSáng 20-7, hội nghị.'
 */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): CleanArticle {
  const extracted = input.html !== undefined && input.html.trim() !== ''
    ? extractHtml(input.html, options.siteRules)
    : { title: undefined, lines: splitLines(input.text ?? '') };
  const title = clean(input.title ?? extracted.title ?? '');
  const lines = extracted.lines.map(cleanUnicode);
  // The title opens the text; do not read it twice when the body repeats it.
  const withTitle = title && clean(lines[0] ?? '') !== title ? [title, ...lines] : lines;
  const paragraphs = cleanLines(withTitle);
  return { title: title || paragraphs[0], text: paragraphs.join('\n\n') };
}

const clean = (s: string): string => cleanUnicode(s).replace(/\s+/g, ' ').trim();
const splitLines = (text: string): string[] => cleanUnicode(text).split('\n');

function extractHtml(html: string, rules: SiteRules = {}): { title?: string; lines: string[] } {
  // htmlparser2 (HTML mode) instead of parse5: ~10x faster, and forgiving enough for news pages.
  const $ = loadCheerio().load(html);
  const title = readTitle($, rules);
  $([...HTML_DROP_SELECTORS, ...(rules.drop ?? [])].join(', ')).remove();
  const root = pickContent($, rules);
  // Class/id markers ("sidebar", "share", "related") are judged only inside the chosen body,
  // so a wrapper with an unlucky class name can never take the article with it.
  root.find('[class], [id]').each((_, el) => {
    if (hasDropMarker(el) && !holdsArticleText($(el))) $(el).remove();
  });
  root.find('h1').remove();
  const lines: string[] = [];
  collectBlocks(root.contents().toArray(), lines, { current: '' });
  return { title, lines };
}

function readTitle($: cheerio.CheerioAPI, rules: SiteRules): string | undefined {
  for (const selector of rules.title ? [rules.title, ...TITLE_SELECTORS] : TITLE_SELECTORS) {
    const el = $(selector).first();
    if (el.length === 0) continue;
    const text = (selector.startsWith('meta') ? el.attr('content') : el.text()) ?? '';
    // "<title>Headline | Site</title>": keep the headline.
    const headline = selector === 'title' ? text.split(/\s[|–—-]\s/)[0] : text;
    if (headline.trim()) return headline.trim();
  }
  return undefined;
}

function pickContent($: cheerio.CheerioAPI, rules: SiteRules): cheerio.Cheerio<AnyNode> {
  for (const selector of rules.content ? [rules.content, ...CONTENT_SELECTORS] : CONTENT_SELECTORS) {
    const el = $(selector).first();
    if (el.length > 0 && el.text().trim()) return el;
  }
  return $.root();
}

/** A block with several paragraphs is article text whatever its class says ("layout has-sidebar"). */
const holdsArticleText = (el: cheerio.Cheerio<Element>): boolean => el.find('p').length >= 3;

/** Class and id words, split on spaces, "-" and "_": "box-related" → box, related. */
function hasDropMarker(el: Element): boolean {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return names.some((n) => DROP_MARKERS.has(n));
}

/** Walks the DOM in order; block elements and <br> close the current paragraph. */
function collectBlocks(nodes: readonly AnyNode[], lines: string[], buf: { current: string }): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      buf.current += (node as unknown as { data: string }).data;
    } else if (node.type === 'tag') {
      const el = node as Element;
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) flush(lines, buf);
      collectBlocks(el.children, lines, buf);
      if (block) flush(lines, buf);
    }
  }
}

function flush(lines: string[], buf: { current: string }): void {
  const text = buf.current.replace(/\s+/g, ' ').trim();
  if (text) lines.push(text);
  buf.current = '';
}
