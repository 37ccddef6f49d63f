import { AppError, DependencyUnavailableError, ObsoleteJobError, StorageFullError, classifyStorageError } from '../errors.js';
import { JobFailure, type SynthesisProcessor } from '../queue/synthesis-queue.js';
import { ProviderError } from '../tts/provider.js';
import { synthesizeArticle, type SynthesizeArticleDeps } from './synthesize-article.js';

/** The pino subset used here. */
export interface ProcessorLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/**
 * The synthesis job as the queue runs it: `synthesizeArticle`, with every failure logged in
 * full and reported to the queue as a short public reason and a retry decision.
 */
export function createSynthesisProcessor(deps: SynthesizeArticleDeps, logger: ProcessorLogger): SynthesisProcessor {
  return async (job) => {
    const started = Date.now();
    try {
      const result = await synthesizeArticle({ data: job.data, reportProgress: job.reportProgress, signal: job.signal }, deps);
      logger.info({ jobId: job.id, articleId: job.data.articleId, voice: job.data.voice, ms: Date.now() - started, ...result }, 'audio ready');
      return result;
    } catch (error) {
      if (job.signal?.aborted) {
        // Stopped by a shutdown that ran out of drain time: the job goes back to the queue, not a failure.
        logger.info({ jobId: job.id, articleId: job.data.articleId, voice: job.data.voice }, 'synthesis stopped by the shutdown');
        throw error;
      }
      const failure = toJobFailure(classifyStorageError(error));
      logger.warn(
        { jobId: job.id, articleId: job.data.articleId, voice: job.data.voice, attempt: job.attemptsMade + 1, retryable: failure.retryable, err: error },
        `synthesis failed: ${failure.message}`,
      );
      throw failure;
    }
  };
}

/**
 * What a listener or editor may read about a failure: never a server path or a tool's
 * output (ffmpeg's stderr, stack traces); those stay in the log.
 * @example toJobFailure(new ProviderError('zalo: HTTP 401: invalid api key', 'permanent', { provider: 'zalo' })).message //=> 'zalo: HTTP 401: invalid api key'
 */
export function toJobFailure(error: unknown): JobFailure {
  if (error instanceof JobFailure) return error;
  if (error instanceof ObsoleteJobError) return new JobFailure(error.message, false, { cause: error });
  if (error instanceof StorageFullError || error instanceof DependencyUnavailableError) return new JobFailure(error.message, true, { cause: error });
  if (error instanceof AppError) return new JobFailure(error.message, false, { cause: error });
  if (error instanceof ProviderError) return new JobFailure(publicProviderMessage(error), error.retryable, { cause: error });
  return new JobFailure('audio generation failed (the encoder or the server had a problem; it is retried)', true, { cause: error });
}

/** A provider's message without URLs or paths, and short. */
function publicProviderMessage(error: ProviderError): string {
  const text = error.message
    .replace(/https?:\/\/\S+/g, '<url>')
    .replace(/(?:\/[\w.-]+){2,}/g, '<path>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
