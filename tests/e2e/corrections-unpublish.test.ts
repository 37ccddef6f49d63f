/**
 * Corrections and retractions through the real API and worker (Redis, espeak-ng, ffmpeg):
 * a changed text regenerates every voice that had audio; `published: false` takes the audio
 * off every public route at once; audio a correction or a deletion leaves unused is removed
 * by the workers after AUDIO_RETENTION_HOURS, unless an article uses it again.
 */
import Parser from 'rss-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/manifest.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const ARTICLE = {
  title: 'Gia Lai khởi công nhà máy chế biến cà phê',
  category: 'Kinh tế',
  publishedAt: '2026-12-01T07:00:00+07:00',
  text: 'Sáng 1-12, tỉnh Gia Lai khởi công nhà máy chế biến cà phê công suất 20.000 tấn mỗi năm. Nhà máy dự kiến hoạt động từ quý III năm 2027.',
};
const CORRECTED = ARTICLE.text.replace('20.000 tấn', '25.000 tấn');

const put = (t: TestService, id: string, body: object) => request(t.baseUrl).put(`/v1/articles/${id}`).set('Authorization', t.auth).send(body);
const mp3Status = async (t: TestService, manifest: Manifest) => (await fetch(`${t.baseUrl}${manifest.audioUrl}`)).status;

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (await check()) return;
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('corrections and retractions', () => {
  let t: TestService;
  beforeAll(async () => {
    // A long grace period: nothing here may be removed by the chore while it is checked.
    t = await startTestService({ env: { PUBLIC_URL: 'https://audio.baogialai.example.vn' } });
  });
  afterAll(() => t?.close());

  it('regenerates, after a correction, every voice that had audio and only those', async () => {
    await put(t, 'nha-may', ARTICLE).expect(201);
    const [north, south] = await Promise.all([waitForAudio(t.baseUrl, 'nha-may', 'north-female'), waitForAudio(t.baseUrl, 'nha-may', 'south-male')]);
    const corrected = await put(t, 'nha-may', { ...ARTICLE, text: CORRECTED }).expect(200);
    expect(corrected.body.changed).toBe(true);
    expect(corrected.body.queued).toEqual([
      { voice: 'north-female', state: 'queued' },
      { voice: 'south-male', state: 'queued' },
    ]);
    // Regenerated without any listener asking: wait on the editor route, which starts nothing.
    await waitUntil('both voices are ready again', async () => {
      const audio = (await request(t.baseUrl).get('/v1/articles/nha-may').set('Authorization', t.auth).expect(200)).body.audio;
      return audio['north-female'].state === 'ready' && audio['south-male'].state === 'ready';
    });
    const status = (await request(t.baseUrl).get('/v1/articles/nha-may').set('Authorization', t.auth)).body.audio;
    expect(status['north-male'].state).toBe('none');
    expect(status['south-female'].state).toBe('none');
    const [north2, south2] = await Promise.all([waitForAudio(t.baseUrl, 'nha-may', 'north-female'), waitForAudio(t.baseUrl, 'nha-may', 'south-male')]);
    expect(north2.key).not.toBe(north.key);
    expect(south2.key).not.toBe(south.key);
    expect(north2.segments.map((s) => s.spoken).join(' ')).toContain('hai mươi lăm nghìn tấn');
    // Within the grace period the replaced audio is still served to whoever loaded it.
    expect(await mp3Status(t, north)).toBe(200);
  }, 90_000);

  it('takes a retracted article off every public route at once, old revisions included', async () => {
    const id = 'rut-bai';
    // A text of its own: audio shared with another article would rightly stay for that one.
    const retracted = { ...ARTICLE, title: 'Bài sẽ bị gỡ', text: `${ARTICLE.text} Bài viết này sau đó bị gỡ.` };
    const correctedText = `${CORRECTED} Bài viết này sau đó bị gỡ.`;
    await put(t, id, retracted).expect(201);
    const old = await waitForAudio(t.baseUrl, id, 'north-female');
    await put(t, id, { ...retracted, text: correctedText }).expect(200);
    const current = await waitForAudio(t.baseUrl, id, 'north-female');
    // Loaded twice: the second answers from memory (the hot path).
    for (let i = 0; i < 2; i++) expect(await mp3Status(t, current)).toBe(200);
    expect(await mp3Status(t, old)).toBe(200);
    expect((await fetch(`${t.baseUrl}/v1/articles/${id}/audio?voice=north-female`)).status).toBe(200);
    const listed = async () => {
      const playlist = (await request(t.baseUrl).get('/v1/playlists/latest?voice=north-female').expect(200)).body.items.map((i: { articleId: string }) => i.articleId);
      const feed = await new Parser().parseString(await fetch(`${t.baseUrl}/v1/feeds/north-female.xml`).then((res) => res.text()));
      return { playlist: playlist.includes(id), feed: feed.items.some((item) => item.guid?.startsWith(`${id}:`)) };
    };
    expect(await listed()).toEqual({ playlist: true, feed: true });

    await put(t, id, { ...retracted, text: correctedText, published: false }).expect(200);

    // No waiting: every answer changes with the write.
    const manifest = await fetch(`${t.baseUrl}/v1/articles/${id}/audio?voice=north-female`);
    expect(manifest.status).toBe(404);
    expect((await manifest.json()).error.code).toBe('not_found');
    expect(await mp3Status(t, current)).toBe(404);
    expect(await mp3Status(t, old)).toBe(404);
    expect((await fetch(`${t.baseUrl}/v1/stream/${current.key}.mp3`)).status).toBe(404);
    expect(await listed()).toEqual({ playlist: false, feed: false });
    // The editor still sees it, unpublished.
    const record = (await request(t.baseUrl).get(`/v1/articles/${id}`).set('Authorization', t.auth).expect(200)).body;
    expect(record.published).toBe(false);

    // Published again: it is read again.
    await put(t, id, { ...retracted, text: correctedText, published: true }).expect(200);
    const again = await waitForAudio(t.baseUrl, id, 'north-female');
    expect(again.key).toBe(current.key);
    expect(await mp3Status(t, again)).toBe(200);
  }, 90_000);
});

describe('audio no article uses any more', () => {
  let t: TestService;
  // 7.2 s of grace; the chore looks every 3.6 s.
  beforeAll(async () => {
    t = await startTestService({ env: { AUDIO_RETENTION_HOURS: '0.002' } });
  });
  afterAll(() => t?.close());

  it('is removed by the workers after the grace period, unless an article uses it again', async () => {
    const textA = 'Chiều 30-11, mưa lớn kéo dài hai giờ khiến nhiều tuyến phố ở Pleiku ngập sâu.';
    const textB = 'Chiều 30-11, mưa lớn kéo dài ba giờ khiến nhiều tuyến phố ở Pleiku ngập sâu.';
    await put(t, 'mua-lon', { text: textA }).expect(201);
    const a = await waitForAudio(t.baseUrl, 'mua-lon', 'north-female');
    await put(t, 'mua-lon', { text: textB }).expect(200);
    const b = await waitForAudio(t.baseUrl, 'mua-lon', 'north-female');
    expect(await mp3Status(t, a)).toBe(200); // in its grace period
    // The editor reverts the correction: A is used again, B is let go of.
    await put(t, 'mua-lon', { text: textA }).expect(200);
    await waitUntil('B is removed', async () => (await mp3Status(t, b)) === 404);
    expect(await t.services.audio.readManifest(b.key)).toEqual({ state: 'missing' });
    expect(await mp3Status(t, a)).toBe(200);
    expect((await waitForAudio(t.baseUrl, 'mua-lon', 'north-female')).key).toBe(a.key);
  }, 90_000);

  it('of a deleted article goes after the grace period, not while a listener may still play it', async () => {
    await put(t, 'xoa-bai', { text: 'Sáng 2-12, Sở Y tế tỉnh tổ chức tiêm vắc xin miễn phí cho trẻ em.' }).expect(201);
    const manifest = await waitForAudio(t.baseUrl, 'xoa-bai', 'south-female');
    await request(t.baseUrl).delete('/v1/articles/xoa-bai').set('Authorization', t.auth).expect(204);
    const deletedAt = Date.now();
    expect((await fetch(`${t.baseUrl}/v1/articles/xoa-bai/audio?voice=south-female`)).status).toBe(404);
    expect(await mp3Status(t, manifest)).toBe(200);
    await waitUntil('the audio is removed', async () => (await mp3Status(t, manifest)) === 404);
    expect(Date.now() - deletedAt).toBeGreaterThanOrEqual(7200 - 500);
  }, 60_000);

  it('shared by two articles with the same text stays while one of them still uses it', async () => {
    const text = 'Tối 1-12, Nhà hát tỉnh tổ chức đêm nhạc chào mừng ngày thành lập tỉnh.';
    await put(t, 'dem-nhac', { text }).expect(201);
    await put(t, 'dem-nhac-ban-sao', { text }).expect(201);
    const manifest = await waitForAudio(t.baseUrl, 'dem-nhac', 'north-male');
    expect((await waitForAudio(t.baseUrl, 'dem-nhac-ban-sao', 'north-male')).key).toBe(manifest.key);
    await request(t.baseUrl).delete('/v1/articles/dem-nhac').set('Authorization', t.auth).expect(204);
    // Two chore rounds past the grace period.
    await new Promise((r) => setTimeout(r, 7200 + 2 * 3600 + 500));
    expect(await mp3Status(t, manifest)).toBe(200);
    expect((await fetch(`${t.baseUrl}/v1/articles/dem-nhac-ban-sao/audio?voice=north-male`)).status).toBe(200);
  }, 60_000);
});
