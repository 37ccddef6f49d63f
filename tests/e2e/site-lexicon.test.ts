import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

describe('the site lexicon', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t.close());

  it('is applied before the built-in rules and changes only the keys of articles that use it', async () => {
    const editor = (r: request.Test) => r.set('Authorization', t.auth);
    await editor(request(t.baseUrl).put('/v1/articles/pleiku')).send({ text: 'Sáng nay, Pleiku đón đợt mưa đầu mùa.' }).expect(201);
    await editor(request(t.baseUrl).put('/v1/articles/ha-noi')).send({ text: 'Sáng nay, Hà Nội đón đợt mưa đầu mùa.' }).expect(201);
    const before = await Promise.all(['pleiku', 'ha-noi'].map((id) => waitForAudio(t.baseUrl, id, 'north-female')));
    expect(before[0].segments[0].spoken).toContain('Pleiku');

    await editor(request(t.baseUrl).put('/v1/lexicon')).send({ entries: { Pleiku: 'Plây Cu' } }).expect(200);
    const lexicon = await editor(request(t.baseUrl).get('/v1/lexicon')).expect(200);
    expect(lexicon.body.entries).toEqual({ Pleiku: 'Plây Cu' });

    // The unaffected article keeps its audio; the affected one is generated again.
    const unaffected = await request(t.baseUrl).get('/v1/articles/ha-noi/audio?voice=north-female').expect(200);
    expect(unaffected.body.key).toBe(before[1].key);
    const after = await waitForAudio(t.baseUrl, 'pleiku', 'north-female');
    expect(after.key).not.toBe(before[0].key);
    expect(after.segments[0].spoken).toContain('Plây Cu');
    expect(after.segments[0].text).toContain('Pleiku'); // the highlighted text is still the original
  }, 60_000);

  it('rejects a malformed lexicon and keeps the stored one', async () => {
    await request(t.baseUrl).put('/v1/lexicon').set('Authorization', t.auth).send({ entries: { Pleiku: 'Plây Cu' } }).expect(200);
    await request(t.baseUrl).put('/v1/lexicon').send({ entries: {} }).expect(401);
    const bad = await request(t.baseUrl).put('/v1/lexicon').set('Authorization', t.auth).send({ entries: { Pleiku: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('entries.Pleiku');
    const stored = await request(t.baseUrl).get('/v1/lexicon').set('Authorization', t.auth).expect(200);
    expect(stored.body.entries).toEqual({ Pleiku: 'Plây Cu' });
  });
});
