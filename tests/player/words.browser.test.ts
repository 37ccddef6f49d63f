import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../fixtures/player/article.js';
import { waitForAudio } from '../helpers/service.js';
import { ARTIFACTS, auditAccessibility, readPlayer, renderHostPage, saveScreenshot, startBrowserSuite, type BrowserSuite } from './browser.js';

/** What the page shows at one moment, read in one go: time, the lit word in the transcript and in the host's article. */
function sampleWord(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('tts-player') as unknown as HTMLElement & { currentTime: number; state: { currentIndex: number } };
    const word = el.shadowRoot!.querySelector<HTMLElement>('.sentence.current .word.current');
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const hostRange = registry.get('tts-reader-word')?.values().next().value;
    return { ms: el.currentTime * 1000, sentence: el.state.currentIndex, word: word?.textContent, wordMs: word ? Number(word.dataset.ms) : undefined, host: hostRange?.toString() };
  });
}

/** The timed tokens of a sentence, as the transcript shows them (merged spoken words). */
function readTokens(page: Page, sentence: number) {
  return page.evaluate((i) => {
    const el = document.querySelector('tts-player')!;
    return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`.sentence[data-i="${i}"] .word`), (w) => ({ text: w.textContent!, ms: Number(w.dataset.ms) }));
  }, sentence);
}

describe('word-by-word highlighting in Chromium', () => {
  let suite: BrowserSuite;
  const article = makeArticle(30, 'Bài dài');

  beforeAll(async () => {
    suite = await startBrowserSuite();
    await suite.putArticle('bai-dai', article);
    await waitForAudio(suite.api.baseUrl, 'bai-dai', 'north-female');
    suite.host.pages.set('/bai-dai', renderHostPage({ apiBase: suite.api.baseUrl, articleId: 'bai-dai', text: article.text }));
  }, 60_000);

  afterAll(() => suite?.close());

  it('lights the word being spoken, in the transcript and in the host page, moving with the audio', async () => {
    const page = await suite.openHostPage('/bai-dai');
    await page.evaluate(() => (document.querySelector('tts-player') as unknown as { send(e: unknown): void }).send({ type: 'jump', index: 2 }));
    const samples: Awaited<ReturnType<typeof sampleWord>>[] = [];
    for (let n = 0; n < 30; n++) {
      samples.push(await sampleWord(page));
      await page.waitForTimeout(100);
    }
    await saveScreenshot(page, 'word-highlight');
    await page.screenshot({ path: `${ARTIFACTS}/word-highlight-host-page.png` });
    const lit = samples.filter((s) => s.word);
    const distinct = new Set(lit.map((s) => `${s.sentence}:${s.wordMs}`));
    console.log(`word highlight: ${lit.length} of ${samples.length} samples lit a word, ${distinct.size} different words over ${Math.round(samples.at(-1)!.ms - samples[0].ms)} ms of audio`);
    expect(distinct.size).toBeGreaterThanOrEqual(6);
    for (const s of lit) {
      // The lit word has started (its start is at or before the time read with it)…
      expect(s.wordMs!).toBeLessThanOrEqual(s.ms + 1);
      // …and the host page lights the same written token.
      expect(s.host).toBe(s.word);
    }
    // The lit word only moves forward while the audio plays.
    for (let i = 1; i < lit.length; i++) if (lit[i].sentence === lit[i - 1].sentence) expect(lit[i].wordMs!).toBeGreaterThanOrEqual(lit[i - 1].wordMs!);
    // Within a sentence it is the last word that started: the next one has not.
    const tokens = await readTokens(page, lit[0].sentence);
    const next = tokens.find((t) => t.ms > lit[0].wordMs!);
    if (next) expect(next.ms).toBeGreaterThan(lit[0].ms - 1);
    await page.close();
  });

  it('plays from a clicked word, within 100 ms of its start', async () => {
    const page = await suite.openHostPage('/bai-dai');
    const player = page.locator('tts-player');
    await player.locator('button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentTime).toBeGreaterThan(0.2);
    // A word well inside sentence 5, so landing on the sentence's start would be far off.
    const tokens = await readTokens(page, 5);
    const target = tokens[Math.floor(tokens.length * 0.6)];
    expect(target.ms - tokens[0].ms).toBeGreaterThan(1000);
    await page.evaluate(() => {
      const w = window as unknown as { samples: [number, number][]; clickedAt: number };
      const el = document.querySelector('tts-player') as unknown as { currentTime: number };
      w.samples = [];
      document.addEventListener('click', () => (w.clickedAt = performance.now()), { capture: true });
      const step = () => (w.samples.push([performance.now(), el.currentTime * 1000]), w.samples.length < 200 && requestAnimationFrame(step));
      requestAnimationFrame(step);
    });
    await player.locator(`.sentence[data-i="5"] .word[data-ms="${target.ms}"]`).first().click();
    await page.waitForTimeout(400);
    const { samples, clickedAt } = await page.evaluate(() => {
      const w = window as unknown as { samples: [number, number][]; clickedAt: number };
      return { samples: w.samples, clickedAt: w.clickedAt };
    });
    const after = samples.filter(([at]) => at > clickedAt);
    const first = after[0][1];
    const later = after.find(([at]) => at > clickedAt + 300)!;
    console.log(`clicked "${target.text}" (starts at ${target.ms} ms): the audio was at ${Math.round(first)} ms right after the click, ${Math.round(later[1])} ms ${Math.round(later[0] - clickedAt)} ms later`);
    expect(first).toBeGreaterThanOrEqual(target.ms - 1);
    expect(first - target.ms).toBeLessThanOrEqual(100);
    // Playback goes on from there, not from somewhere else.
    expect(later[1]).toBeGreaterThan(target.ms);
    expect(later[1] - target.ms).toBeLessThan(later[0] - clickedAt + 250);
    await expect.poll(() => player.locator('.word.current').first().textContent()).toBeTruthy();
    expect((await readPlayer(page))!.currentIndex).toBe(5);
    await page.close();
  });

  it('keeps the spoken word in view by scrolling the transcript forward, not on every word', async () => {
    const page = await suite.openHostPage('/bai-dai');
    // A small embed: the panel shows three lines, so the words reach its edge within seconds.
    await page.evaluate(() => {
      const el = document.querySelector('tts-player') as unknown as HTMLElement & { send(e: unknown): void };
      el.shadowRoot!.querySelector<HTMLElement>('.transcript')!.style.maxHeight = '70px';
      el.send({ type: 'speed', rate: 2 });
      el.send({ type: 'jump', index: 3 });
    });
    const samples: { scrollTop: number; inView: boolean; word: string | null }[] = [];
    for (let n = 0; n < 40; n++) {
      await page.waitForTimeout(200);
      samples.push(
        await page.evaluate(() => {
          const root = document.querySelector('tts-player')!.shadowRoot!;
          const panel = root.querySelector<HTMLElement>('.transcript')!;
          const word = root.querySelector<HTMLElement>('.word.current');
          const p = panel.getBoundingClientRect();
          const w = word?.getBoundingClientRect();
          return { scrollTop: panel.scrollTop, inView: !w || (w.top >= p.top - 2 && w.bottom <= p.bottom + 2), word: word ? `${word.closest('[data-i]')!.getAttribute('data-i')}:${word.dataset.ms}` : null };
        }),
      );
    }
    const words = new Set(samples.map((s) => s.word).filter(Boolean)).size;
    const scrolls = samples.filter((s, i) => i > 0 && s.scrollTop !== samples[i - 1].scrollTop).length;
    const outOfView = samples.filter((s) => !s.inView).length;
    console.log(`transcript follow: ${words} words lit, the panel moved in ${scrolls} of ${samples.length} samples, the lit word was out of view in ${outOfView} (mid-scroll)`);
    expect(words).toBeGreaterThan(15);
    expect(scrolls).toBeGreaterThan(0);
    expect(scrolls).toBeLessThan(words / 2);
    expect(outOfView).toBeLessThanOrEqual(3);
    for (let i = 1; i < samples.length; i++) expect(samples[i].scrollTop).toBeGreaterThanOrEqual(samples[i - 1].scrollTop);
    await page.close();
  });

  it('scrolls without animation when the listener prefers reduced motion', async () => {
    const frames: Record<string, number> = {};
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const context = await suite.browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(`${suite.host.origin}/bai-dai`);
      await page.waitForFunction(() => (document.querySelector('tts-player') as unknown as { state?: { phase: string } })?.state?.phase === 'ready');
      const style = await page.evaluate(() => {
        const root = document.querySelector('tts-player')!.shadowRoot!;
        return { scroll: getComputedStyle(root.querySelector('.transcript')!).scrollBehavior, transition: getComputedStyle(root.querySelector('.word')!).transitionDuration };
      });
      expect(style).toEqual(reducedMotion === 'reduce' ? { scroll: 'auto', transition: '0s' } : { scroll: 'smooth', transition: '0.1s' });
      // Jump far down while playing and count the frames in which the panel is between its old and new place.
      frames[reducedMotion] = await page.evaluate(async () => {
        const el = document.querySelector('tts-player') as unknown as HTMLElement & { send(e: unknown): void };
        const panel = el.shadowRoot!.querySelector<HTMLElement>('.transcript')!;
        el.send({ type: 'jump', index: 25 });
        const seen = new Set<number>();
        for (let n = 0; n < 45; n++) {
          await new Promise(requestAnimationFrame);
          seen.add(panel.scrollTop);
        }
        return seen.size;
      });
      await context.close();
    }
    console.log(`scroll positions seen while jumping to sentence 25: reduced motion ${frames.reduce}, default ${frames['no-preference']}`);
    expect(frames.reduce).toBeLessThanOrEqual(2);
    expect(frames['no-preference']).toBeGreaterThan(3);
  });

  it('has no serious or critical accessibility violations (axe-core), ready and playing', async () => {
    const page = await suite.openHostPage('/bai-dai');
    expect(await auditAccessibility(page, 'ready')).toEqual([]);
    await page.locator('tts-player button.play').click();
    await expect.poll(async () => (await sampleWord(page)).word, { timeout: 8000 }).toBeTruthy();
    expect(await auditAccessibility(page, 'playing, a word lit')).toEqual([]);
    await page.close();
  });

  it('still highlights sentences from a version 1 manifest (no words)', async () => {
    const page = await suite.browser.newPage();
    // The API of an older release: the same manifest without version and words.
    await page.route('**/v1/articles/bai-dai/audio**', async (route) => {
      const response = await route.fetch();
      const manifest = await response.json();
      delete manifest.version;
      delete manifest.wordTiming;
      for (const segment of manifest.segments) delete segment.words;
      await route.fulfill({ response, json: manifest });
    });
    await page.goto(`${suite.host.origin}/bai-dai`);
    await page.locator('tts-player button.play').click();
    await expect.poll(async () => (await readPlayer(page))!.currentIndex, { timeout: 10_000 }).toBeGreaterThan(0);
    const state = await sampleWord(page);
    expect(state.word).toBeUndefined();
    expect(await page.locator('tts-player .sentence.current').count()).toBe(1);
    expect(await page.locator('tts-player .word').count()).toBe(0);
    await page.close();
  });
});
