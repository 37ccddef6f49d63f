import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Editor routes need `Authorization: Bearer <key>` with one of the configured keys. */
export function requireEditor(keys: readonly string[]): RequestHandler {
  // Compare digests in constant time so the response time does not reveal a key's prefix.
  const digests = keys.map(digest);
  return (req, _res, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    const given = match ? digest(match[1]) : undefined;
    if (given && digests.some((d) => timingSafeEqual(d, given))) return next();
    const challenge = match ? 'Bearer realm="tts-reader", error="invalid_token"' : 'Bearer realm="tts-reader"';
    next(
      new HttpError(401, 'unauthorized', match ? 'the API key is not valid' : 'missing "Authorization: Bearer <key>" header', undefined, undefined, {
        'WWW-Authenticate': challenge,
      }),
    );
  };
}
