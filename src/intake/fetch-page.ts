/**
 * Fetches an article page by URL: redirects followed one hop at a time (each through the
 * SSRF-checked client), one time limit for the whole fetch, a size limit on the
 * decompressed body, HTML only, decoded with the page's charset.
 */
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import type { OutboundClient } from '../net/outbound-client.js';
import { toOutboundError } from '../net/outbound-client.js';
import { OutboundError } from '../net/outbound-error.js';
import { charsetOf, decodeHtml } from './decode-html.js';

export interface PageLimits {
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  /** Time for the whole fetch: every redirect hop and the body. */
  timeoutMs: number;
  maxRedirects: number;
}

export interface FetchedPage {
  /** Where the page was finally found (after redirects). */
  url: string;
  html: string;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'vi,en;q=0.5',
  'user-agent': 'tts-reader/0.1 (reads articles aloud)',
};

/**
 * Fetches one HTML page. Throws `OutboundError` for every refusal or failure.
 * @example const { url, html } = await fetchHtmlPage('https://baogialai.com.vn/bai-viet', client, limits);
 */
export async function fetchHtmlPage(startUrl: string, client: OutboundClient, limits: PageLimits): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = startUrl;
  for (let hop = 0; ; hop++) {
    const response = await client.send(url, { method: 'GET', headers: REQUEST_HEADERS, signal });
    if (REDIRECTS.has(response.statusCode)) {
      response.body.dump().catch(() => undefined);
      const location = headerValue(response.headers.location);
      if (!location) throw new OutboundError('bad_status', `the page answered ${response.statusCode} without a location`, response.statusCode);
      if (hop >= limits.maxRedirects) throw new OutboundError('too_many_redirects', `more than ${limits.maxRedirects} redirects`);
      url = new URL(location, url).toString();
      continue;
    }
    if (response.statusCode < 200 || response.statusCode > 299) {
      response.body.dump().catch(() => undefined);
      throw new OutboundError('bad_status', `the page answered HTTP ${response.statusCode}`, response.statusCode);
    }
    const contentType = headerValue(response.headers['content-type']) ?? '';
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (!HTML_TYPES.has(mediaType)) {
      response.body.dump().catch(() => undefined);
      throw new OutboundError('wrong_type', `the page is ${mediaType || 'of no declared type'}, not HTML`);
    }
    const bytes = await readBody(response, limits.maxBytes, url, signal);
    return { url, html: decodeHtml(bytes, charsetOf(contentType)) };
  }
}

/** Reads the body through its Content-Encoding, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Dispatcher.ResponseData, maxBytes: number, url: string, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(headerValue(response.headers['content-length']));
  if (declared > maxBytes) {
    response.body.destroy();
    throw tooLarge(maxBytes);
  }
  const encoding = (headerValue(response.headers['content-encoding']) ?? '').trim().toLowerCase();
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const decoded = decompress(response.body, encoding);
    for await (const chunk of decoded) {
      total += (chunk as Buffer).length;
      // Counted after decompression: a small gzip bomb is stopped here too.
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    response.body.destroy();
    if (error instanceof OutboundError) throw error;
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('Z_')) {
      throw new OutboundError('unreachable', `the page's ${encoding} body is corrupt`);
    }
    throw toOutboundError(error, new URL(url).hostname, signal);
  }
  return Buffer.concat(chunks);
}

function decompress(body: Readable, encoding: string): Readable {
  switch (encoding) {
    case '':
    case 'identity':
      return body;
    // pipeline() carries an error of the body (abort, reset) to the stream being read.
    case 'gzip':
    case 'x-gzip':
      return pipeline(body, zlib.createGunzip(), () => undefined);
    case 'deflate':
      return pipeline(body, zlib.createInflate(), () => undefined);
    case 'br':
      return pipeline(body, zlib.createBrotliDecompress(), () => undefined);
    default:
      throw new OutboundError('wrong_type', `the page uses an unsupported content encoding (${encoding.slice(0, 20)})`);
  }
}

const tooLarge = (maxBytes: number) => new OutboundError('too_large', `the page is larger than ${Math.round(maxBytes / 1024)} KiB`);
const headerValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
