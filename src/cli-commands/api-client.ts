/** The CLI talks to a running service over its HTTP API, like any CMS would. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The service's own words (its error message), without the request line. */
    readonly reason = message,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  /** JSON in, JSON out; a non-2xx answer throws `ApiError` with the server's message. */
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** The raw text of a GET (feeds). */
  text(path: string): Promise<string>;
}

/**
 * @example await createApiClient('http://localhost:8080', key).json('GET', '/v1/batches/123')
 */
export function createApiClient(api: string, key?: string): ApiClient {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const send = async (method: string, path: string, body?: unknown) => {
    try {
      return await fetch(new URL(path, api), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(`cannot reach the service at ${api}`, 0);
    }
  };
  const fail = async (method: string, path: string, res: Response) => {
    const json = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    const reason = json.error?.message ?? res.statusText;
    return new ApiError(`${method} ${path}: ${res.status} ${reason}`.trim(), res.status, reason);
  };
  return {
    async json(method, path, body) {
      const res = await send(method, path, body);
      if (!res.ok) throw await fail(method, path, res);
      return res.json();
    },
    async text(path) {
      const res = await send('GET', path);
      if (!res.ok) throw await fail('GET', path, res);
      return res.text();
    },
  };
}
