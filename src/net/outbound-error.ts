/** Why an outbound request (article page, webhook) did not go or did not succeed. */
export type OutboundErrorCode =
  /** Not an http(s) URL, or one with credentials. */
  | 'invalid_url'
  /** The host is not in the configured allowlist. */
  | 'host_not_allowed'
  /** The host resolves to (or is) an address the rules refuse: loopback, private, metadata… */
  | 'address_refused'
  /** DNS failed or the connection was refused or reset. */
  | 'unreachable'
  /** The whole request took longer than its time limit. */
  | 'timeout'
  /** More redirects than allowed, or a redirect without a location. */
  | 'too_many_redirects'
  /** The response body is larger than the size limit. */
  | 'too_large'
  /** The server answered with a status other than 2xx. */
  | 'bad_status'
  /** The response is not of the expected type (e.g. not HTML). */
  | 'wrong_type';

/**
 * An outbound request that was refused or failed. The message is safe to show a client:
 * it names the URL's host and the reason, never a server path or a stack.
 */
export class OutboundError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    message: string,
    /** The remote status, for `bad_status`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}

/** The refusal travels through undici's connect callback with this code, so it can be told apart from network faults. */
export const REFUSED_CODE = 'ERR_TTS_ADDRESS_REFUSED';

export class AddressRefusedError extends Error {
  readonly code = REFUSED_CODE;
  constructor(message: string) {
    super(message);
    this.name = 'AddressRefusedError';
  }
}
