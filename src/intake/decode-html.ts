/**
 * Page bytes → text, the way browsers choose the encoding: a byte-order mark, then the
 * charset of the Content-Type header, then a `<meta charset>` near the top, else UTF-8
 * (what Vietnamese sites send today). Older Vietnamese pages in windows-1258 carry tone
 * marks as separate combining characters; the text front end composes them (NFC).
 */
import { decodeBuffer } from 'encoding-sniffer';

/** Bytes searched for a `<meta charset>`: more than the spec's 1,024, as news pages put scripts first. */
const SNIFF_BYTES = 4096;

/**
 * Decodes an HTML document.
 * @example decodeHtml(Buffer.from('<meta charset="windows-1258">Vi\xF2\xEAt'), undefined) // 'Việt' once NFC-composed
 */
export function decodeHtml(bytes: Buffer, headerCharset: string | undefined): string {
  return decodeBuffer(bytes, { transportLayerEncodingLabel: headerCharset, defaultEncoding: 'utf-8', maxBytes: SNIFF_BYTES });
}

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1];
}
