/**
 * The VOICES setting: the API and the player offer exactly the configured voices, with
 * their Vietnamese labels — here with the Huế (central) voices added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHostPage, saveScreenshot, startBrowserSuite, type BrowserSuite } from './browser.js';

const TEXT = 'Huế: Lễ hội áo dài năm 2026 khai mạc tối 28-4. Hàng nghìn du khách đến tham dự.';

describe('central voices enabled by VOICES', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await startBrowserSuite({ env: { VOICES: 'north-female,central-female,central-male,south-male' } });
    await suite.putArticle('le-hoi-hue', { text: TEXT });
  }, 60_000);
  afterAll(() => suite?.close());

  it('lists exactly the configured voices, and refuses the others', async () => {
    const voices = (await (await fetch(`${suite.api.baseUrl}/v1/voices`)).json()).voices as { id: string; label: string; realAccent: string; providerVoice: string }[];
    expect(voices.map((v) => [v.id, v.label])).toEqual([
      ['north-female', 'Nữ miền Bắc'],
      ['central-female', 'Nữ miền Trung'],
      ['central-male', 'Nam miền Trung'],
      ['south-male', 'Nam miền Nam'],
    ]);
    expect(voices.find((v) => v.id === 'central-male')).toMatchObject({ realAccent: 'central', providerVoice: 'vi-vn-x-central+m2' });
    const refused = await fetch(`${suite.api.baseUrl}/v1/articles/le-hoi-hue/audio?voice=north-male`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).validVoices).toEqual(['north-female', 'central-female', 'central-male', 'south-male']);
  });

  it('shows the same voices in the player, and plays a central one', async () => {
    suite.host.pages.set('/hue', renderHostPage({ apiBase: suite.api.baseUrl, articleId: 'le-hoi-hue', text: TEXT, scriptAttributes: 'data-voice="central-female"' }));
    const page = await suite.openHostPage('/hue');
    await page.waitForFunction(() => {
      const root = document.querySelector('tts-player')?.shadowRoot;
      return root?.querySelectorAll('button.voice').length === 4;
    });
    const labels = await page.evaluate(() => Array.from(document.querySelector('tts-player')!.shadowRoot!.querySelectorAll('button.voice'), (b) => b.textContent));
    expect(labels).toEqual(['Nữ miền Bắc', 'Nữ miền Trung', 'Nam miền Trung', 'Nam miền Nam']);
    const state = await page.evaluate(() => (document.querySelector('tts-player') as unknown as { state: { voice: string; durationMs: number } }).state);
    expect(state.voice).toBe('central-female');
    expect(state.durationMs).toBeGreaterThan(1000);
    await saveScreenshot(page, 'voices-central');
    await page.close();
  }, 60_000);
});
