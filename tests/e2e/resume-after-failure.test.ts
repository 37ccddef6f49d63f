import nock from 'nock';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { makeWav } from '../tts/support/audio.js';

/** Twelve short sentences: twelve chunks, one request each. */
const SENTENCES = [
  'Sáng nay, thành phố tổ chức lễ khởi công cầu mới.',
  'Cây cầu dài hơn một cây số.',
  'Tổng vốn đầu tư khoảng ba nghìn tỷ đồng.',
  'Công trình dự kiến hoàn thành sau hai năm.',
  'Người dân hai bờ sông rất phấn khởi.',
  'Nhiều hộ đã bàn giao mặt bằng sớm.',
  'Chủ đầu tư cam kết bảo đảm an toàn lao động.',
  'Giao thông khu vực được phân luồng từ tuần tới.',
  'Cơ quan chức năng sẽ tăng cường kiểm tra.',
  'Dự án góp phần giảm ùn tắc cho khu trung tâm.',
  'Các doanh nghiệp vận tải đánh giá cao dự án.',
  'Lễ khởi công kết thúc lúc mười giờ sáng.',
];

describe('a job that fails part-way', () => {
  let t: TestService;
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(async () => {
    await t?.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('keeps the finished chunks: the retry synthesizes only what is missing', async () => {
    const succeeded: string[] = [];
    let recoverAt = Infinity;
    nock('https://viettel.test')
      .persist()
      .post('/tts')
      .reply((_uri, body) => {
        const text = (body as { text: string }).text;
        // The first nine requests succeed; then the provider is down for a second.
        if (succeeded.length >= 9 && Date.now() < recoverAt) {
          if (recoverAt === Infinity) recoverAt = Date.now() + 1000;
          return [503, { message: 'Service temporarily overloaded' }];
        }
        succeeded.push(text);
        return [200, makeWav({ sampleRate: 22050, durationMs: 300 }), { 'content-type': 'audio/wav' }];
      });
    t = await startTestService({
      env: { VIETTEL_TOKEN: 't', VIETTEL_TTS_URL: 'https://viettel.test/tts', TTS_VOICE_PROVIDERS: 'south-female=viettel' },
      worker: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } },
    });
    await request(t.baseUrl).put('/v1/articles/cau-moi').set('Authorization', t.auth).send({ text: SENTENCES.join(' ') }).expect(201);
    const manifest = await waitForAudio(t.baseUrl, 'cau-moi', 'south-female', 60_000);

    const job = await request(t.baseUrl).get(`/v1/jobs/${manifest.key}`).expect(200);
    expect(job.body.attempts).toBeGreaterThanOrEqual(1); // the first attempt failed
    expect(manifest.segments).toHaveLength(12);
    // Every sentence was synthesized successfully exactly once across both attempts.
    expect(succeeded).toHaveLength(12);
    expect(new Set(succeeded).size).toBe(12);
  }, 90_000);
});
