/**
 * The one place the fetch-based providers (Zalo, Viettel, FPT) touch the network: a request
 * with a per-request timeout tied to the caller's signal, failures named as `ProviderError`s,
 * and polling of a "file will appear here" URL.
 */
import { errorFromException, errorFromStatus, extractProviderMessage } from './http-errors.js';
import { ProviderError } from './provider.js';
import { sleepFor } from './retry.js';

export interface HttpCallOptions {
  provider: string;
  timeoutMs: number;
  /** The job's signal: aborting it cancels the request at once. */
  signal?: AbortSignal;
}

/** A 2xx reply, read in full. */
export interface HttpReply {
  status: number;
  headers: Headers;
  body: Buffer;
}

/**
 * Sends one request and reads the whole body. Non-2xx replies throw a classified
 * `ProviderError` carrying the provider's message and `Retry-After`.
 */
export async function requestBytes(url: string, init: RequestInit, options: HttpCallOptions): Promise<HttpReply> {
  const reply = await fetchFully(url, init, options);
  if (reply.status < 200 || reply.status > 299) {
    const message = extractProviderMessage(reply.body.toString('utf8'));
    throw errorFromStatus(options.provider, reply.status, message, reply.headers.get('retry-after'));
  }
  return reply;
}

/** Like `requestBytes` but parses a JSON body; a non-JSON 2xx reply is a retryable fault. */
export async function requestJson<T>(url: string, init: RequestInit, options: HttpCallOptions): Promise<T> {
  const reply = await requestBytes(url, init, options);
  try {
    return JSON.parse(reply.body.toString('utf8')) as T;
  } catch (error) {
    const snippet = extractProviderMessage(reply.body.toString('utf8')).slice(0, 120);
    throw new ProviderError(`${options.provider}: reply is not JSON: "${snippet}"`, 'retryable', {
      provider: options.provider,
      status: reply.status,
      cause: error,
    });
  }
}

export interface PollOptions extends HttpCallOptions {
  /** Wait between two looks at the URL. */
  intervalMs: number;
  /** Give up (retryably) when the file is still missing after this long. */
  maxWaitMs: number;
}

/**
 * Downloads a file that the provider writes asynchronously: 404 or an empty 200 mean
 * "not there yet" and are polled again until `maxWaitMs`; other errors fail at once.
 */
export async function pollForFile(url: string, options: PollOptions): Promise<Buffer> {
  const deadline = Date.now() + options.maxWaitMs;
  for (;;) {
    const reply = await fetchFully(url, { method: 'GET' }, options);
    if (reply.status >= 200 && reply.status <= 299 && reply.body.length > 0) return reply.body;
    const notReady = reply.status === 404 || (reply.status >= 200 && reply.status <= 299);
    if (!notReady) {
      const message = extractProviderMessage(reply.body.toString('utf8'));
      throw errorFromStatus(options.provider, reply.status, message, reply.headers.get('retry-after'));
    }
    if (Date.now() + options.intervalMs > deadline) {
      throw new ProviderError(
        `${options.provider}: audio file not ready after ${Math.round(options.maxWaitMs / 1000)} s at ${url}`,
        'retryable',
        { provider: options.provider, status: reply.status },
      );
    }
    await sleepFor(options.intervalMs, options.signal).catch((error: unknown) => {
      throw errorFromException(options.provider, error, options.signal);
    });
  }
}

async function fetchFully(url: string, init: RequestInit, options: HttpCallOptions): Promise<HttpReply> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { ...init, signal });
    // The body read is inside the try: a timeout or reset mid-body is the same fault.
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    throw errorFromException(options.provider, error, options.signal);
  }
}
