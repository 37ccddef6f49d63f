/**
 * Articles by URL: fetch the page (SSRF rules, limits), extract the article (site rule,
 * else Readability + the rules' clean-up), and hand back what `AudioService.putArticle`
 * stores. Nothing is stored here: a failure leaves everything as it was.
 */
import type { FetchConfig } from './fetch-config.js';
import { hostMatches } from '../net/address-policy.js';
import { createOutboundClient, type OutboundClient } from '../net/outbound-client.js';
import type { SiteRules } from '../text/types.js';
import type { ExtractorName } from './extract-page.js';
import { fetchHtmlPage } from './fetch-page.js';

/** The page was fetched but holds nothing to read (no article body found). */
export class PageUnreadableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageUnreadableError';
  }
}

export interface ArticleFromUrl {
  /** The page's headline. */
  title?: string;
  /** Clean article text, the headline as its first paragraph. */
  text: string;
  /** The body without the headline (when an editor's own title replaces it). */
  body: string;
  /** The URL as given. */
  sourceUrl: string;
  /** Where the page was found after redirects. */
  finalUrl: string;
  extractor: ExtractorName;
}

export interface UrlIntake {
  /** Throws `OutboundError` (refused, unreachable, too large, not HTML…) or `PageUnreadableError`. */
  readArticle(url: string): Promise<ArticleFromUrl>;
  close(): Promise<void>;
}

/**
 * Creates the intake; one per process (it keeps connections alive).
 * @example
 * const intake = createUrlIntake(loadConfig().fetch);
 * const article = await intake.readArticle('https://baogialai.com.vn/nong-dan-chu-se-trung-mua-ho-tieu-post123.html');
 * await service.putArticle('ho-tieu-chu-se', { title: article.title, text: article.text, sourceUrl: article.sourceUrl });
 */
export function createUrlIntake(config: FetchConfig, options: { client?: OutboundClient } = {}): UrlIntake {
  const client = options.client ?? createOutboundClient({ policy: config.policy, connectTimeoutMs: config.timeoutMs });
  return {
    async readArticle(url) {
      const page = await fetchHtmlPage(url, client, config);
      // Loaded on first use: workers and CLI commands that never read a URL skip Readability and its DOM.
      const { extractPage } = await import('./extract-page.js');
      const extracted = extractPage(page.html, { siteRules: siteRulesFor(new URL(page.url).hostname, config.siteRules) });
      const [headline, ...paragraphs] = extracted.text.split('\n\n');
      if (paragraphs.length === 0 || !/[\p{L}\p{N}]/u.test(paragraphs.join(''))) {
        throw new PageUnreadableError('the page has no article text to read');
      }
      return {
        title: extracted.title ?? headline,
        text: extracted.text,
        body: paragraphs.join('\n\n'),
        sourceUrl: url,
        finalUrl: page.url,
        extractor: extracted.extractor,
      };
    },
    close: () => (options.client ? Promise.resolve() : client.close()),
  };
}

/** The rules of the host or of its closest parent domain ("e.vnexpress.net" → "vnexpress.net"). */
function siteRulesFor(host: string, rules: Record<string, SiteRules>): SiteRules | undefined {
  const match = Object.keys(rules)
    .filter((entry) => hostMatches(host, [entry]))
    .sort((a, b) => b.length - a.length)[0];
  return match ? rules[match] : undefined;
}
