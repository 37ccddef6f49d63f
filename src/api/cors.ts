import cors from 'cors';
import type { RequestHandler } from 'express';

/** Headers a cross-origin player must be able to read (seeking, caching). */
export const EXPOSED_HEADERS = ['Content-Range', 'Accept-Ranges', 'Content-Length', 'ETag'];

/** Is a browser origin allowed to use the public API (PLAYER_ORIGINS)? */
export function isOriginAllowed(origin: string | undefined, allowed: readonly string[] | '*'): boolean {
  return allowed === '*' || (origin !== undefined && allowed.includes(origin));
}

/** The CORS middleware of the public routes (preflight included). */
export function publicCors(allowed: readonly string[] | '*'): RequestHandler {
  const handler = cors({
    origin: allowed === '*' ? '*' : (origin, done) => done(null, isOriginAllowed(origin, allowed) ? origin : false),
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  if (allowed === '*') return handler;
  // With a list, every answer depends on Origin, refused ones too (cors adds no Vary for
  // those): a CDN must not hand the answer without CORS headers to an allowed site.
  return (req, res, next) => {
    res.vary('Origin');
    handler(req, res, next);
  };
}

/** What `publicCors` answers a simple GET from `origin` with, the origin-independent part computed once per allow-list. */
const CORS_FOR_ANY = ['Access-Control-Allow-Origin', '*', 'Access-Control-Expose-Headers', EXPOSED_HEADERS.join(',')];
const VARY_ORIGIN = ['Vary', 'Origin'];

/**
 * The same headers as `publicCors` for a simple GET, as a flat `[name, value, …]` list:
 * for the hot path, which answers cache hits before Express.
 * @example publicCorsHeaders(undefined, '*') //=> ['Access-Control-Allow-Origin', '*', 'Access-Control-Expose-Headers', 'Content-Range,Accept-Ranges,Content-Length,ETag']
 */
export function publicCorsHeaders(origin: string | undefined, allowed: readonly string[] | '*'): readonly string[] {
  if (allowed === '*') return CORS_FOR_ANY;
  if (!isOriginAllowed(origin, allowed)) return VARY_ORIGIN;
  return ['Vary', 'Origin', 'Access-Control-Allow-Origin', origin!, 'Access-Control-Expose-Headers', EXPOSED_HEADERS.join(',')];
}
