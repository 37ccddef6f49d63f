/**
 * The failures the service layers report, as named classes. Layers below the API throw
 * these; `api/errors.ts` maps each class to an HTTP status in one table, so no layer
 * classifies an error by matching its message.
 */

/** Thrown at startup when the environment is wrong; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Base of every expected failure: a stable code, a public message, maybe the field at fault. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}

export class ArticleNotFoundError extends NotFoundError {
  constructor(readonly articleId: string) {
    super(`article ${articleId}`);
  }
}

/** Some of the articles a request names do not exist (nothing was done). */
export class ArticlesNotFoundError extends NotFoundError {
  readonly field = 'articles';
  constructor(readonly missing: string[]) {
    super(`article${missing.length > 1 ? 's' : ''} ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  }
}

/** A request field is malformed or out of range. */
export class InvalidInputError extends AppError {
  constructor(field: string, message: string, readonly details?: Record<string, unknown>) {
    super('bad_request', message, field);
  }
}

/** The article has no letters or digits a voice could say. */
export class NothingToReadError extends AppError {
  constructor(message = 'the article has no readable text') {
    super('nothing_to_read', message, 'text');
  }
}

export class ArticleTooLargeError extends AppError {
  constructor(readonly chars: number, readonly limit: number) {
    super('too_large', `the article has ${chars} characters; the limit is ${limit}`, 'text');
  }
}

/** A dependency (the queue's Redis, the database, the object store) cannot be reached right now. */
export class DependencyUnavailableError extends AppError {
  constructor(
    readonly dependency: 'queue' | 'database' | 'storage',
    message: string,
    readonly retryAfterSeconds = 5,
    options?: { cause?: unknown },
  ) {
    super('unavailable', message, undefined, options);
  }
}

/** The disk or volume holding the service's data is full (ENOSPC, EDQUOT). */
export class StorageFullError extends AppError {
  constructor(options?: { cause?: unknown }) {
    super('insufficient_storage', 'the service has no storage space left; try again later', undefined, options);
  }
}

/** True for the errno codes of a full disk or an exhausted quota. */
export function isStorageFullErrno(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Rewraps a full-disk failure as `StorageFullError`; any other error is returned unchanged. */
export function classifyStorageError(error: unknown): unknown {
  return isStorageFullErrno(error) ? new StorageFullError({ cause: error }) : error;
}

/** A caller went over a rate limit. */
export class RateLimitedError extends AppError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super('rate_limited', message);
  }
}

/** The job cannot succeed as it is (article edited, deleted or unspeakable): retrying cannot help. */
export class ObsoleteJobError extends AppError {
  constructor(message: string) {
    super('obsolete', message);
  }
}

/** A stored file or object does not match what its manifest says it must be. */
export class CorruptAudioError extends AppError {
  constructor(readonly key: string, reason: string) {
    super('corrupt_audio', `audio ${key.slice(0, 12)}… is damaged: ${reason}`);
  }
}
