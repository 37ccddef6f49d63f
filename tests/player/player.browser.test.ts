import { promises as fs } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../fixtures/player/article.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { ARTIFACTS, launchChromium, readPlayer, renderHostPage, saveScreenshot, startHostSite, type HostSite } from './browser.js';

const VOICES = [
  ['north-female', 'Nữ miền Bắc'],
  ['north-male', 'Nam miền Bắc'],
  ['south-female', 'Nữ miền Nam'],
  ['south-male', 'Nam miền Nam'],
] as const;

describe('the embedded player in Chromium, host page and API on two origins', () => {
  let api: TestService;
  let host: HostSite;
  let browser: Browser;
  const warm = makeArticle(8, 'Tin ngắn');

  beforeAll(async () => {
    host = await startHostSite();
    [api, browser] = await Promise.all([startTestService({ env: { PLAYER_ORIGINS: host.origin } }), launchChromium()]);
    // Build the player bundle (in memory when dist/ is stale) while the audio is generated.
    const bundle = fetch(`${api.baseUrl}/player.js`).then((r) => r.text());
    const put = await fetch(`${api.baseUrl}/v1/articles/tin-ngan`, { method: 'PUT', headers: { Authorization: api.auth, 'Content-Type': 'application/json' }, body: JSON.stringify(warm) });
    expect(put.status).toBe(201);
    // The warm article is ready in every voice before the listener arrives.
    await Promise.all([bundle, ...VOICES.map(([voice]) => waitForAudio(api.baseUrl, 'tin-ngan', voice))]);
    host.pages.set('/tin-ngan', renderHostPage({ apiBase: api.baseUrl, articleId: 'tin-ngan', text: warm.text }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await api?.close();
  });

  async function openHostPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(`${host.origin}${path}`);
    await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as { state?: { phase: string } })?.state?.phase === 'ready');
    return page;
  }

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

  it('starts a cold article playing before its generation has finished', async () => {
    const cold = makeArticle(100, 'Tin dài');
    const put = await fetch(`${api.baseUrl}/v1/articles/tin-dai`, { method: 'PUT', headers: { Authorization: api.auth, 'Content-Type': 'application/json' }, body: JSON.stringify(cold) });
    expect(put.status).toBe(201);
    // preload="none": nothing is generated until play, so the measurement starts cold.
    host.pages.set('/tin-dai', renderHostPage({ apiBase: api.baseUrl, articleId: 'tin-dai', text: cold.text, scriptAttributes: 'data-preload="none"' }));
    const page = await browser.newPage();
    await page.goto(`${host.origin}/tin-dai`);
    await page.locator('tts-player button.play').waitFor();
    // Timed inside the page, from the click event to the first advance of currentTime.
    await page.evaluate(() => {
      const w = window as unknown as { pressedAt: number; soundAt: number };
      const el = document.querySelector('tts-player') as unknown as HTMLElement & { currentTime: number };
      el.shadowRoot!.querySelector('button.play')!.addEventListener('click', () => (w.pressedAt = Date.now()), { capture: true });
      const watch = () => (el.currentTime > 0 ? (w.soundAt = Date.now()) : setTimeout(watch, 5));
      watch();
    });
    let streamAt = 0;
    page.on('request', (request) => void (request.url().includes('/v1/stream/') && !streamAt && (streamAt = Date.now())));
    await page.locator('tts-player button.play').click();
    await page.waitForFunction(() => (window as unknown as { soundAt?: number }).soundAt, undefined, { polling: 10 });
    const { pressedAt, soundAt } = await page.evaluate(() => {
      const w = window as unknown as { pressedAt: number; soundAt: number };
      return { pressedAt: w.pressedAt, soundAt: w.soundAt };
    });
    const timing = { firstSoundMs: soundAt - pressedAt, streamRequestedMs: streamAt - pressedAt };
    const firstSoundMs = timing.firstSoundMs;
    const state = await readPlayer(page);
    const job = await (await fetch(`${api.baseUrl}/v1/articles/tin-dai/audio?voice=${state!.voice}`)).json();
    console.log(
      `cold article (${cold.text.length} chars): first sound ${firstSoundMs} ms after pressing play ` +
        `(the growing MP3 existed and was requested at ${timing.streamRequestedMs} ms); ` +
        `then the player was '${state!.phase}' and the job '${job.status ?? 'ready'}' at ${Math.round((job.progress ?? 1) * 100)}%`,
    );
    expect(state!.phase).toBe('generating');
    expect(job.status).toMatch(/generating|queued/);
    // The 1 s target holds on a quiet machine; here API, worker, espeak-ng, ffmpeg and
    // Chromium share the CPUs, so the bound is looser and the number is printed.
    expect(firstSoundMs).toBeLessThan(Number(process.env.PLAYER_FIRST_SOUND_LIMIT_MS ?? 4000));
    expect(firstSoundMs - timing.streamRequestedMs).toBeLessThan(1000);
    await saveScreenshot(page, 'cold-generating');
    // Generation finishes while it plays: the total becomes final and the download link appears.
    await expect.poll(async () => (await readPlayer(page))?.phase, { timeout: 30_000 }).toBe('ready');
    expect((await readPlayer(page))!.paused).toBe(false);
    expect(await page.locator('tts-player a.download').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps the sentence when switching to a voice that is still being generated', async () => {
    const article = makeArticle(30, 'Tin giọng');
    await fetch(`${api.baseUrl}/v1/articles/tin-giong`, { method: 'PUT', headers: { Authorization: api.auth, 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
    await waitForAudio(api.baseUrl, 'tin-giong', 'north-female');
    host.pages.set('/tin-giong', renderHostPage({ apiBase: api.baseUrl, articleId: 'tin-giong', text: article.text }));
    const page = await openHostPage('/tin-giong');
    const player = page.locator('tts-player');
    await player.locator('.sentence[data-i="24"]').click();
    await expect.poll(async () => (await readPlayer(page))!.currentIndex).toBe(24);
    await player.getByRole('button', { name: 'Nữ miền Nam' }).click(); // cold: generated now
    await expect.poll(async () => (await readPlayer(page))!.currentIndex, { timeout: 15_000 }).toBe(24);
    await expect.poll(async () => (await readPlayer(page))!.paused, { timeout: 15_000 }).toBe(false);
    const state = await readPlayer(page);
    const startMs = await page.evaluate(() => (document.querySelector('tts-player') as unknown as { state: { segments: { startMs: number }[] } }).state.segments[24].startMs);
    expect(state!.currentTime * 1000).toBeGreaterThanOrEqual(startMs - 100);
    expect(state!.voice).toBe('south-female');
    // Keyboard users move through the transcript with the arrows and jump with Enter.
    await player.locator('.sentence[data-i="24"]').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readPlayer(page))!.currentIndex).toBe(22);
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
    host.pages.set('/iframe', `<!doctype html><meta charset="utf-8"><h1>Báo</h1><iframe src="${api.baseUrl}/embed/tin-ngan?voice=north-male" width="640" height="360" title="Nghe bài viết"></iframe>`);
    const page = await browser.newPage();
    await page.goto(`${host.origin}/iframe`);
    const frame = page.frameLocator('iframe');
    await frame.locator('tts-player button.play').click();
    const embedded = page.frames().find((f) => f.url().includes('/embed/'))!;
    await expect
      .poll(() => embedded.evaluate(() => (document.querySelector('tts-player') as unknown as { currentTime: number }).currentTime))
      .toBeGreaterThan(0.2);
    await saveScreenshot(page, 'embed-iframe', 'iframe');
    await page.close();
  });

  it('lets an editor paste an article on the demo page, compare the normalized text and listen', async () => {
    const page = await browser.newPage();
    await page.goto(`${api.baseUrl}/`);
    await page.getByLabel('Văn bản hoặc HTML').fill('Ngày 15/01/2024, giá vàng tăng 2%. Thị trường sôi động.');
    await page.getByLabel('Nam miền Nam').check();
    await page.getByRole('button', { name: 'Nghe' }).click();
    await expect.poll(() => page.locator('#compare tbody tr').count()).toBe(2);
    expect(await page.locator('#compare tbody tr').first().locator('td').nth(2).textContent()).not.toMatch(/\d/);
    await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as { state?: { phase: string } })?.state?.phase === 'ready', undefined, { timeout: 20_000 });
    expect((await readPlayer(page))?.voice).toBe('south-male');
    await page.locator('tts-player button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.2);
    await fs.mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/demo-page.png`, fullPage: true });
    await page.close();
  });

  it('shows a Vietnamese network error on a site outside PLAYER_ORIGINS', async () => {
    const other = await startHostSite();
    other.pages.set('/', renderHostPage({ apiBase: api.baseUrl, articleId: 'tin-ngan', text: warm.text }));
    const page = await browser.newPage();
    await page.goto(`${other.origin}/`);
    await expect.poll(() => page.locator('tts-player .status').textContent(), { timeout: 8000 }).toContain('Không kết nối được máy chủ âm thanh');
    await page.close();
    await other.close();
  });

  it('shows a failure in Vietnamese with a retry, never a player stuck at 0:00', async () => {
    host.pages.set('/khong-co', renderHostPage({ apiBase: api.baseUrl, articleId: 'khong-co-bai-nay', text: 'Không có.' }));
    const page = await browser.newPage();
    await page.goto(`${host.origin}/khong-co`);
    const status = page.locator('tts-player .status');
    await expect.poll(() => status.textContent()).toContain('Không tìm thấy bài viết này.');
    expect(await page.locator('tts-player button.retry').isVisible()).toBe(true);
    await saveScreenshot(page, 'failed-not-found');
    await page.close();
  });
});
