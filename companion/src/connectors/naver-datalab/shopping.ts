/**
 * Naver DataLab Shopping Insight (spec §9.2), with the Naver Search keys: a keyword's gender, age or
 * device split of shopping clicks within a category (`/category/keyword/{gender|age|device}`), and
 * up to three categories on one scale (`/categories`), legacy `openapi.naver.com/v1/datalab/shopping`
 * or API HUB `/shopping/v1` (only `/categories` is confirmed there; the others follow it). Its own
 * quota, refused here before Naver would: 1,000 a day on Developers Center keys, and a budget of
 * our own (said as ours) on API HUB keys, which publish none.
 */
import { z } from 'zod';
import { UpstreamError } from '../../errors/index.ts';
import { fill, numberWords } from '../../messages.ts';
import type { StateStore } from '../../store/state.ts';
import { stateKey } from '../../store/state-keys.ts';
import type { Clock, Time } from '../../clock.ts';
import type { Egress } from '../egress.ts';
import { jsonValue, malformedResponse, upstreamRequest } from '../http-client.ts';
import { WindowBudget, accountTag, kstDay, kstMonth, type Pacer, type Pacers } from '../limits.ts';
import { HubRecord } from '../naver-search/hub-record.ts';
import { budgetLimit } from '@aigenc/shared/providers';
import { datalabError } from './errors.ts';
import { DATALAB_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

export const SHOPPING_QUOTA = {
  legacyPerDay: budgetLimit(PROVIDER, 'shopping-legacy'),
  apihubPerMonth: budgetLimit(PROVIDER, 'shopping-apihub'),
} as const;
export const MAX_CATEGORIES = 3;
/** Shopping Insight's age groups (not search trend's 1 to 11). */
export const SHOPPING_AGES = ['10', '20', '30', '40', '50', '60'] as const;
export type Split = 'gender' | 'age' | 'device';

const Cell = z.object({ period: z.string(), ratio: z.number().nonnegative() });
const SplitAnswer = z.object({
  results: z.array(z.object({ title: z.string(), data: z.array(Cell.extend({ group: z.string() })) })).length(1),
});
const CategoriesAnswer = z.object({
  results: z.array(z.object({ title: z.string(), category: z.array(z.string()), data: z.array(Cell) })),
});
export type CategorySeries = z.infer<typeof CategoriesAnswer>['results'][number];

export interface ShoppingSpan {
  startDate: string;
  endDate: string;
}

export interface ShoppingInsightOptions {
  origin: string;
  kind: 'legacy' | 'apihub';
  credentials: { clientId: string; clientSecret: string };
  dispatcher: Egress;
  state: StateStore;
  time: Time;
  pacers: Pacers;
  quota?: number;
}

export class ShoppingInsightClient {
  private readonly quota: WindowBudget;
  private readonly now: Clock;
  private readonly pacer: Pacer;
  private readonly hub: boolean;
  private readonly hubRecord: HubRecord;

  constructor(private readonly options: ShoppingInsightOptions) {
    this.now = options.time.now;
    this.hub = options.kind === 'apihub';
    this.hubRecord = new HubRecord(options.state, 'shopping-insight', options.credentials.clientId);
    this.pacer = options.pacers.for(`shopping|${options.origin}|${options.credentials.clientId}`, 110);
    this.quota = new WindowBudget(
      options.state,
      stateKey(PROVIDER, 'shopping-quota', accountTag(options.credentials.clientId)),
      options.quota ?? (this.hub ? SHOPPING_QUOTA.apihubPerMonth : SHOPPING_QUOTA.legacyPerDay),
      this.hub ? kstMonth : kstDay,
      this.now,
    );
  }

  quotaRemaining(): { remaining: number; resetsAt: number } {
    return this.quota.peek();
  }

  /**
   * Each group's share of the keyword's shopping clicks in the category over the span (gender
   * `f`/`m`, age `10`…`60`, device `pc`/`mo`), from one answer, so the shares compare; they sum to 1
   * (empty when the answer has no clicks).
   */
  async keywordSplit(
    split: Split,
    category: string,
    keyword: string,
    span: ShoppingSpan,
  ): Promise<Map<string, number>> {
    const answer = await this.call(
      `/category/keyword/${split}`,
      { ...span, timeUnit: 'month', category, keyword },
      SplitAnswer,
    );
    const sums = new Map<string, number>();
    for (const cell of answer.results[0]!.data) sums.set(cell.group, (sums.get(cell.group) ?? 0) + cell.ratio);
    const total = [...sums.values()].reduce((a, b) => a + b, 0);
    return new Map(total > 0 ? [...sums].map(([group, value]) => [group, value / total]) : []);
  }

  /** Up to three categories' monthly click ratios on one scale (the answer's largest is 100). */
  async categories(categories: readonly string[], span: ShoppingSpan): Promise<CategorySeries[]> {
    if (categories.length < 1 || categories.length > MAX_CATEGORIES) throw new RangeError('1 to 3 categories');
    const category = categories.map((id) => ({ name: id, param: [id] }));
    const answer = await this.call('/categories', { ...span, timeUnit: 'month', category }, CategoriesAnswer);
    if (answer.results.length !== categories.length) throw malformedResponse(PROVIDER);
    return answer.results;
  }

  private async call<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    const spent = this.quota.take();
    if (!spent.ok) {
      throw new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
        provider: PROVIDER,
        upstreamCode: 'LOCAL_QUOTA',
        retryAfterSeconds: Math.ceil(spent.retryAfterMs / 1000),
        detail: fill(this.hub ? DATALAB_MESSAGES.shoppingLocalHubBudget : DATALAB_MESSAGES.shoppingDailyQuota, {
          limit: numberWords(this.quota.limit),
        }),
      });
    }
    const { clientId, clientSecret } = this.options.credentials;
    const response = await this.pacer.run(() =>
      upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'POST',
        url: `${this.options.origin}${this.hub ? '/shopping/v1' : '/v1/datalab/shopping'}${path}`,
        headers: {
          ...(this.hub
            ? { 'x-ncp-apigw-api-key-id': clientId, 'x-ncp-apigw-api-key': clientSecret }
            : { 'x-naver-client-id': clientId, 'x-naver-client-secret': clientSecret }),
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
      }),
    );
    if (response.status !== 200) {
      const window = this.hub ? kstMonth(this.now()) : kstDay(this.now());
      throw datalabError(response, {
        hub: this.hub,
        secondsToReset: Math.ceil((window.resetsAt - this.now()) / 1000),
        worked: this.hub && this.hubRecord.worked(),
        api: 'shopping-insight',
      });
    }
    const parsed = schema.safeParse(jsonValue(response.text));
    if (!parsed.success) throw malformedResponse(PROVIDER);
    if (this.hub) this.hubRecord.markWorked();
    return parsed.data as z.infer<S>;
  }
}
