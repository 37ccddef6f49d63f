import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { OutboundError, OutboundErrorCode } from '../net/outbound-error.js';

/** An error with its HTTP status and a stable code, rendered as `{error: {code, message, field?}}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (field: string, message: string, extra?: Record<string, unknown>) =>
  new HttpError(400, 'bad_request', message, field, extra);
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

/** Maps body-parser's error types to the API's statuses. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.too.large': [413, 'too_large', 'request body is larger than the limit'],
  'entity.parse.failed': [400, 'invalid_json', 'request body is not valid JSON'],
  'encoding.unsupported': [415, 'unsupported_encoding', 'request body encoding is not supported'],
  'charset.unsupported': [415, 'unsupported_charset', 'request body charset is not supported; use UTF-8'],
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `no route for ${req.method} ${req.path}`));
};

/** The one error middleware: every failure becomes JSON with the right status; nothing crashes. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let httpError: HttpError;
    if (error instanceof HttpError) {
      httpError = error;
    } else if (typeof error?.type === 'string' && BODY_ERRORS[error.type]) {
      const [status, code, message] = BODY_ERRORS[error.type];
      httpError = new HttpError(status, code, message, 'body');
    } else {
      logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
      const unavailable =
        error?.name === 'MaxRetriesPerRequestError' || /ECONNREFUSED|Connection is closed|ETIMEDOUT/.test(String(error?.message));
      httpError = unavailable
        ? new HttpError(503, 'unavailable', 'a service the API depends on is unavailable; try again shortly')
        : new HttpError(500, 'internal', 'internal error');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res
      .status(httpError.status)
      .json({
        error: { code: httpError.code, message: httpError.message, ...(httpError.field ? { field: httpError.field } : {}) },
        ...httpError.extra,
      });
  };
}
