/**
 * Naver DataLab Shopping Insight (spec §9.2), with the Naver Search keys: a keyword's gender, age or
 * device split of shopping clicks within a category (`/category/keyword/{gender|age|device}`), and
 * up to three categories on one scale (`/categories`), legacy `openapi.naver.com/v1/datalab/shopping`
 * or API HUB `/shopping/v1` (only `/categories` is confirmed there; the others follow it). Its own
 * quota (the registry's budgets), refused before Naver would, through the DataLab gateway.
 */
import { z } from 'zod';
import { addDays, koreanDay } from '@aigenc/shared/domain';
import type { Clock } from '../../clock.ts';
import { budgetLimit } from '@aigenc/shared/providers';
import { malformedResponse } from '../http-client.ts';
import { DataLabGateway, type DataLabOptions } from './gateway.ts';
import { fill } from '../../messages.ts';
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

export class ShoppingInsightClient {
  private readonly gateway: DataLabGateway;
  private readonly now: Clock;

  constructor(options: DataLabOptions) {
    this.now = options.time.now;
    this.gateway = new DataLabGateway(options, {
      api: 'shopping-insight',
      base: { legacy: '/v1/datalab/shopping', apihub: '/shopping/v1' },
      quotaName: 'shopping-quota',
      limit: SHOPPING_QUOTA,
      quotaSpent: {
        legacy: (limit) => fill(DATALAB_MESSAGES.shoppingDailyQuota, { limit }),
        apihub: (limit) => fill(DATALAB_MESSAGES.shoppingLocalHubBudget, { limit }),
      },
    });
  }

  quotaRemaining(): { remaining: number; resetsAt: number } {
    return this.gateway.quotaRemaining();
  }

  /** Refuses, as a spent quota and before any call, a question needing more calls than are left. */
  assertRoom(calls: number): void {
    this.gateway.assertRoom(calls);
  }

  /**
   * The harmless read-only call that proves these keys have Shopping Insight: one top-level
   * category over last month.
   */
  async probe(): Promise<void> {
    const today = koreanDay(this.now());
    const first = `${today.slice(0, 7)}-01`;
    const startDate = addDays(first, -28).slice(0, 7) + '-01';
    await this.categories(['50000000'], { startDate, endDate: addDays(first, -1) });
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
    const body = { ...span, timeUnit: 'month', category, keyword };
    const answer = await this.gateway.post(`/category/keyword/${split}`, body, SplitAnswer);
    const sums = new Map<string, number>();
    for (const cell of answer.results[0]!.data) sums.set(cell.group, (sums.get(cell.group) ?? 0) + cell.ratio);
    const total = [...sums.values()].reduce((a, b) => a + b, 0);
    return new Map(total > 0 ? [...sums].map(([group, value]) => [group, value / total]) : []);
  }

  /** Up to three categories' monthly click ratios on one scale (the answer's largest is 100). */
  async categories(categories: readonly string[], span: ShoppingSpan): Promise<CategorySeries[]> {
    if (categories.length < 1 || categories.length > MAX_CATEGORIES) throw new RangeError('1 to 3 categories');
    const category = categories.map((id) => ({ name: id, param: [id] }));
    const answer = await this.gateway.post('/categories', { ...span, timeUnit: 'month', category }, CategoriesAnswer);
    if (answer.results.length !== categories.length) throw malformedResponse(PROVIDER);
    return answer.results;
  }
}
