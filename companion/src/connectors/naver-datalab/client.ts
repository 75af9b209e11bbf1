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
import { z } from 'zod';
import { addDays, koreanDay } from '@aigenc/shared/domain';
import { budgetLimit } from '@aigenc/shared/providers';
import type { Clock } from '../../clock.ts';
import { malformedResponse } from '../http-client.ts';
import { DataLabGateway, type DataLabOptions } from './gateway.ts';
import { fill } from '../../messages.ts';
import { DATALAB_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

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

export type NaverDataLabOptions = DataLabOptions;

export class NaverDataLabClient {
  private readonly gateway: DataLabGateway;
  private readonly now: Clock;

  constructor(options: NaverDataLabOptions) {
    this.now = options.time.now;
    this.gateway = new DataLabGateway(options, {
      api: 'search-trend',
      base: { legacy: '/v1/datalab/search', apihub: '/search-trend/v1/search' },
      quotaName: 'trend-quota',
      limit: DATALAB_QUOTA,
      quotaSpent: {
        legacy: (limit) => fill(DATALAB_MESSAGES.dailyQuota, { limit }),
        apihub: (limit) => fill(DATALAB_MESSAGES.localHubBudget, { limit }),
      },
    });
  }

  get source(): 'datalab-legacy' | 'datalab-apihub' {
    return this.gateway.hub ? 'datalab-apihub' : 'datalab-legacy';
  }

  quotaRemaining(): { remaining: number; resetsAt: number } {
    return this.gateway.quotaRemaining();
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
    const answer = await this.gateway.post(
      '',
      {
        startDate: query.startDate,
        endDate: query.endDate,
        timeUnit: query.timeUnit,
        keywordGroups: query.groups.map((g) => ({ groupName: g.name, keywords: g.keywords })),
        ...(query.device ? { device: query.device } : {}),
      },
      AnswerSchema,
    );
    if (answer.results.length !== query.groups.length) throw malformedResponse(PROVIDER);
    return answer.results;
  }
}
