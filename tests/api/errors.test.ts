/**
 * The one error middleware's table: each named error of src/errors.ts answers with its
 * status; errors raised by Express's router and body parser keep their 4xx; anything else
 * (a built-in RangeError included) is an internal error, never a misleading 4xx.
 */
import { describe, expect, it } from 'vitest';
import { toHttpError } from '../../src/api/errors.js';
import {
  ArticleNotFoundError,
  ArticleTooLargeError,
  DependencyUnavailableError,
  InvalidInputError,
  NothingToReadError,
  RateLimitedError,
  StorageFullError,
} from '../../src/errors.js';

/** What `http-errors` (used by the router and body-parser) throws: a status, `expose`, a type. */
function frameworkError(status: number, type: string | undefined, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}

describe('toHttpError', () => {
  it('maps every named error to its status, code and field, with Retry-After where waiting helps', () => {
    const cases: [Error, number, string, string | undefined][] = [
      [new ArticleNotFoundError('tin-1'), 404, 'not_found', undefined],
      [new InvalidInputError('voice', 'unknown voice'), 400, 'bad_request', 'voice'],
      [new NothingToReadError(), 422, 'nothing_to_read', 'text'],
      [new ArticleTooLargeError(300_000, 200_000), 413, 'too_large', 'text'],
      [new RateLimitedError('slow down', 42), 429, 'rate_limited', undefined],
      [new StorageFullError(), 507, 'insufficient_storage', undefined],
      [new DependencyUnavailableError('queue', 'Redis is unavailable', 5), 503, 'unavailable', undefined],
    ];
    for (const [error, status, code, field] of cases) {
      const http = toHttpError(error)!;
      expect([http.status, http.code, http.field], error.name).toEqual([status, code, field]);
    }
    expect(toHttpError(new RateLimitedError('slow down', 42))!.headers).toEqual({ 'Retry-After': '42' });
    expect(toHttpError(new StorageFullError())!.headers?.['Retry-After']).toBeDefined();
    expect(toHttpError(new DependencyUnavailableError('database', 'down', 7))!.headers).toEqual({ 'Retry-After': '7' });
  });

  it('keeps the 4xx of router and body-parser errors, with codes of its own', () => {
    const decode = Object.assign(new URIError("Failed to decode param '%ZZ'"), { status: 400, statusCode: 400, expose: true });
    expect(toHttpError(decode)).toMatchObject({ status: 400, code: 'bad_path', field: 'path' });
    expect(toHttpError(frameworkError(400, 'entity.parse.failed', 'Unexpected token'))).toMatchObject({ status: 400, code: 'invalid_json', field: 'body' });
    expect(toHttpError(frameworkError(400, 'encoding.unsupported', 'x'))).toMatchObject({ status: 400, code: 'unsupported_encoding' });
    expect(toHttpError(frameworkError(413, 'entity.too.large', 'request entity too large'))).toMatchObject({ status: 413, code: 'too_large' });
    expect(toHttpError(frameworkError(415, 'charset.unsupported', 'x'))).toMatchObject({ status: 415, code: 'unsupported_charset' });
    // zlib's "incorrect header check" for a body that is not the gzip it claims to be.
    expect(toHttpError(frameworkError(400, undefined, 'incorrect header check'))).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('leaves built-in errors to the internal 500: a RangeError is not a 413 on the text', () => {
    expect(toHttpError(new RangeError('Invalid array length'))).toBeUndefined();
    expect(toHttpError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeUndefined();
    expect(toHttpError(Object.assign(new Error('boom'), { status: 500 }))).toBeUndefined();
  });
});
