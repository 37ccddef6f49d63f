import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Editor routes need `Authorization: Bearer <key>` with one of the configured keys. Pages an
 * editor opens in a browser (the queue dashboard) take HTTP Basic too, the key as password:
 * a browser cannot send a Bearer header, but asks for Basic credentials when challenged and
 * then sends them with every request the page makes.
 * @example app.use('/admin/queues', requireEditor(keys, { browser: true }), dashboard)
 */
export function requireEditor(keys: readonly string[], options: { browser?: boolean } = {}): RequestHandler {
  // Compare digests in constant time so the response time does not reveal a key's prefix.
  const digests = keys.map(digest);
  const realm = 'realm="tts-reader"';
  return (req, _res, next) => {
    const given = presentedKey(req.get('authorization') ?? '', options.browser ?? false);
    if (given !== undefined && digests.some((d) => timingSafeEqual(d, digest(given)))) return next();
    const challenge = options.browser ? `Basic ${realm}, charset="UTF-8"` : given === undefined ? `Bearer ${realm}` : `Bearer ${realm}, error="invalid_token"`;
    const message = given === undefined ? `missing "Authorization: ${options.browser ? 'Basic' : 'Bearer <key>'}" header` : 'the API key is not valid';
    next(new HttpError(401, 'unauthorized', message, undefined, undefined, { 'WWW-Authenticate': challenge }));
  };
}

/** The key in `Bearer <key>`, or (when Basic is allowed) the password of `Basic <base64 user:key>`. */
function presentedKey(header: string, basicAllowed: boolean): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = basicAllowed ? /^Basic\s+([A-Za-z0-9+/]+=*)\s*$/i.exec(header) : null;
  if (!basic) return undefined;
  const credentials = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = credentials.indexOf(':');
  return colon === -1 ? undefined : credentials.slice(colon + 1);
}
