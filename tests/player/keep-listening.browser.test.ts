import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../fixtures/player/article.js';
import { waitForAudio } from '../helpers/service.js';
import { ARTIFACTS, auditAccessibility, readPlayer, renderHostPage, saveScreenshot, startBrowserSuite, type BrowserSuite } from './browser.js';

type PlayerHandle = HTMLElement & { currentTime: number; send(event: unknown): void; state: { articleId: string; durationMs: number; phase: string; currentMs: number } };

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 6)).toISOString();

/** Sends a controller event to the page's player (as a host page's own controls would). */
const send = (page: Page, event: unknown) => page.evaluate((e) => (document.querySelector('tts-player') as unknown as PlayerHandle).send(e), event);
const articleOf = (page: Page) => page.evaluate(() => (document.querySelector('tts-player') as unknown as PlayerHandle).state.articleId);
const durationOf = (page: Page) => page.evaluate(() => (document.querySelector('tts-player') as unknown as PlayerHandle).state.durationMs);

/** Records, in the page, when the player's host events fire. */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const log: [string, number, string][] = [];
    (window as unknown as { ttsLog: typeof log }).ttsLog = log;
    for (const type of ['tts-play', 'tts-ended', 'tts-articlechange', 'tts-pause']) {
      document.addEventListener(type, () => log.push([type, performance.now(), (document.querySelector('tts-player') as unknown as PlayerHandle).state.articleId]));
    }
  });
  return () => page.evaluate(() => (window as unknown as { ttsLog: [string, number, string][] }).ttsLog);
}

describe('keep listening: next article, resume, skip, mini-player, lock screen, listening events', () => {
  let suite: BrowserSuite;
  const first = makeArticle(4, 'Giao thông một');
  const tin = makeArticle(8, 'Tin ngắn');

  beforeAll(async () => {
    suite = await startBrowserSuite();
    await suite.putArticle('giao-thong-1', { ...first, category: 'giao-thong', publishedAt: day(1) });
    await suite.putArticle('giao-thong-2', { ...makeArticle(3, 'Giao thông hai'), category: 'giao-thong', publishedAt: day(2) });
    await suite.putArticle('the-thao', { ...makeArticle(3, 'Thể thao'), category: 'the-thao', publishedAt: day(3) });
    await suite.putArticle('tin-ngan', tin);
    await suite.putArticle('thong-ke', makeArticle(6, 'Thống kê'));
    await Promise.all(['giao-thong-1', 'tin-ngan', 'thong-ke', 'the-thao'].map((id) => waitForAudio(suite.api.baseUrl, id, 'north-female')));
    const page = (id: string, text: string, attributes = '') => renderHostPage({ apiBase: suite.api.baseUrl, articleId: id, text, scriptAttributes: attributes });
    suite.host.pages.set('/giao-thong-1', page('giao-thong-1', first.text, 'data-category="giao-thong"'));
    suite.host.pages.set('/danh-sach', page('giao-thong-1', first.text, `data-playlist='[{"articleId":"the-thao","title":"Thể thao hôm nay"}]'`));
    suite.host.pages.set('/tin-ngan', page('tin-ngan', tin.text, 'data-playlist="off"'));
    suite.host.pages.set('/dai', page('tin-ngan', tin.text, 'data-playlist="off" data-mini-player').replace('</body>', '<div style="height:3000px">Hết bài.</div></body>'));
    suite.host.pages.set('/thong-ke', page('thong-ke', '', 'data-playlist="off"'));
    suite.host.pages.set('/thong-ke-tat', page('thong-ke', '', 'data-playlist="off" data-analytics="off"'));
  }, 90_000);

  afterAll(() => suite?.close());

  it('goes on to the newest article of the same category, its audio requested ahead, without a gap', async () => {
    const page = await suite.openHostPage('/giao-thong-1');
    const log = await recordEvents(page);
    const asked: [string, number][] = [];
    page.on('request', (r) => void (r.url().includes('/v1/articles/giao-thong-2/audio') && asked.push([r.url(), Date.now()])));
    const nextReady = page.waitForResponse((r) => r.url().includes('/v1/articles/giao-thong-2/audio') && r.status() === 200, { timeout: 30_000 });
    await page.locator('tts-player button.play').click();
    await expect.poll(() => page.locator('tts-player .next-article').textContent()).toContain('Nghe tiếp');
    // Half-way: the next article is asked for (and, cold, generated) while this one plays.
    await send(page, { type: 'seek', ms: (await durationOf(page)) * 0.5 });
    await nextReady;
    expect(await page.locator('tts-player .next-title').textContent()).toBe('Giao thông hai: xe buýt điện');
    await saveScreenshot(page, 'up-next');
    expect(await auditAccessibility(page, 'playing, with "Nghe tiếp"')).toEqual([]);
    const askedBeforeEnd = asked.length;
    await send(page, { type: 'seek', ms: (await durationOf(page)) - 1500 });
    await expect.poll(() => articleOf(page), { timeout: 10_000 }).toBe('giao-thong-2');
    await expect.poll(async () => (await readPlayer(page))!.currentTime, { timeout: 10_000 }).toBeGreaterThan(0.1);
    const events = await log();
    const ended = events.find(([type, , id]) => type === 'tts-ended' && id === 'giao-thong-1')!;
    const played = events.find(([type, , id]) => type === 'tts-play' && id === 'giao-thong-2')!;
    const gapMs = Math.round(played[1] - ended[1]);
    console.log(`auto-next: ${askedBeforeEnd} request(s) for the next article before the end, ${asked.length - askedBeforeEnd} after; gap from "ended" to the next article playing: ${gapMs} ms`);
    expect(askedBeforeEnd).toBeGreaterThan(0);
    // Fetched ahead: the switch asks the audio route nothing more.
    expect(asked.length).toBe(askedBeforeEnd);
    expect(gapMs).toBeLessThan(1500);
    // The host page's article is not the one playing now: it is not highlighted.
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('tts-reader-sentence'))).toBe(false);
    expect(await page.locator('tts-player .title').textContent()).toBe('Giao thông hai: xe buýt điện');
    await page.close();
  });

  it('follows a playlist the host page gives, and stops at the end when auto-continue is off', async () => {
    const page = await suite.openHostPage('/danh-sach');
    await page.locator('tts-player button.play').click();
    await expect.poll(() => page.locator('tts-player .next-title').textContent()).toBe('Thể thao hôm nay');
    await page.locator('tts-player').getByLabel('Tự động nghe tiếp').uncheck();
    expect(await page.evaluate(() => localStorage.getItem('tts-reader.auto-next'))).toBe('0');
    const log = await recordEvents(page);
    await send(page, { type: 'seek', ms: (await durationOf(page)) - 800 });
    await expect.poll(async () => (await log()).some(([type]) => type === 'tts-ended'), { timeout: 8000 }).toBe(true);
    await page.waitForTimeout(700);
    expect(await articleOf(page)).toBe('giao-thong-1');
    expect((await readPlayer(page))!.paused).toBe(true);
    // The listener goes on by hand.
    await page.locator('tts-player .next-article').click();
    await expect.poll(() => articleOf(page)).toBe('the-thao');
    await expect.poll(async () => (await readPlayer(page))!.currentTime, { timeout: 8000 }).toBeGreaterThan(0.1);
    await page.close();
  });

  it('offers to resume where the listener left an article, and forgets it once heard to the end', async () => {
    const page = await suite.openHostPage('/tin-ngan');
    await page.locator('tts-player button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.2);
    await send(page, { type: 'seek', ms: 151_000 > (await durationOf(page)) ? 9_300 : 151_000 });
    await page.waitForTimeout(400);
    await page.locator('tts-player button.play').click(); // pause: the position is saved
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('tts-reader.positions')!)['tin-ngan']);
    expect(saved).toMatchObject({ voice: 'north-female' });
    expect(saved.ms).toBeGreaterThanOrEqual(9300);
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as PlayerHandle).state?.phase === 'ready');
    const offer = page.locator('tts-player button.resume');
    await expect.poll(() => offer.textContent()).toMatch(/^Nghe tiếp từ 0:09$/);
    await saveScreenshot(page, 'resume-offer');
    expect(await auditAccessibility(page, 'resume offered')).toEqual([]);
    await offer.click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(saved.ms / 1000 + 0.1);
    const at = (await readPlayer(page))!.currentTime;
    console.log(`resumed at ${at.toFixed(2)} s (saved ${saved.ms} ms)`);
    expect(at).toBeLessThan(saved.ms / 1000 + 1.5);
    expect(await offer.isVisible()).toBe(false);
    // Heard to the end: nothing is offered next time.
    await send(page, { type: 'seek', ms: (await durationOf(page)) - 600 });
    await expect.poll(async () => (await readPlayer(page))!.paused, { timeout: 8000 }).toBe(true);
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as PlayerHandle).state?.phase === 'ready');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('tts-reader.positions') ?? '{}')['tin-ngan'])).toBeUndefined();
    expect(await offer.isVisible()).toBe(false);
    await page.close();
  });

  it('skips 10 seconds with the buttons and the arrow keys', async () => {
    const page = await suite.openHostPage('/tin-ngan');
    const player = page.locator('tts-player');
    await player.locator('button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.3);
    await player.locator('button.play').click(); // paused, so the clock stands still between reads
    const t0 = (await readPlayer(page))!.currentTime;
    await player.getByRole('button', { name: 'Tới 10 giây' }).click();
    const t1 = (await readPlayer(page))!.currentTime;
    await player.locator('button.play').focus();
    await page.keyboard.press('ArrowLeft');
    const t2 = (await readPlayer(page))!.currentTime;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const t3 = (await readPlayer(page))!.currentTime;
    console.log(`skips: ${t0.toFixed(2)} → +10 s button ${t1.toFixed(2)} → ← ${t2.toFixed(2)} → →→ ${t3.toFixed(2)}`);
    expect(t1 - t0).toBeCloseTo(10, 1);
    expect(t1 - t2).toBeCloseTo(10, 1);
    expect(t3 - t2).toBeCloseTo(20, 1);
    await page.close();
  });

  it('shows a compact player fixed to the window when the full one scrolls away (host opt-in)', async () => {
    const page = await suite.openHostPage('/dai');
    const mini = page.locator('tts-player .mini');
    await page.locator('tts-player .player button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.2);
    expect(await mini.isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => mini.isVisible()).toBe(true);
    const box = (await mini.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(Math.round(box.y + box.height)).toBeGreaterThan(viewport.height - 20);
    expect(Math.round(box.y + box.height)).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: `${ARTIFACTS}/mini-player.png` });
    expect(await auditAccessibility(page, 'mini-player shown')).toEqual([]);
    await mini.locator('button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.paused).toBe(true);
    await mini.getByRole('button', { name: 'Về trình phát' }).click();
    await expect.poll(() => mini.isVisible()).toBe(false);
    await page.close();
    // Without the attribute there is no mini-player at all.
    const plain = await suite.openHostPage('/tin-ngan');
    expect(await plain.locator('tts-player .mini').count()).toBe(0);
    await plain.close();
  });

  it('gives the lock screen next and previous article and ±10 s (Media Session)', async () => {
    const page = await suite.browser.newPage();
    // Keep the handlers the player registers, to press them as a lock screen would.
    await page.addInitScript(() => {
      const handlers: Record<string, ((details: object) => void) | null> = {};
      (window as unknown as { mediaHandlers: typeof handlers }).mediaHandlers = handlers;
      const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
      navigator.mediaSession.setActionHandler = (action, handler) => {
        handlers[action] = handler as never;
        original(action, handler);
      };
    });
    await page.goto(`${suite.host.origin}/giao-thong-1`);
    await page.locator('tts-player button.play').click();
    const press = (action: string, details: object = {}) => page.evaluate(([a, d]) => (window as unknown as { mediaHandlers: Record<string, (details: object) => void> }).mediaHandlers[a as string](d as object), [action, details] as const);
    const registered = () => page.evaluate(() => Object.entries((window as unknown as { mediaHandlers: Record<string, unknown> }).mediaHandlers).filter(([, h]) => h).map(([a]) => a).sort());
    await expect.poll(registered).toEqual(['nexttrack', 'pause', 'play', 'previoustrack', 'seekbackward', 'seekforward', 'seekto']);
    expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist)).toBe('Nữ miền Bắc');
    await press('seekforward', { seekOffset: 10 });
    expect((await readPlayer(page))!.currentTime).toBeGreaterThan(10);
    await press('nexttrack');
    await expect.poll(() => articleOf(page)).toBe('giao-thong-2');
    await expect.poll(async () => (await readPlayer(page))!.currentTime, { timeout: 10_000 }).toBeGreaterThan(0.1);
    expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe('Giao thông hai: xe buýt điện');
    // The newest article of the category is the last: no "next" on the lock screen.
    await expect.poll(async () => (await registered()).includes('nexttrack')).toBe(false);
    await press('previoustrack');
    await expect.poll(() => articleOf(page)).toBe('giao-thong-1');
    await page.close();
  });

  it('reports plays and progress by beacon, without cookies, and the API counts them', async () => {
    const page = await suite.browser.newPage();
    const beacons: { contentType?: string; cookie?: string; body: string }[] = [];
    page.on('request', (r) => void (r.url().endsWith('/v1/events') && beacons.push({ contentType: r.headers()['content-type'], cookie: r.headers().cookie, body: r.postData() ?? '' })));
    await page.goto(`${suite.host.origin}/thong-ke`);
    await page.locator('tts-player button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.3);
    await send(page, { type: 'seek', ms: (await durationOf(page)) * 0.55 });
    await page.waitForTimeout(300);
    await page.locator('tts-player button.play').click(); // pause sends the batch
    const stats = async () => (await fetch(`${suite.api.baseUrl}/v1/articles/thong-ke/stats`, { headers: { Authorization: suite.api.auth } })).json();
    await expect.poll(async () => (await stats()).total.plays, { timeout: 5000 }).toBe(1);
    const counted = await stats();
    console.log('stats after one listen to 55 %:', JSON.stringify(counted.voices));
    expect(counted.voices['north-female']).toMatchObject({ plays: 1, reached: { 25: 1, 50: 1, 75: 0, 100: 0 }, speeds: { 1: 1 } });
    expect(beacons.length).toBeGreaterThan(0);
    expect(beacons[0].contentType).toMatch(/^text\/plain/);
    expect(beacons[0].cookie).toBeUndefined();
    expect(JSON.parse(beacons[0].body).events[0]).toEqual({ type: 'play', articleId: 'thong-ke', voice: 'north-female', speed: 1 });
    await page.close();
  });

  it.each([
    ['data-analytics="off"', '/thong-ke-tat', undefined],
    ['Global Privacy Control', '/thong-ke', () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })],
    ['Do Not Track', '/thong-ke', () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })],
  ])('sends nothing with %s', async (_name, path, init) => {
    const before = await (await fetch(`${suite.api.baseUrl}/v1/articles/thong-ke/stats`, { headers: { Authorization: suite.api.auth } })).json();
    const page = await suite.browser.newPage();
    if (init) await page.addInitScript(init);
    let sent = 0;
    page.on('request', (r) => void (r.url().endsWith('/v1/events') && sent++));
    await page.goto(`${suite.host.origin}${path}`);
    await page.locator('tts-player button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.3);
    await send(page, { type: 'seek', ms: (await durationOf(page)) - 500 });
    await expect.poll(async () => (await readPlayer(page))!.paused, { timeout: 8000 }).toBe(true);
    await page.close(); // pagehide would flush a batch, if there were one
    await new Promise((r) => setTimeout(r, 500));
    expect(sent).toBe(0);
    const after = await (await fetch(`${suite.api.baseUrl}/v1/articles/thong-ke/stats`, { headers: { Authorization: suite.api.auth } })).json();
    expect(after).toEqual(before);
  });
});
