/**
 * Access tokens a connector obtains by OAuth and reuses until they expire, per key (origin, client,
 * type, account), with the fetches under way so two callers share one. The runtime creates one
 * for the process (handed to connectors through their context); a test creates its own.
 */
export interface CachedToken {
  token: string;
  issuedAt: number;
  expiresAt: number;
}

export class TokenCache {
  readonly tokens = new Map<string, CachedToken>();
  readonly inflight = new Map<string, Promise<CachedToken>>();
}
