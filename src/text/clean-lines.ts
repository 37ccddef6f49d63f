/**
 * Line-level clean-up shared by plain text and HTML: drops page furniture (share prompts,
 * player UI, voice lists, related-article blocks, breadcrumbs), repeated paragraphs
 * (a photo caption is read at most once), agency tags, photo credits (also in brackets inside a
 * caption), credit lines ("Tin, ảnh: …") and the closing byline.
 */
import { CREDIT_LINE, DROP_LINES, INLINE_PHOTO_CREDIT, LEAD_TAG, PHOTO_CREDIT, RELATED_HEADINGS, SECTION_NAMES } from './data/boilerplate.js';

const MAY_HAVE_CREDIT = /ảnh|photo|đồ h/i;
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const isDropLine = (line: string): boolean => DROP_LINES.some((re) => re.test(line)) || CREDIT_LINE.test(line);
const isRelatedHeading = (line: string): boolean => RELATED_HEADINGS.some((re) => re.test(line)) && line.length < 80;
/** A link title in a related list: short and without final punctuation. */
const looksLikeLinkTitle = (line: string): boolean => line.length < 160 && !/[.!?…:;"”)]$/.test(line);

/** A byline: a short all-caps name closing the article ("MINH HÒA", "NGUYỄN VĂN A - TTXVN", "NGỌC ANH (TTXVN)"). */
const isByline = (line: string): boolean => /^[\p{Lu}\s.\-–/()]+$/u.test(line) && line.split(/\s+/).length <= 8;

/**
 * Cleans article lines (one paragraph per entry) and returns the paragraphs to read.
 * @example cleanLines(['Chính trị', 'Tiêu đề', 'Theo dõi Báo Gia Lai trên Google News', '0:00 / 0:00', '(GLO)- Sáng 20-7, hội nghị.'])
 * //=> ['Tiêu đề', 'Sáng 20-7, hội nghị.']
 */
export function cleanLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let inRelated = false;
  for (const raw of lines) {
    let line = collapse(raw);
    if (!/[\p{L}\p{N}]/u.test(line)) continue; // nothing to read: "…", "***", "---"

    if (isRelatedHeading(line)) {
      inRelated = true;
      continue;
    }
    if (inRelated) {
      if (looksLikeLinkTitle(line)) continue;
      inRelated = false;
    }
    if (isDropLine(line)) continue;
    if (out.length === 0 && SECTION_NAMES.has(line.toLowerCase())) continue;
    // The agency tag opens the first body paragraph (the title is out[0]), never a later one.
    if (out.length === 1 && LEAD_TAG.test(line) && /[.!?…]$/.test(line)) {
      line = line.replace(LEAD_TAG, '');
    }
    // Credits are not read: at the end of a caption ("… Ảnh: P.L") or in brackets inside it.
    if (MAY_HAVE_CREDIT.test(line)) line = line.replace(PHOTO_CREDIT, '').replace(INLINE_PHOTO_CREDIT, '').trim();
    if (!line) continue;
    const key = line.toLowerCase();
    if (seen.has(key)) continue; // scraped captions repeat
    seen.add(key);
    out.push(line);
  }
  // Bylines close the article; the title (out[0]) is never one of them.
  while (out.length > 1 && isByline(out[out.length - 1])) out.pop();
  return out;
}
