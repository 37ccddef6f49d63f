import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../fixtures/player/article.js';
import { waitForAudio } from '../helpers/service.js';
import { ARTIFACTS, launchChromium, readPlayer, renderHostPage, saveScreenshot, startBrowserSuite, startHostSite, type BrowserSuite } from './browser.js';

const VOICES = [
  ['north-female', 'Nữ miền Bắc'],
  ['north-male', 'Nam miền Bắc'],
  ['south-female', 'Nữ miền Nam'],
  ['south-male', 'Nam miền Nam'],
] as const;

describe('the embedded player in Chromium, host page and API on two origins', () => {
  let suite: BrowserSuite;
  const warm = makeArticle(8, 'Tin ngắn');
  const openHostPage = (path: string) => suite.openHostPage(path);

  beforeAll(async () => {
    suite = await startBrowserSuite();
    await suite.putArticle('tin-ngan', warm);
    // The warm article is ready in every voice before the listener arrives.
    await Promise.all(VOICES.map(([voice]) => waitForAudio(suite.api.baseUrl, 'tin-ngan', voice)));
    suite.host.pages.set('/tin-ngan', renderHostPage({ apiBase: suite.api.baseUrl, articleId: 'tin-ngan', text: warm.text }));
  }, 60_000);

  afterAll(() => suite?.close());

  it('renders from one script tag on another origin, isolated from the host CSS, with the total time', async () => {
    const page = await openHostPage('/tin-ngan');
    const player = page.locator('tts-player');
    await expect.poll(() => player.locator('.time').textContent()).toMatch(/^0:00 \/ 0:[1-5]\d$/);
    // The host hides every button and paints text red: neither reaches into the shadow root.
    expect(await player.locator('button.play').isVisible()).toBe(true);
    expect(await player.locator('.voice').allTextContents()).toEqual(VOICES.map(([, label]) => label));
    expect(await player.locator('button.play').getAttribute('aria-label')).toBe('Nghe bài viết');
    const style = await player.locator('.sentence').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontFamily]);
    expect(style[0]).not.toBe('rgb(204, 0, 0)');
    expect(style[1]).toContain('system-ui');
    await saveScreenshot(page, 'warm-ready');
    await page.close();
  });

  it('picks each voice, plays it, and remembers the choice', async () => {
    const page = await openHostPage('/tin-ngan');
    const player = page.locator('tts-player');
    for (const [voice, label] of VOICES) {
      await player.getByRole('button', { name: label }).click();
      await expect.poll(async () => (await readPlayer(page))?.voice).toBe(voice);
      expect(await player.getByRole('button', { name: label }).getAttribute('aria-pressed')).toBe('true');
      if ((await player.locator('button.play').getAttribute('aria-label')) === 'Nghe bài viết') await player.locator('button.play').click();
      await expect.poll(async () => (await readPlayer(page))!.currentTime, { timeout: 5000 }).toBeGreaterThan(0.15);
      expect(await page.evaluate(() => localStorage.getItem('tts-reader.voice'))).toBe(voice);
    }
    await saveScreenshot(page, 'voice-south-male-playing');
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as { state?: { phase: string } })?.state?.phase === 'ready');
    expect((await readPlayer(page))?.voice).toBe('south-male');
    await page.close();
  });

  it('advances the time and the highlight, jumps on a sentence click, and changes speed', async () => {
    const page = await openHostPage('/tin-ngan');
    const player = page.locator('tts-player');
    await player.locator('select.speed').selectOption('2');
    expect((await readPlayer(page))?.playbackRate).toBe(2);
    await player.locator('button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentIndex, { timeout: 10_000 }).toBeGreaterThan(0);
    const highlighted = await player.locator('.sentence.current').getAttribute('data-i');
    expect(Number(highlighted)).toBeGreaterThan(0);
    // The host page's own article is highlighted too (CSS Custom Highlight API).
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('tts-reader-sentence'))).toBe(true);

    const segments = await page.evaluate(() => (document.querySelector('tts-player') as unknown as { state: { segments: { startMs: number }[] } }).state.segments.map((s) => s.startMs));
    const target = segments.length - 3;
    await player.locator(`.sentence[data-i="${target}"]`).click();
    await expect.poll(async () => (await readPlayer(page))!.currentIndex).toBe(target);
    const after = await readPlayer(page);
    expect(after!.currentTime * 1000).toBeGreaterThanOrEqual(segments[target] - 50);
    expect(await player.locator('.sentence.current').getAttribute('data-i')).toBe(String(target));
    await saveScreenshot(page, 'jumped-to-sentence');

    // Changing voice keeps the sentence.
    await player.getByRole('button', { name: 'Nam miền Nam' }).click();
    await expect.poll(async () => (await readPlayer(page))?.phase).toBe('ready');
    await expect.poll(async () => (await readPlayer(page))!.currentIndex).toBe(target);
    await page.close();
  });

  it('is keyboard operable with a visible focus ring', async () => {
    const page = await openHostPage('/tin-ngan');
    await page.keyboard.press('Tab'); // "previous sentence" is disabled at the start: play comes first
    const focused = () => page.evaluate(() => document.querySelector('tts-player')!.shadowRoot!.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Nghe bài viết');
    const outline = await page.evaluate(() => getComputedStyle(document.querySelector('tts-player')!.shadowRoot!.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('k');
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.2);
    await page.keyboard.press('l');
    await expect.poll(async () => (await readPlayer(page))!.currentIndex).toBe(1);
    await saveScreenshot(page, 'keyboard-focus');
    await page.keyboard.press('Space'); // on the focused play button: its own click
    await expect.poll(async () => (await readPlayer(page))!.paused).toBe(true);
    await page.close();
  });

  it('plays inside an iframe of /embed/:id on the host site', async () => {
    suite.host.pages.set('/iframe', `<!doctype html><meta charset="utf-8"><h1>Báo</h1><iframe src="${suite.api.baseUrl}/embed/tin-ngan?voice=north-male" width="640" height="360" title="Nghe bài viết"></iframe>`);
    const page = await suite.browser.newPage();
    await page.goto(`${suite.host.origin}/iframe`);
    const frame = page.frameLocator('iframe');
    await frame.locator('tts-player button.play').click();
    const embedded = page.frames().find((f) => f.url().includes('/embed/'))!;
    await expect
      .poll(() => embedded.evaluate(() => (document.querySelector('tts-player') as unknown as { currentTime: number }).currentTime))
      .toBeGreaterThan(0.2);
    await saveScreenshot(page, 'embed-iframe', 'iframe');
    await page.close();
  });

  it('plays at once when «Nghe» is pressed on the demo page, and shows the article\'s listening stats', async () => {
    // Chromium's own autoplay policy, as a new visitor has it: the press of «Nghe» must be enough.
    const browser = await launchChromium({ autoplayPolicy: 'default' });
    try {
      const page = await browser.newPage();
      await page.goto(`${suite.api.baseUrl}/`);
      await page.getByLabel('Văn bản hoặc HTML').fill('Ngày 15/01/2024, giá vàng tăng 2%. Thị trường sôi động. Nhiều người mua vàng để tích trữ.');
      await page.getByLabel('Nam miền Nam').check();
      const pressedAt = Date.now();
      await page.getByRole('button', { name: 'Nghe', exact: true }).click();
      await expect.poll(() => page.locator('#compare tbody tr').count()).toBe(3);
      expect(await page.locator('#compare tbody tr').first().locator('td').nth(2).textContent()).not.toMatch(/\d/);
      // No press of the player's own play button: «Nghe» means listen.
      await expect.poll(async () => (await readPlayer(page))?.currentTime ?? 0, { timeout: 20_000 }).toBeGreaterThan(0.2);
      console.log(`demo page: sound ${Date.now() - pressedAt} ms after pressing «Nghe» (cold article, Chromium's default autoplay policy)`);
      expect((await readPlayer(page))?.voice).toBe('south-male');
      await page.locator('tts-player .player button.play').click(); // pause: the player sends its events
      const plays = page.locator('#stats tbody tr[data-voice="south-male"] td').nth(1);
      await expect.poll(() => plays.textContent(), { timeout: 8000 }).toBe('1');
      await fs.mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}/demo-page.png`, fullPage: true });
      await page.close();
    } finally {
      await browser.close();
    }
  });

  it('shows a Vietnamese network error on a site outside PLAYER_ORIGINS', async () => {
    const other = await startHostSite();
    other.pages.set('/', renderHostPage({ apiBase: suite.api.baseUrl, articleId: 'tin-ngan', text: warm.text }));
    const page = await suite.browser.newPage();
    await page.goto(`${other.origin}/`);
    await expect.poll(() => page.locator('tts-player .status').textContent(), { timeout: 8000 }).toContain('Không kết nối được máy chủ âm thanh');
    await page.close();
    await other.close();
  });

  it('shows a failure in Vietnamese with a retry, never a player stuck at 0:00', async () => {
    suite.host.pages.set('/khong-co', renderHostPage({ apiBase: suite.api.baseUrl, articleId: 'khong-co-bai-nay', text: 'Không có.' }));
    const page = await suite.browser.newPage();
    await page.goto(`${suite.host.origin}/khong-co`);
    const status = page.locator('tts-player .status');
    await expect.poll(() => status.textContent()).toContain('Không tìm thấy bài viết này.');
    expect(await page.locator('tts-player button.retry').isVisible()).toBe(true);
    await saveScreenshot(page, 'failed-not-found');
    await page.close();
  });
});
