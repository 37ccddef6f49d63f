/**
 * The one HTTP client for requests the service makes on a client's behalf (article pages
 * by URL, webhook deliveries), with the SSRF rules of `address-policy.ts` enforced where
 * they cannot be dodged: on the address each socket is connected to.
 *
 * Why undici with a custom connector rather than an SSRF-filtering agent package
 * (`request-filtering-agent`, `ssrf-req-filter`): those are `http.Agent`s for Node's
 * `http` module and check addresses in a DNS lookup hook only, so an IP-literal host
 * (which skips the lookup) or a second resolution by another layer can slip past; they are
 * also far less used and maintained than undici, which Node's own `fetch` is built on and
 * which is already in the tree (through cheerio). Here the lookup that `net.connect` uses
 * refuses bad answers before a packet is sent, and the connected socket's `remoteAddress`
 * is checked again before a byte of the request is written: the address checked is the
 * address used, so DNS rebinding between a check and the connect cannot happen. Redirects
 * are followed by the caller one hop at a time, each hop through this client (so each new
 * connection is checked again). Range tables come from `ipaddr.js`.
 */
import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent, buildConnector, request, type Dispatcher } from 'undici';
import { canonicalHost, checkTargetUrl, refusalReason, type OutboundPolicy } from './address-policy.js';
import { AddressRefusedError, OutboundError, REFUSED_CODE } from './outbound-error.js';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type LookupFunction = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

export interface OutboundClientOptions {
  policy: OutboundPolicy;
  /** Time to establish a connection (TCP + TLS). */
  connectTimeoutMs?: number;
  /** Test seam: the resolver `net.connect` uses (defaults to `dns.lookup`, as Node does). */
  lookup?: LookupFunction;
}

export interface OutboundRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Ends the request (connect, headers and body) when it fires. */
  signal: AbortSignal;
}

export interface OutboundClient {
  /** Sends one request (no redirects are followed). Throws `OutboundError`. */
  send(url: string | URL, init: OutboundRequest): Promise<Dispatcher.ResponseData>;
  readonly policy: OutboundPolicy;
  close(): Promise<void>;
}

/**
 * Creates the client. One per process and policy: it keeps connections alive.
 * @example
 * const client = createOutboundClient({ policy: { allowedHosts: [], privateHosts: [] } });
 * await client.send('http://127.0.0.1/', { method: 'GET', signal: AbortSignal.timeout(5000) })
 * // rejects: OutboundError('address_refused', 'host 127.0.0.1 resolves to a loopback address (127.0.0.1)')
 */
export function createOutboundClient(options: OutboundClientOptions): OutboundClient {
  const { policy } = options;
  const agent = createGuardedAgent(options);
  return {
    policy,
    async send(target, init) {
      const url = checkTargetUrl(String(target), policy);
      try {
        return await request(url, { dispatcher: agent, method: init.method, headers: init.headers, body: init.body, signal: init.signal });
      } catch (error) {
        throw toOutboundError(error, url.hostname, init.signal);
      }
    },
    close: () => agent.close(),
  };
}

/**
 * The undici dispatcher underneath: every new connection resolves through the guarded
 * lookup and has its connected address checked. Exported for tests of that last check.
 */
export function createGuardedAgent(options: OutboundClientOptions): Agent {
  const { policy } = options;
  const connector = buildConnector({ timeout: options.connectTimeoutMs ?? 10_000, lookup: guardLookup(options.lookup ?? dns.lookup, policy) });
  return new Agent({
    connect(connectOptions, callback) {
      connector(connectOptions, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error('no socket'), null);
        // Belt and braces: IP-literal hosts skip the lookup, and this is the address in use.
        const reason = refusalReason(connectOptions.hostname, socket.remoteAddress ?? 'unknown', policy);
        if (reason) {
          socket.destroy();
          return callback(new AddressRefusedError(`host ${canonicalHost(connectOptions.hostname)} ${reason}`), null);
        }
        callback(null, socket);
      });
    },
  });
}

/** Resolves as Node would, then refuses the host if any of its addresses is refused. */
function guardLookup(lookup: LookupFunction, policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      for (const { address } of list) {
        const reason = refusalReason(hostname, address, policy);
        // One bad answer refuses the host: a mixed answer is how rebinding attacks start.
        if (reason) return callback(new AddressRefusedError(`host ${canonicalHost(hostname)} ${reason}`), '');
      }
      if (list.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Maps undici's and the resolver's errors to the few reasons a client is told. */
export function toOutboundError(error: unknown, host: string, signal?: AbortSignal): OutboundError {
  if (error instanceof OutboundError) return error;
  const err = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err?.code ?? err?.cause?.code;
  if (code === REFUSED_CODE) return new OutboundError('address_refused', err.message);
  if (signal?.aborted || err?.name === 'AbortError' || err?.name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new OutboundError('timeout', `host ${canonicalHost(host)} did not answer in time`);
  }
  const detail = code && /^[A-Z_]+$/.test(code) ? ` (${code})` : '';
  return new OutboundError('unreachable', `could not reach host ${canonicalHost(host)}${detail}`);
}
