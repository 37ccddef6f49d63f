import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

/** PUT/POST bodies must be JSON: anything else is a 415 before any work is done. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json') && !req.is('application/*+json')) {
    return next(new HttpError(415, 'unsupported_media_type', 'send the body as application/json', 'body'));
  }
  next();
};
