import type { OutboundPolicy } from '../net/address-policy.js';
import type { SiteRules } from '../text/types.js';

/** Articles by URL: SSRF policy, limits, per-host extraction rules (FETCH_*, INTAKE_SITE_RULES). */
export interface FetchConfig {
  policy: OutboundPolicy;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  siteRules: Record<string, SiteRules>;
}
