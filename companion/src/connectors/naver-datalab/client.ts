/**
 * Naver DataLab search trend (`POST /v1/datalab/search`, or `/search-trend/v1/search` on API HUB),
 * with the same keys as Naver Search. Answers ratios (the answer's largest value is 100). The quota
 * (1,000 a day on Naver Developers keys) is counted in SQLite and refused here before Naver
 * refuses it; API HUB publishes no number, so its keys get a budget of our own (50,000 a month),
 * said as ours, never as Naver's.
 *
 *   const datalab = new NaverDataLabClient({ origin, kind: 'legacy', credentials, dispatcher, state, time, pacers });
 *   const [series] = await datalab.search({ startDate: '2026-01-01', endDate: '2026-11-30', timeUnit: 'date',
 *     groups: [{ name: '캠핑의자', keywords: ['캠핑의자'] }], device: 'pc' });
 */
import type { Egress } from '../egress.ts';
import { z } from 'zod';
import { addDays, koreanDay } from '@aigenc/shared/domain';
import { UpstreamError } from '../../errors/index.ts';
import { fill, numberWords } from '../../messages.ts';
import type { StateStore } from '../../store/state.ts';
import type { Clock, Time } from '../../clock.ts';
import { jsonValue, malformedResponse, upstreamRequest } from '../http-client.ts';
import { WindowBudget, accountTag, kstDay, kstMonth, type Pacer, type Pacers } from '../limits.ts';
import { datalabError } from './errors.ts';
import { HubRecord } from '../naver-search/hub-record.ts';
import { DATALAB_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';
import { stateKey } from '../../store/state-keys.ts';
import { budgetLimit } from '@aigenc/shared/providers';

/** The registry's DataLab budgets: a day for Developers Center keys, a month (our own) for API HUB keys. */
export const DATALAB_QUOTA = {
  legacyPerDay: budgetLimit(PROVIDER, 'datalab-legacy'),
  apihubPerMonth: budgetLimit(PROVIDER, 'datalab-apihub'),
} as const;
export const MAX_GROUPS = 5;

export interface TrendQuery {
  startDate: string;
  endDate: string;
  timeUnit: 'date' | 'week' | 'month';
  groups: ReadonlyArray<{ name: string; keywords: readonly string[] }>;
  device?: 'pc' | 'mo';
}

const AnswerSchema = z.object({
  results: z.array(
    z.object({
      title: z.string(),
      keywords: z.array(z.string()),
      data: z.array(z.object({ period: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ratio: z.number().nonnegative() })),
    }),
  ),
});
export type TrendSeries = z.infer<typeof AnswerSchema>['results'][number];

export interface NaverDataLabOptions {
  origin: string;
  kind: 'legacy' | 'apihub';
  credentials: { clientId: string; clientSecret: string };
  dispatcher: Egress;
  state: StateStore;
  time: Time;
  pacers: Pacers;
  /** Smaller quotas in tests. */
  quota?: number;
}

export class NaverDataLabClient {
  private readonly quota: WindowBudget;
  private readonly now: Clock;
  private readonly pacer: Pacer;
  private readonly hub: boolean;
  private readonly hubRecord: HubRecord;

  constructor(private readonly options: NaverDataLabOptions) {
    this.now = options.time.now;
    this.hub = options.kind === 'apihub';
    this.hubRecord = new HubRecord(options.state, 'search-trend', options.credentials.clientId);
    this.pacer = options.pacers.for(`datalab|${options.origin}|${options.credentials.clientId}`, 110);
    this.quota = new WindowBudget(
      options.state,
      stateKey(PROVIDER, 'trend-quota', accountTag(options.credentials.clientId)),
      options.quota ?? (this.hub ? DATALAB_QUOTA.apihubPerMonth : DATALAB_QUOTA.legacyPerDay),
      this.hub ? kstMonth : kstDay,
      this.now,
    );
  }

  get source(): 'datalab-legacy' | 'datalab-apihub' {
    return this.hub ? 'datalab-apihub' : 'datalab-legacy';
  }

  quotaRemaining(): { remaining: number; resetsAt: number } {
    return this.quota.peek();
  }

  /** The harmless read-only call that proves these keys have the DataLab API: one keyword, one week. */
  async probe(): Promise<void> {
    const today = koreanDay(this.now());
    await this.search({
      startDate: addDays(today, -7),
      endDate: today,
      timeUnit: 'month',
      groups: [{ name: '네이버', keywords: ['네이버'] }],
    });
  }

  /** One DataLab answer: a series per group, ratios scaled within this answer only. */
  async search(query: TrendQuery): Promise<TrendSeries[]> {
    if (query.groups.length < 1 || query.groups.length > MAX_GROUPS) throw new RangeError('1 to 5 groups');
    const spent = this.quota.take();
    if (!spent.ok) {
      throw new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
        provider: PROVIDER,
        upstreamCode: 'LOCAL_QUOTA',
        retryAfterSeconds: Math.ceil(spent.retryAfterMs / 1000),
        detail: this.hub
          ? fill(DATALAB_MESSAGES.localHubBudget, { limit: numberWords(this.quota.limit) })
          : fill(DATALAB_MESSAGES.dailyQuota, { limit: numberWords(this.quota.limit) }),
      });
    }
    const { clientId, clientSecret } = this.options.credentials;
    const body = JSON.stringify({
      startDate: query.startDate,
      endDate: query.endDate,
      timeUnit: query.timeUnit,
      keywordGroups: query.groups.map((g) => ({ groupName: g.name, keywords: g.keywords })),
      ...(query.device ? { device: query.device } : {}),
    });
    const response = await this.pacer.run(() =>
      upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'POST',
        url: `${this.options.origin}${this.hub ? '/search-trend/v1/search' : '/v1/datalab/search'}`,
        headers: {
          ...(this.hub
            ? { 'x-ncp-apigw-api-key-id': clientId, 'x-ncp-apigw-api-key': clientSecret }
            : { 'x-naver-client-id': clientId, 'x-naver-client-secret': clientSecret }),
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body,
      }),
    );
    if (response.status !== 200) {
      const window = this.hub ? kstMonth(this.now()) : kstDay(this.now());
      throw datalabError(response, {
        hub: this.hub,
        secondsToReset: Math.ceil((window.resetsAt - this.now()) / 1000),
        worked: this.hub && this.hubRecord.worked(),
      });
    }
    const parsed = AnswerSchema.safeParse(jsonValue(response.text));
    if (!parsed.success || parsed.data.results.length !== query.groups.length) throw malformedResponse(PROVIDER);
    if (this.hub) this.hubRecord.markWorked();
    return parsed.data.results;
  }
}
