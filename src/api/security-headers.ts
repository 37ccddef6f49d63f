import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';

/** A plain-Node middleware that only sets headers (helmet's). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The security headers of every answer: those of all answers, and HSTS for answers over TLS. */
export interface SecurityParts {
  common: NodeMiddleware;
  overTls: NodeMiddleware;
  isOverTls: (req: IncomingMessage) => boolean;
}

/**
 * Security headers of every answer (helmet); CSP is set per HTML page, HSTS only over TLS.
 * The parts are handed to the hot path, which records each once and sends them as lists.
 */
export function securityHeaders(trustProxy: string | number | boolean): { middleware: RequestHandler; parts: SecurityParts } {
  const common = helmet({
    contentSecurityPolicy: false,
    hsts: false,
    // Players on news sites load MP3s and manifests from this origin.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  const overTls = tlsTest(trustProxy);
  return {
    middleware: (req, res, next) => common(req, res, () => (overTls(req) ? hsts(req, res, next) : next())),
    parts: { common: common as unknown as NodeMiddleware, overTls: hsts as unknown as NodeMiddleware, isOverTls: overTls },
  };
}

/**
 * Did the client reach us over TLS? Express's `req.secure`, computed for plain Node requests
 * too (the hot path answers before Express): a TLS socket, or X-Forwarded-Proto: https from
 * a proxy TRUST_PROXY trusts. The trust rule is Express's own, compiled by an app of its own.
 */
function tlsTest(trustProxy: string | number | boolean): (req: IncomingMessage) => boolean {
  const trust = express().set('trust proxy', trustProxy).get('trust proxy fn') as (address: string | undefined, hop: number) => boolean;
  // The peer of a keep-alive connection does not change: its address is parsed once, not per request.
  const trustedPeer = new WeakMap<object, boolean>();
  return (req) => {
    const socket = req.socket;
    if ((socket as TLSSocket).encrypted) return true;
    let trusted = trustedPeer.get(socket);
    if (trusted === undefined) trustedPeer.set(socket, (trusted = trust(socket.remoteAddress, 0)));
    if (!trusted) return false;
    return String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https';
  };
}

/**
 * The security headers as `[name, value, …]` lists, for answers made elsewhere (the hot
 * path, nginx sending a verified file itself): those of every answer, and those over TLS.
 */
export function securityHeaderLists(): { plain: readonly string[]; tls: readonly string[] } {
  const { parts } = securityHeaders(false);
  const plain = recordHeaders(parts.common);
  return { plain, tls: [...plain, ...recordHeaders(parts.overTls)] };
}

/**
 * The headers a (synchronous, header-only) middleware such as helmet sets on an answer,
 * as `[name, value, …]`: run once against a recording response.
 */
export function recordHeaders(middleware: NodeMiddleware): readonly string[] {
  const headers = new Map<string, [string, string]>();
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), [name, String(value)]);
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader: (name: string) => headers.get(name.toLowerCase())?.[1],
    hasHeader: (name: string) => headers.has(name.toLowerCase()),
  };
  let called = false;
  middleware({ headers: {}, method: 'GET', url: '/' } as IncomingMessage, recorder as unknown as ServerResponse, () => (called = true));
  if (!called) throw new Error('the security middleware must set its headers synchronously');
  return [...headers.values()].flat();
}
