import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestService, type TestService } from '../helpers/service.js';

/** Debian's Chromium (installed by .ci/run and scripts/test.sh). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots land here (gitignored): test artifacts, not fixtures. */
export const ARTIFACTS = path.join(import.meta.dirname, '..', '..', 'test-artifacts', 'player');

/**
 * Headless Chromium with a fresh profile. By default it may play audio without a user
 * gesture; `{ autoplayPolicy: 'default' }` keeps Chromium's own policy (sound only after
 * the listener has interacted with the page), as a new visitor's browser has it.
 */
export async function launchChromium(options: { autoplayPolicy?: 'default' | 'no-user-gesture-required' } = {}): Promise<Browser> {
  const policy = options.autoplayPolicy ?? 'no-user-gesture-required';
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...(policy === 'default' ? [] : [`--autoplay-policy=${policy}`])],
  });
}

/** A host site on its own origin: every path answers the HTML `pages` has for it. */
export interface HostSite {
  origin: string;
  pages: Map<string, string>;
  close(): Promise<void>;
}

/** Starts a tiny node:http server standing in for a newspaper's site. */
export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * A host page with hostile CSS (to prove the shadow DOM isolates the player), the article
 * marked `data-tts-article`, and the one-line embed.
 */
export function renderHostPage(options: { apiBase: string; articleId: string; text: string; scriptAttributes?: string }): string {
  const paragraphs = options.text.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo thử nghiệm</title>
<style>* { font-family: serif !important; color: #c00; } button { display: none; } p { font-size: 18px; }</style></head>
<body><h1>Báo thử nghiệm</h1>
<script src="${options.apiBase}/player.js" data-article-id="${options.articleId}" ${options.scriptAttributes ?? ''} async></script>
<article data-tts-article>${paragraphs}</article>
</body></html>`;
}

/** Saves a screenshot of the player element (or the page) as a test artifact. */
export async function saveScreenshot(page: Page, name: string, selector = 'tts-player'): Promise<void> {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  const target = page.locator(selector).first();
  await target.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (injected into the page) on the player, shadow DOM included, and returns
 * its violations of impact "serious" or "critical" (what must not ship), with all
 * violations printed.
 */
export async function auditAccessibility(page: Page, label: string): Promise<{ id: string; impact: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['tts-player']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  console.log(`axe-core, ${label}: ${violations.length ? JSON.stringify(violations) : 'no violations'}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The player's state as the page sees it. */
export function readPlayer(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('tts-player') as (HTMLElement & { currentTime: number; paused: boolean; playbackRate: number; state: { phase: string; currentIndex: number; voice: string; segments: unknown[]; durationMs: number; error?: string } }) | null;
    if (!el?.state) return undefined;
    const s = el.state;
    return { currentTime: el.currentTime, paused: el.paused, playbackRate: el.playbackRate, phase: s.phase, currentIndex: s.currentIndex, voice: s.voice, segments: s.segments.length, durationMs: s.durationMs, error: s.error };
  });
}

/** What a browser test file shares: the API, a host site on another origin, and Chromium. */
export interface BrowserSuite {
  api: TestService;
  host: HostSite;
  browser: Browser;
  /** Stores an article through the editor API. */
  putArticle(id: string, article: { title?: string; text: string; category?: string; publishedAt?: string }): Promise<void>;
  /** Opens a host-site page and waits until its player has a manifest (phase 'ready'). */
  openHostPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the API (allowing only the host site's origin), the host site and Chromium, and
 * builds the player bundle once, so the first test does not pay for it.
 */
export async function startBrowserSuite(options: { env?: Record<string, string> } = {}): Promise<BrowserSuite> {
  const host = await startHostSite();
  const [api, browser] = await Promise.all([startTestService({ env: { PLAYER_ORIGINS: host.origin, ...options.env } }), launchChromium()]);
  await fetch(`${api.baseUrl}/player.js`).then((r) => r.text());
  return {
    api,
    host,
    browser,
    async putArticle(id, article) {
      const res = await fetch(`${api.baseUrl}/v1/articles/${id}`, { method: 'PUT', headers: { Authorization: api.auth, 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
      if (res.status >= 300) throw new Error(`PUT ${id}: ${res.status} ${await res.text()}`);
    },
    async openHostPage(path) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error('page error:', error));
      await page.goto(`${host.origin}${path}`);
      await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as { state?: { phase: string } })?.state?.phase === 'ready');
      return page;
    },
    async close() {
      await browser.close();
      await host.close();
      await api.close();
    },
  };
}
