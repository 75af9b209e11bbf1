/**
 * Naver Commerce, read-only: the OAuth2 client-credentials token and the order change feed.
 *
 * - Token: form body (never the query string), `type=SELF` without account_id, `SELLER` with it;
 *   one token per (client, type, account), reused for 2 h 30 min, fetched single-flight.
 * - Calls: paced by the rate the gateway states in its `GNCP-GW-RateLimit-*` headers (until the
 *   first answer, two a second); with none left in the bucket the next call waits a refill; on
 *   `401 GW.AUTHN` a new token and exactly one retry.
 * - The change feed is walked in windows of at most 24 h, following `moreSequence`.
 */
import type { Egress } from '../egress.ts';
import { z } from 'zod';
import { jsonValue, malformedResponse, upstreamRequest, type UpstreamResponse } from '../http-client.ts';
import type { Clock, Time } from '../../clock.ts';
import { spacingFor, type Pacer, type Pacers } from '../limits.ts';
import { commerceError, gatewayBody } from './errors.ts';
import { signCommerce } from './sign.ts';
import type { TokenCache, CachedToken } from '../token-cache.ts';
import { koreanIso } from '@aigenc/shared/domain';
import { PROVIDER } from './provider.ts';
import { budgetLimit } from '@aigenc/shared/providers';

export const TOKEN_PATH = '/external/v1/oauth2/token';
export const CHANGES_PATH = '/external/v1/pay-order/seller/product-orders/last-changed-statuses';
export const TOKEN_REUSE_MS = 150 * 60_000;
export const MAX_WINDOW_MS = 24 * 3_600_000;
export const PAGE_LIMIT = 300;

export interface CommerceCredentials {
  clientId: string;
  clientSecret: string;
  accountId?: string;
}

/** How much longer the next call waits after the gateway said "too many requests". */
const RATE_LIMIT_PAUSE_MS = 1_000;

export interface CommerceOptions {
  origin: string;
  credentials: CommerceCredentials;
  dispatcher: Egress;
  intervalMs?: number;
  /** The process's token cache: one token per (client, type, account), shared by every client. */
  tokens: TokenCache;
  time: Time;
  pacers: Pacers;
}

const TokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  token_type: z.string().optional(),
});

export const ChangeSchema = z.object({
  orderId: z.string(),
  productOrderId: z.string(),
  lastChangedType: z.string(),
  lastChangedDate: z.string(),
  productOrderStatus: z.string().optional(),
  receiverAddressChanged: z.boolean().optional(),
  paymentDate: z.string().optional(),
  claimType: z.string().optional(),
  claimStatus: z.string().optional(),
});
export type OrderChange = z.infer<typeof ChangeSchema>;

const ChangesPageSchema = z.object({
  data: z
    .object({
      lastChangeStatuses: z.array(ChangeSchema).default([]),
      count: z.number().optional(),
      more: z.object({ moreFrom: z.string(), moreSequence: z.string() }).optional(),
    })
    .optional(),
});

const COMMERCE_INTERVAL_MS = spacingFor(1000 / budgetLimit(PROVIDER, 'calls-per-second'));

/** Formats epoch ms as the ISO date-time with +09:00 the feed expects. */
export const kstIso = koreanIso;

export class CommerceClient {
  private readonly now: Clock;
  private readonly pacer: Pacer;
  private readonly key: string;
  private readonly cache: TokenCache;

  constructor(private readonly options: CommerceOptions) {
    this.now = options.time.now;
    this.cache = options.tokens;
    const { clientId, accountId } = options.credentials;
    this.key = `${options.origin}|${clientId}|${accountId ? 'SELLER' : 'SELF'}|${accountId ?? ''}`;
    // The registry's calls a second per application, kept with a margin for arrival jitter.
    this.pacer = options.pacers.for(`commerce|${this.key}`, options.intervalMs ?? COMMERCE_INTERVAL_MS);
  }

  /** Issues (or reuses) a token; throws UpstreamError with the vendor's reason otherwise. */
  async token(): Promise<string> {
    const cached = this.cache.tokens.get(this.key);
    if (cached && this.now() - cached.issuedAt < TOKEN_REUSE_MS && cached.expiresAt - this.now() > 60_000) {
      return cached.token;
    }
    let pending = this.cache.inflight.get(this.key);
    if (!pending) {
      pending = this.issueToken().finally(() => this.cache.inflight.delete(this.key));
      this.cache.inflight.set(this.key, pending);
    }
    return (await pending).token;
  }

  /** The cache key of this client's token: (origin, client, type, account). */
  get tokenKey(): string {
    return this.key;
  }

  /** Drops the cached token, so the next call issues a fresh one. */
  forgetToken(): void {
    this.cache.tokens.delete(this.key);
  }

  private async issueToken(): Promise<CachedToken> {
    const { clientId, clientSecret, accountId } = this.options.credentials;
    const timestamp = this.now();
    const form = new URLSearchParams({
      client_id: clientId,
      timestamp: String(timestamp),
      client_secret_sign: signCommerce(clientId, clientSecret, timestamp),
      grant_type: 'client_credentials',
      type: accountId ? 'SELLER' : 'SELF',
    });
    if (accountId) form.set('account_id', accountId);
    const response = await this.pacer.run(() =>
      upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'POST',
        url: `${this.options.origin}${TOKEN_PATH}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
      }),
    );
    if (response.status !== 200) throw commerceError(response, 'token');
    const parsed = TokenSchema.safeParse(jsonValue(response.text));
    if (!parsed.success) throw malformedResponse(PROVIDER);
    const issued = {
      token: parsed.data.access_token,
      issuedAt: this.now(),
      expiresAt: this.now() + parsed.data.expires_in * 1000,
    };
    this.cache.tokens.set(this.key, issued);
    return issued;
  }

  private get(path: string, query: URLSearchParams): Promise<UpstreamResponse> {
    return this.call('GET', path, { query });
  }

  /**
   * A signed-in call. The two refusals the gateway answers before the API sees the request are
   * tried again, once: 401 GW.AUTHN with a fresh token, and a rate limit after a second's pause
   * (so a write is never sent twice: anything else, a timeout included, is the caller's to read
   * back before trying again). Any answer but 200/204 becomes an UpstreamError in the seller's words.
   */
  async call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    path: string,
    options: { query?: URLSearchParams; body?: unknown } = {},
  ): Promise<UpstreamResponse> {
    const query = options.query?.toString();
    const attempt = async () => {
      const token = await this.token();
      const answer = await this.pacer.run(() =>
        upstreamRequest(this.options.dispatcher, {
          provider: PROVIDER,
          method,
          url: `${this.options.origin}${path}${query ? `?${query}` : ''}`,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        }),
      );
      this.followRateHeaders(answer);
      return answer;
    };
    let response = await attempt();
    if (response.status === 401 && gatewayBody(response).code === 'GW.AUTHN') {
      this.forgetToken();
      response = await attempt();
    } else if (response.status === 429 && gatewayBody(response).code !== 'GW.QUOTA_LIMIT') {
      this.pacer.delay(RATE_LIMIT_PAUSE_MS);
      response = await attempt();
    }
    if (response.status !== 200 && response.status !== 204) throw commerceError(response, 'call');
    return response;
  }

  /**
   * The gateway's token bucket, as its headers state it (spec §7.6): calls are spaced for its
   * replenish rate (with the margin for arrival jitter), and when the bucket is empty the next call
   * waits one refill. Values are not published and vary by API: the answer is the source.
   */
  private followRateHeaders(response: UpstreamResponse): void {
    const rate = Number(response.headers['gncp-gw-ratelimit-replenish-rate']);
    if (!Number.isFinite(rate) || rate <= 0) return;
    const spacing = spacingFor(Math.ceil(1000 / rate));
    if (this.pacer.interval !== spacing) this.pacer.retune(spacing);
    const remaining = Number(response.headers['gncp-gw-ratelimit-remaining']);
    if (Number.isFinite(remaining) && remaining < 1) this.pacer.delay(spacing);
  }

  /**
   * Every order change between `from` and `to` (epoch ms), walked in windows of at most 24 h and
   * pages of at most 300. `onPage` sees each page as it arrives (for progress and masking).
   */
  async walkChanges(from: number, to: number, onPage?: (changes: OrderChange[]) => void): Promise<OrderChange[]> {
    if (!(to > from)) throw new RangeError('the window must end after it starts');
    const all: OrderChange[] = [];
    for (let start = from; start < to; start += MAX_WINDOW_MS) {
      const end = Math.min(start + MAX_WINDOW_MS, to);
      let cursor: { from: string; sequence?: string } = { from: kstIso(start) };
      for (let page = 0; page < 1000; page++) {
        const query = new URLSearchParams({
          lastChangedFrom: cursor.from,
          lastChangedTo: kstIso(end),
          limitCount: String(PAGE_LIMIT),
        });
        if (cursor.sequence) query.set('moreSequence', cursor.sequence);
        const response = await this.get(CHANGES_PATH, query);
        const parsed = ChangesPageSchema.safeParse(jsonValue(response.text));
        if (!parsed.success) throw malformedResponse(PROVIDER);
        const changes = parsed.data.data?.lastChangeStatuses ?? [];
        all.push(...changes);
        onPage?.(changes);
        const more = parsed.data.data?.more;
        if (!more) break;
        cursor = { from: more.moreFrom, sequence: more.moreSequence };
      }
    }
    return all;
  }
}
