import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

/** Reads a server-sent event stream to its end: [event, data] pairs. */
async function readEvents(url: string): Promise<[string, Record<string, unknown>][]> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toBe('text/event-stream');
  const text = await res.text();
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)![1];
      const data = JSON.parse(/^data: (.*)$/m.exec(block)![1]);
      return [event, data];
    });
}

describe('job progress as server-sent events', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t.close());

  it('streams progress and ends with the completed state', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Đây là câu số ${i + 1} của bản tin thời sự buổi sáng.`).join(' ');
    await request(t.baseUrl).put('/v1/articles/su-kien').set('Authorization', t.auth).send({ text }).expect(201);
    const started = await request(t.baseUrl).get('/v1/articles/su-kien/audio?voice=north-male').expect(202);
    const events = await readEvents(`${t.baseUrl}/v1/jobs/${started.body.jobId}/events`);
    const last = events.at(-1)!;
    expect(last[0]).toBe('completed');
    expect(last[1]).toMatchObject({ state: 'completed', progress: 1, audioUrl: `/v1/audio/${started.body.jobId}.mp3` });
    const fractions = events.map(([, data]) => data.progress as number);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions); // never goes backwards
  }, 60_000);

  it('answers 404 for an unknown job', async () => {
    await request(t.baseUrl).get(`/v1/jobs/${'c'.repeat(64)}/events`).expect(404);
  });
});
