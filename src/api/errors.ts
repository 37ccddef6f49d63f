import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { PageUnreadableError } from '../intake/url-intake.js';
import { OutboundError, type OutboundErrorCode } from '../net/outbound-error.js';
import {
  AppError,
  ArticleTooLargeError,
  DependencyUnavailableError,
  InvalidInputError,
  NothingToReadError,
  NotFoundError,
  RateLimitedError,
  StorageFullError,
} from '../errors.js';

/** An error with its HTTP status and a stable code, rendered as `{error: {code, message, field?}}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (field: string, message: string, extra?: Record<string, unknown>) => new HttpError(400, 'bad_request', message, field, extra);
export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);

/** Status of each reason a URL the client gave (article page, callback) was refused or failed: always 4xx. */
const OUTBOUND_STATUS: Record<OutboundErrorCode, number> = {
  invalid_url: 400,
  host_not_allowed: 400,
  address_refused: 400,
  unreachable: 422,
  timeout: 422,
  too_many_redirects: 422,
  bad_status: 422,
  too_large: 413,
  wrong_type: 415,
};

/**
 * A failed outbound request as the client's error: the URL field, a `url_…` code, the reason.
 * @example outboundHttpError(new OutboundError('address_refused', 'host 10.0.0.1 …'), 'url').status //=> 400
 */
export function outboundHttpError(error: OutboundError, field: string): HttpError {
  const code = error.code === 'invalid_url' ? 'invalid_url' : `url_${error.code}`;
  const extra = error.status ? { upstreamStatus: error.status } : undefined;
  return new HttpError(OUTBOUND_STATUS[error.code], code, `${field}: ${error.message}`, field, extra);
}

/** The service's named errors and the status each one answers with. */
const STATUS_OF: [new (...args: never[]) => AppError, number][] = [
  [NotFoundError, 404],
  [InvalidInputError, 400],
  [NothingToReadError, 422],
  [ArticleTooLargeError, 413],
  [RateLimitedError, 429],
  [StorageFullError, 507],
  [DependencyUnavailableError, 503],
];

/**
 * Errors raised by Express's router and body parser carry `status` and `expose` (from the
 * `http-errors` package); their `type` names what went wrong. Messages of our own replace
 * theirs so answers are stable and say which part of the request was wrong.
 */
const FRAMEWORK_ERRORS: Record<string, [string, string, string]> = {
  'entity.too.large': ['too_large', 'request body is larger than the limit', 'body'],
  'entity.parse.failed': ['invalid_json', 'request body is not valid JSON', 'body'],
  'entity.verify.failed': ['invalid_body', 'request body was rejected', 'body'],
  'encoding.unsupported': ['unsupported_encoding', 'request body encoding is not supported (use gzip, deflate, br or none)', 'body'],
  'charset.unsupported': ['unsupported_charset', 'request body charset is not supported; use UTF-8', 'body'],
  'request.size.invalid': ['invalid_body', 'request body is shorter or longer than its Content-Length', 'body'],
  'request.aborted': ['request_aborted', 'the request was aborted', 'body'],
  'stream.encoding.set': ['invalid_body', 'request body could not be read', 'body'],
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `no route for ${req.method} ${safePath(req.path)}`));
};

/** Turns anything thrown into the HTTP answer the API contract gives for it. */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof OutboundError) return outboundHttpError(error, 'url');
  if (error instanceof PageUnreadableError) return new HttpError(422, 'nothing_to_read', `url: ${error.message}`, 'url');
  if (error instanceof AppError) {
    const status = STATUS_OF.find(([cls]) => error instanceof cls)?.[1] ?? 400;
    const extra = error instanceof InvalidInputError ? error.details : undefined;
    const retryAfter = error instanceof DependencyUnavailableError || error instanceof RateLimitedError ? error.retryAfterSeconds : status === 507 ? 30 : undefined;
    return new HttpError(status, error.code, error.message, error.field, extra, retryAfter ? { 'Retry-After': String(retryAfter) } : undefined);
  }
  const framework = error as { status?: unknown; statusCode?: unknown; expose?: unknown; type?: unknown; message?: unknown };
  const status = Number(framework?.status ?? framework?.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    const known = typeof framework.type === 'string' ? FRAMEWORK_ERRORS[framework.type] : undefined;
    if (known) return new HttpError(status === 400 || status === 413 || status === 415 ? status : 400, known[0], known[1], known[2]);
    // The router's "Failed to decode param" (bad percent-encoding in the path) and the like.
    if (error instanceof URIError || /decode/i.test(String(framework.message))) return new HttpError(400, 'bad_path', 'the request path is not valid percent-encoded UTF-8', 'path');
    return new HttpError(status, 'bad_request', framework.expose ? String(framework.message).slice(0, 200) : 'the request is not valid');
  }
  return undefined;
}

/** The one error middleware: every failure becomes JSON with the right status; nothing crashes. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let httpError = toHttpError(error);
    if (!httpError) {
      logger.error({ err: error, method: req.method, path: safePath(req.path) }, 'request failed');
      httpError = new HttpError(500, 'internal', 'internal error');
    } else if (httpError.status >= 500) {
      logger.warn({ err: (error as Error)?.message, code: httpError.code, path: safePath(req.path) }, 'dependency failure');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, httpError);
  };
}

export function sendError(res: Response, error: HttpError): void {
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
  res.setHeader('Cache-Control', 'no-store');
  res.status(error.status).json({
    error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    ...error.extra,
  });
}

/** A request path fit for a log or a message: bounded, no control characters. */
function safePath(p: string): string {
  return p.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}
