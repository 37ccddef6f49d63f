import { it } from 'vitest';
import { makeArticle } from '../fixtures/player/article.js';
import { startTestService, waitForAudio } from '../helpers/service.js';
import { launchChromium, renderHostPage, startHostSite } from './browser.js';

it('probe', async () => {
  const host = await startHostSite();
  const api = await startTestService({ env: { PLAYER_ORIGINS: host.origin } });
  const browser = await launchChromium();
  const put = (id: string, a: unknown) => fetch(`${api.baseUrl}/v1/articles/${id}`, { method: 'PUT', headers: { Authorization: api.auth, 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
  await put('warm', makeArticle(3, 'Ấm'));
  await waitForAudio(api.baseUrl, 'warm', 'north-female');
  const cold = makeArticle(120, 'Tin dài');
  await put('tin-dai', cold);
  host.pages.set('/x', renderHostPage({ apiBase: api.baseUrl, articleId: 'tin-dai', text: cold.text, scriptAttributes: 'data-preload="none"' }));
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.goto(`${host.origin}/x`);
  await page.locator('tts-player button.play').waitFor();
  await page.evaluate(() => {
    const w = window as any; w.log = [];
    const el = document.querySelector('tts-player') as any; const a = el.controller.playback.audio;
    const of = window.fetch; window.fetch = async (...args: any[]) => { const t = performance.now(); const r = await of(...(args as [any])); w.log.push([Math.round(t - w.t0), Math.round(performance.now() - w.t0), 'fetch', String(args[0]).slice(-50), r.status]); return r; };
    for (const e of ['loadstart','loadedmetadata','loadeddata','canplay','playing','waiting','error','emptied','progress','timeupdate']) a.addEventListener(e, () => w.log.push([Math.round(performance.now()-w.t0), e, a.currentTime, a.buffered.length ? [a.buffered.start(0), a.buffered.end(a.buffered.length-1), a.buffered.length] : []]));
    el.shadowRoot.querySelector('button.play').addEventListener('click', () => { w.t0 = performance.now(); w.log.push([0, 'click']); }, { capture: true });
  });
  await page.locator('tts-player button.play').click();
  await page.waitForFunction(() => (document.querySelector('tts-player') as any).currentTime > 0, undefined, { polling: 10 });
  console.log(await page.evaluate(() => { const w = window as any; w.log.push([Math.round(performance.now() - w.t0), 'sound']); return JSON.stringify(w.log); }));
  await browser.close(); await host.close(); await api.close();
}, 60000);
