/**
 * Mozilla's Readability (the Firefox Reader View algorithm) on a linkedom DOM: finds the
 * article container by scoring text density, where no site rule says where it is.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ReadableArticle {
  title?: string;
  /** The article container's HTML, cleaned by Readability. */
  html: string;
  /** Its plain text. */
  text: string;
}

/**
 * Runs Readability; undefined when it finds no article.
 * @example readWithReadability('<html><body><nav>Trang chủ</nav><article><p>…</p></article></body></html>')?.html
 */
export function readWithReadability(html: string): ReadableArticle | undefined {
  const { document } = parseHTML(html);
  // linkedom's Document is DOM-shaped but not typed as lib.dom's Document.
  const result = new Readability(document as unknown as Document).parse();
  if (!result?.content || !result.textContent?.trim()) return undefined;
  return { title: result.title ?? undefined, html: result.content, text: result.textContent };
}
