/**
 * Fetching pages through the SSRF-checked client, against a local HTTP server standing in
 * for a news site. Loopback is refused by default; the test server is reached only through
 * the documented escape hatch (`privateHosts`, i.e. FETCH_PRIVATE_HOSTS=127.0.0.1).
 */
import { gzipSync } from 'node:zlib';
import type { LookupAddress } from 'node:dns';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchHtmlPage, type PageLimits } from '../../src/intake/fetch-page.js';
import { createGuardedAgent, createOutboundClient, type OutboundClient, type OutboundClientOptions } from '../../src/net/outbound-client.js';
import { OutboundError } from '../../src/net/outbound-error.js';
import { htmlPage, redirectTo, startLocalHttpServer, type LocalHttpServer } from '../helpers/local-http.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

const limits: PageLimits = { maxBytes: 256 * 1024, timeoutMs: 2000, maxRedirects: 3 };
const PAGE = '<html><head><title>Tin</title></head><body><h1>Tiêu đề</h1><p>Đắk Lắk mưa lớn.</p></body></html>';

let site: LocalHttpServer;
const clients: OutboundClient[] = [];
const client = (options: Partial<OutboundClientOptions> & { privateHosts?: string[]; allowedHosts?: string[] } = {}) => {
  const c = createOutboundClient({ policy: { allowedHosts: options.allowedHosts ?? [], privateHosts: options.privateHosts ?? [] }, lookup: options.lookup });
  clients.push(c);
  return c;
};
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as OutboundError);
const pathsReceived = () => site.received.map((r) => r.path);
let connectionsBefore = 0;

beforeAll(async () => {
  site = await startLocalHttpServer({ '/bai-viet': htmlPage(PAGE) });
});
beforeEach(() => {
  connectionsBefore = site.connections();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  site.received.length = 0;
});
afterAll(() => site.close());

describe('SSRF rules at connect time', () => {
  it('refuses loopback by default, before a request is sent', async () => {
    const error = await failure(fetchHtmlPage(`${site.origin}/bai-viet`, client(), limits));
    expect(error).toBeInstanceOf(OutboundError);
    expect(error?.code).toBe('address_refused');
    expect(error?.message).toBe('host 127.0.0.1 resolves to a loopback address (127.0.0.1)');
    expect(site.connections()).toBe(connectionsBefore);
  });

  it('refuses a name that resolves to loopback (localhost), checked on the resolved address', async () => {
    const error = await failure(fetchHtmlPage(`http://localhost:${site.port}/bai-viet`, client(), limits));
    expect(error?.code).toBe('address_refused');
    expect(error?.message).toMatch(/^host localhost resolves to a loopback address/);
    expect(site.connections()).toBe(connectionsBefore); // refused in the lookup: no packet was sent
  });

  it('refuses a host when any of its DNS answers is private (a mixed answer is how rebinding starts)', async () => {
    const lookup = (_host: string, _options: object, callback: (e: null, a: LookupAddress[]) => void) =>
      // Loopback first: should the guard ever break, the only connection tried stays on this machine.
      callback(null, [{ address: '127.0.0.1', family: 4 }, { address: '203.162.4.191', family: 4 }]);
    const error = await failure(fetchHtmlPage(`http://tin.example.vn:${site.port}/bai-viet`, client({ lookup }), limits));
    expect(error?.message).toBe('host tin.example.vn resolves to a loopback address (127.0.0.1)');
    expect(site.connections()).toBe(connectionsBefore);
  });

  it('checks the address the socket actually connected to, even when no lookup happens', async () => {
    // Straight to the dispatcher, skipping the URL pre-check: only the connect-time check stands.
    const agent = createGuardedAgent({ policy: { allowedHosts: [], privateHosts: [] } });
    const error = await failure(request(`${site.origin}/bai-viet`, { dispatcher: agent }));
    await agent.close();
    expect((error as unknown as { code: string }).code).toBe('ERR_TTS_ADDRESS_REFUSED');
    expect(site.connections()).toBe(connectionsBefore + 1); // connected, checked, closed
    expect(site.received).toHaveLength(0); // …before a byte of the request was written
  });

  it('reaches a private host only when it is on the private list (the escape hatch), by name too', async () => {
    const page = await fetchHtmlPage(`${site.origin}/bai-viet`, client({ privateHosts: ['127.0.0.1'] }), limits);
    expect(page.html).toContain('Đắk Lắk mưa lớn.');
    // An on-premise CMS by name: the seam resolves it to the test server's loopback address.
    const lookup = (_host: string, _options: object, callback: (e: null, a: LookupAddress[]) => void) => callback(null, [{ address: '127.0.0.1', family: 4 }]);
    const byName = await fetchHtmlPage(`http://cms.toasoan.local:${site.port}/bai-viet`, client({ privateHosts: ['cms.toasoan.local'], lookup }), limits);
    expect(byName.url).toBe(`http://cms.toasoan.local:${site.port}/bai-viet`);
    expect(site.received.at(-1)?.headers.host).toBe(`cms.toasoan.local:${site.port}`);
  });

  it('re-checks every redirect hop: a redirect to a private address is refused', async () => {
    const hatch = client({ privateHosts: ['127.0.0.1'] });
    for (const target of [`http://localhost:${site.port}/noi-bo`, `http://[::ffff:127.0.0.1]:${site.port}/noi-bo`, `http://127.0.0.2:${site.port}/noi-bo`, `http://[::1]:${site.port}/noi-bo`]) {
      site.route('/chuyen-huong', redirectTo(target));
      const error = await failure(fetchHtmlPage(`${site.origin}/chuyen-huong`, hatch, limits));
      expect(error?.code, target).toBe('address_refused');
    }
    expect(pathsReceived().every((p) => p === '/chuyen-huong')).toBe(true);
  });

  it('applies the host allowlist to redirect targets too', async () => {
    site.route('/sang-trang-khac', redirectTo('http://trang-khac.example/'));
    const error = await failure(fetchHtmlPage(`${site.origin}/sang-trang-khac`, client({ privateHosts: ['127.0.0.1'], allowedHosts: ['127.0.0.1'] }), limits));
    expect(error?.code).toBe('host_not_allowed');
  });
});

describe('limits and page types', () => {
  const hatch = () => client({ privateHosts: ['127.0.0.1'] });

  it('follows relative redirects up to the limit, then stops', async () => {
    site.route('/cu', redirectTo('/bai-viet', 301));
    expect((await fetchHtmlPage(`${site.origin}/cu`, hatch(), limits)).url).toBe(`${site.origin}/bai-viet`);
    site.route('/vong', redirectTo('/vong'));
    const error = await failure(fetchHtmlPage(`${site.origin}/vong`, hatch(), limits));
    expect(error?.code).toBe('too_many_redirects');
    expect(pathsReceived().filter((p) => p === '/vong')).toHaveLength(limits.maxRedirects + 1);
  });

  it('refuses a body over the size limit, declared or not, and a gzip bomb', async () => {
    const big = `<html><body>${'<p>Nội dung rất dài.</p>'.repeat(20_000)}</body></html>`;
    site.route('/lon', htmlPage(big));
    site.route('/lon-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 50; i++) res.write('<p>'.padEnd(10_000, 'x'));
      res.end();
    });
    site.route('/bom', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)));
    });
    for (const path of ['/lon', '/lon-chunked', '/bom']) expect((await failure(fetchHtmlPage(`${site.origin}${path}`, hatch(), limits)))?.code, path).toBe('too_large');
  });

  it('reads gzip and brotli bodies', async () => {
    site.route('/gzip', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)));
    expect((await fetchHtmlPage(`${site.origin}/gzip`, hatch(), limits)).html).toBe(PAGE);
  });

  it('gives up after the total time limit', async () => {
    site.route('/cham', (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 3000).unref());
    const started = Date.now();
    const error = await failure(fetchHtmlPage(`${site.origin}/cham`, hatch(), { ...limits, timeoutMs: 300 }));
    expect(error?.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('accepts HTML only and reports the remote status', async () => {
    site.route('/json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    expect((await failure(fetchHtmlPage(`${site.origin}/json`, hatch(), limits)))?.code).toBe('wrong_type');
    const missing = await failure(fetchHtmlPage(`${site.origin}/khong-co`, hatch(), limits));
    expect(missing).toMatchObject({ code: 'bad_status', status: 404 });
  });

  it('reports an unreachable host without server details', async () => {
    const closed = await startLocalHttpServer();
    await closed.close();
    const error = await failure(fetchHtmlPage(`${closed.origin}/`, hatch(), limits));
    expect(error?.code).toBe('unreachable');
    expect(error?.message).toBe('could not reach host 127.0.0.1 (ECONNREFUSED)');
  });
});

describe('charsets', () => {
  const hatch = () => client({ privateHosts: ['127.0.0.1'] });
  const TEXT = 'Người dân Đắk Lắk phấn khởi vì giá cà phê tăng, ước mơ xây nhà mới.';

  it('decodes windows-1258 declared in a <meta> tag or in the header, tone marks composed (NFC)', async () => {
    const meta = encodeWindows1258(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>${TEXT}</p></body></html>`);
    site.route('/cp1258-meta', htmlPage(meta, 'text/html'));
    site.route('/cp1258-header', htmlPage(encodeWindows1258(`<p>${TEXT}</p>`), 'text/html; charset=windows-1258'));
    for (const path of ['/cp1258-meta', '/cp1258-header']) {
      const { html } = await fetchHtmlPage(`${site.origin}${path}`, hatch(), limits);
      expect(html.normalize('NFC'), path).toContain(TEXT);
    }
    expect(meta.includes(Buffer.from('Người', 'utf8'))).toBe(false); // the fixture really is windows-1258
  });

  it('reads UTF-8 when nothing is declared, and honours a byte-order mark', async () => {
    site.route('/utf8', htmlPage(`<p>${TEXT}</p>`, 'text/html'));
    site.route('/bom', htmlPage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${TEXT}</p>`)]), 'text/html; charset=iso-8859-1'));
    for (const path of ['/utf8', '/bom']) expect((await fetchHtmlPage(`${site.origin}${path}`, hatch(), limits)).html, path).toContain(TEXT);
  });
});
