import { createHash } from 'node:crypto';
import { PageUnreadableError, type UrlIntake } from '../intake/url-intake.js';
import { OutboundError } from '../net/outbound-error.js';
import type { PageArticle } from '../services/batch-service.js';
import { HttpError, outboundHttpError } from './errors.js';

/** Pages fetched at once. */
const PARALLEL_FETCHES = 4;

/**
 * Splits pre-generation items into stored article IDs and pages to fetch, and fetches the
 * pages (SSRF-checked, through the intake), all of them before anything is stored: one page
 * that cannot be read fails the request, naming its item, and nothing is registered.
 * An item without an `id` gets one from its URL.
 * @example await readPageItems(['bai-1', { url: 'https://baogialai.com.vn/bai-2.html' }], intake)
 * //=> { ids: ['bai-1', 'page-3f9c…'], pages: [{ id: 'page-3f9c…', url: 'https://…', input: { title, text }, metadata: { url } }] }
 */
export async function readPageItems(items: readonly (string | { id?: string; url: string })[], intake: UrlIntake): Promise<{ ids: string[]; pages: PageArticle[] }> {
  const ids = items.map((item) => (typeof item === 'string' ? item : (item.id ?? pageId(item.url))));
  const wanted = items.flatMap((item, index) => (typeof item === 'string' ? [] : [{ index, id: ids[index], url: item.url }]));
  const pages: PageArticle[] = new Array(wanted.length);
  let next = 0;
  const lane = async () => {
    while (next < wanted.length) {
      const slot = next++;
      const { index, id, url } = wanted[slot];
      const field = `articles.${index}.url`;
      try {
        const page = await intake.readArticle(url);
        pages[slot] = { id, url, input: { title: page.title, text: page.text }, metadata: { url: page.sourceUrl } };
      } catch (error) {
        if (error instanceof OutboundError) throw outboundHttpError(error, field);
        if (error instanceof PageUnreadableError) throw new HttpError(422, 'nothing_to_read', `${field}: ${error.message}`, field);
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, wanted.length) }, lane));
  return { ids, pages };
}

/** @example pageId('https://baogialai.com.vn/bai-2.html') //=> 'page-…' (16 hex digits) */
const pageId = (url: string) => `page-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
