import { describe, expect, it } from 'vitest';
import { classifyStatus, errorFromException, extractProviderMessage, parseRetryAfter } from '../../src/tts/http-errors.js';

describe('classifyStatus', () => {
  it.each([
    [429, 'retryable'], [408, 'retryable'], [500, 'retryable'], [503, 'retryable'], [504, 'retryable'],
    [400, 'permanent'], [401, 'permanent'], [403, 'permanent'], [404, 'permanent'], [413, 'permanent'],
  ] as const)('%i is %s', (status, kind) => expect(classifyStatus(status)).toBe(kind));
});

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2_000],
    ['0.5', 500],
    ['Thu, 01 Jan 2026 00:00:30 GMT', 30_000],
    ['Thu, 01 Jan 2025 00:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%s → %s ms', (header, expected) => {
    expect(parseRetryAfter(header, Date.parse('Thu, 01 Jan 2026 00:00:00 GMT'))).toBe(expected);
  });
});

describe('extractProviderMessage', () => {
  it.each([
    ['{"error":{"code":403,"message":"Permission denied"}}', 'Permission denied'],
    ['{"error_code":155,"error_message":"Text too long"}', 'Text too long'],
    ['{"code":401,"en_message":"Invalid token"}', 'Invalid token'],
    ['<html><body><h1>504 Gateway Time-out</h1></body></html>', '504 Gateway Time-out'],
    ['plain words', 'plain words'],
  ])('%s → %s', (body, message) => expect(extractProviderMessage(body)).toBe(message));
});

describe('errorFromException', () => {
  it('names a cancelled job as permanent and our own timeout as retryable', () => {
    const controller = new AbortController();
    controller.abort();
    expect(errorFromException('zalo', new Error('aborted'), controller.signal).kind).toBe('permanent');
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(errorFromException('zalo', timeout)).toMatchObject({ kind: 'retryable', message: 'zalo: request timed out' });
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    expect(errorFromException('fpt', reset)).toMatchObject({ kind: 'retryable', message: 'fpt: network error: ECONNRESET' });
  });
});
