import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from '../../src/webhooks/sign-webhook.js';

const SECRET = 'bi-mat-cua-toa-soan-2026';
const BODY = '{"id":"evt-1","type":"audio.ready","data":{"articleId":"bai-1"}}';

describe('webhook signatures', () => {
  it('signs `${timestamp}.${body}` with HMAC-SHA256', () => {
    const expected = createHmac('sha256', SECRET).update(`1764550800.${BODY}`).digest('hex');
    expect(signWebhook(SECRET, BODY, 1764550800)).toBe(`t=1764550800,v1=${expected}`);
  });

  it('verifies a fresh signature and refuses a changed body, another secret, an old timestamp or garbage', () => {
    const now = 1764550800;
    const header = signWebhook(SECRET, BODY, now);
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: now + 10 })).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, BODY.replace('bai-1', 'bai-2'), { now })).toBe(false);
    expect(verifyWebhookSignature('khac-bi-mat-hoan-toan', header, BODY, { now })).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: now + 301 })).toBe(false);
    expect(verifyWebhookSignature(SECRET, header.replace(/t=\d+/, `t=${now + 5}`), BODY, { now })).toBe(false);
    for (const bad of [undefined, '', 'v1=abc', 't=x,v1=00', `t=${now}`]) expect(verifyWebhookSignature(SECRET, bad, BODY, { now })).toBe(false);
  });
});
