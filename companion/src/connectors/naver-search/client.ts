/**
 * Naver Search document counts (`total` with display=1) for either key kind:
 * legacy Developers Center keys (openapi.naver.com) or NAVER API HUB keys (NCP gateway).
 * The 25,000-a-day quota is counted in SQLite and refused here before Naver refuses it.
 *
 *   const search = new NaverSearchClient({ origin, kind: 'legacy', credentials, dispatcher, state, time, pacers });
 *   await search.total('blog', '무선 이어폰'); // → 123456, or null for a retired type
 */
import type { Egress } from '../egress.ts';
import { z } from 'zod';
import { UpstreamError } from '../../errors/index.ts';
import type { StateStore } from '../../store/state.ts';
import { jsonValue, malformedResponse, upstreamRequest } from '../http-client.ts';
import type { Clock, Time } from '../../clock.ts';
import { WindowBudget, accountTag, kstDay, type Pacer, type Pacers } from '../limits.ts';
import { isRetiredType, searchError, vendorCodeOf } from './errors.ts';
import { HubRecord } from './hub-record.ts';
import { SEARCH_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';
import { stateKey } from '../../store/state-keys.ts';
import { budgetLimit } from '@aigenc/shared/providers';

export const SEARCH_TYPES = ['blog', 'cafearticle', 'webkr', 'news', 'kin', 'shop', 'book', 'doc'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The registry's budgets: calls a day (all types together), and the calls a second kept to. */
export const DAILY_QUOTA = budgetLimit(PROVIDER, 'search-calls');
/** 10% over the spacing the per-second budget gives (110 ms for 10 a second). */
const SEARCH_INTERVAL_MS = Math.round((1000 / budgetLimit(PROVIDER, 'search-per-second')) * 1.1);

/** Naver Developers keys, or NAVER API HUB keys (another host, another path). */
export type SearchKeyKind = 'legacy' | 'apihub';

export interface NaverSearchCredentials {
  clientId: string;
  clientSecret: string;
}

export interface NaverSearchOptions {
  origin: string;
  kind: SearchKeyKind;
  credentials: NaverSearchCredentials;
  dispatcher: Egress;
  state: StateStore;
  dailyQuota?: number;
  /** Minimum spacing between calls per client id (Naver limits calls per second). */
  intervalMs?: number;
  time: Time;
  pacers: Pacers;
}

const TotalSchema = z.object({ total: z.number().int().nonnegative() });

export class NaverSearchClient {
  private readonly quota: WindowBudget;
  private readonly now: Clock;
  private readonly pacer: Pacer;
  private readonly hubRecord: HubRecord;

  constructor(private readonly options: NaverSearchOptions) {
    this.now = options.time.now;
    this.hubRecord = new HubRecord(options.state, 'search', options.credentials.clientId);
    this.pacer = options.pacers.for(
      `search|${options.origin}|${options.credentials.clientId}`,
      options.intervalMs ?? SEARCH_INTERVAL_MS,
    );
    this.quota = new WindowBudget(
      options.state,
      stateKey(PROVIDER, 'quota', accountTag(options.credentials.clientId)),
      options.dailyQuota ?? DAILY_QUOTA,
      kstDay,
      this.now,
    );
  }

  quotaRemaining(): { remaining: number; resetsAt: number } {
    return this.quota.peek();
  }

  /**
   * The document count for a query, or null when the type is retired or out of reach for these
   * keys. A per-second 429 is retried once after a pause; everything else is reported.
   */
  async total(type: SearchType, query: string): Promise<number | null> {
    try {
      return await this.totalOnce(type, query);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.code !== 'UPSTREAM_RATE_LIMITED') throw error;
      this.pacer.delay(1000);
      return this.totalOnce(type, query);
    }
  }

  private async totalOnce(type: SearchType, query: string): Promise<number | null> {
    const spent = this.quota.take();
    if (!spent.ok) {
      throw new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
        provider: PROVIDER,
        upstreamCode: 'LOCAL_QUOTA',
        retryAfterSeconds: Math.ceil(spent.retryAfterMs / 1000),
        detail: SEARCH_MESSAGES.quota,
      });
    }
    const { clientId, clientSecret } = this.options.credentials;
    const params = new URLSearchParams({ query, display: '1', start: '1', sort: 'sim' });
    const legacy = this.options.kind === 'legacy';
    const response = await this.pacer.run(() =>
      upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'GET',
        url: legacy
          ? `${this.options.origin}/v1/search/${type}.json?${params.toString()}`
          : `${this.options.origin}/search/v1/${type}?${params.toString()}`,
        headers: legacy
          ? { 'x-naver-client-id': clientId, 'x-naver-client-secret': clientSecret, accept: 'application/json' }
          : { 'x-ncp-apigw-api-key-id': clientId, 'x-ncp-apigw-api-key': clientSecret, accept: 'application/json' },
      }),
    );
    if (response.status !== 200 || vendorCodeOf(response.text) !== null) {
      if (isRetiredType(response)) return null;
      const worked = !legacy && this.hubRecord.worked();
      throw searchError(response, Math.ceil((kstDay(this.now()).resetsAt - this.now()) / 1000), worked);
    }
    const parsed = TotalSchema.safeParse(jsonValue(response.text));
    if (!parsed.success) throw malformedResponse(PROVIDER);
    if (!legacy) this.hubRecord.markWorked();
    return parsed.data.total;
  }
}
