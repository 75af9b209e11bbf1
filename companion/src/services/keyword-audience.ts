/**
 * Who clicks shopping results for a keyword (gender, age, device, within a Naver Shopping
 * category) and how categories move (up to three on one index scale), from DataLab's Shopping
 * Insight over whole Korean months. An audience costs three calls (one answer per dimension, so
 * each set of shares compares within itself), refused whole when fewer are left; a category trend
 * costs one. Both are kept a day, so a second look spends nothing.
 */
import type { KeywordAudienceResponse, ShoppingTrendsResponse } from '@aigenc/shared/contract/audience';
import { AGE_GROUPS } from '@aigenc/shared/contract/audience';
import {
  cleanKeyword,
  koreanDay,
  normalizeKeyword,
  shoppingPeriod,
  SHOPPING_TOP_CATEGORIES,
} from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { ShoppingInsightClient } from '../connectors/naver-datalab/shopping.ts';
import { CompanionError } from '../errors/index.ts';
import type { TrendStore } from '../store/trend-store.ts';
import { SERVICE_MESSAGES } from './messages.ts';

export interface KeywordAudienceDeps {
  shopping: () => Promise<ShoppingInsightClient>;
  /** Whether the Naver Search connection's Shopping Insight capability is on. */
  enabled: () => boolean;
  store: TrendStore;
  now: Clock;
}

type Audience = Omit<KeywordAudienceResponse, 'keyword' | 'fetchedAt' | 'cached'>;
type Trends = Omit<ShoppingTrendsResponse, 'fetchedAt' | 'cached'>;

/** Shares to four decimals (a hundredth of a percent), as the answer gives them. */
const share = (value: number | undefined) => Math.round((value ?? 0) * 10_000) / 10_000;

export class KeywordAudienceService {
  constructor(private readonly deps: KeywordAudienceDeps) {}

  /** The top-level categories, ours to list (Naver publishes none): no call. */
  categories(): { items: Array<{ id: string; name: string; en: string }> } {
    return { items: SHOPPING_TOP_CATEGORIES.map((c) => ({ id: c.id, name: c.name.ko, en: c.name.en })) };
  }

  private async client(calls: number): Promise<ShoppingInsightClient> {
    if (!this.deps.enabled()) {
      throw new CompanionError('CAPABILITY_DISABLED', { detail: SERVICE_MESSAGES.shoppingUnavailable });
    }
    const client = await this.deps.shopping();
    client.assertRoom(calls);
    return client;
  }

  async audience(keyword: string, category: string, months: number): Promise<KeywordAudienceResponse> {
    const normalized = normalizeKeyword(keyword);
    const period = shoppingPeriod(koreanDay(this.deps.now()), months);
    const question = `${category}|${period.from}|${period.to}`;
    const base = { keyword: cleanKeyword(keyword) };
    const kept = this.deps.store.answer<Audience>('audience', normalized, question);
    if (kept) return { ...base, ...kept.value, fetchedAt: new Date(kept.fetchedAt).toISOString(), cached: true };

    const client = await this.client(3);
    const span = { startDate: period.from, endDate: period.to };
    const gender = await client.keywordSplit('gender', category, normalized, span);
    const ages = await client.keywordSplit('age', category, normalized, span);
    const device = await client.keywordSplit('device', category, normalized, span);
    const value: Audience = {
      category,
      period,
      gender: gender.size ? { f: share(gender.get('f')), m: share(gender.get('m')) } : null,
      ages: ages.size ? AGE_GROUPS.map((group) => ({ group, share: share(ages.get(group)) })) : [],
      device: device.size ? { pc: share(device.get('pc')), mobile: share(device.get('mo')) } : null,
      source: 'shopping-insight',
    };
    this.deps.store.putAnswer('audience', normalized, question, value);
    return { ...base, ...value, fetchedAt: new Date(this.deps.now()).toISOString(), cached: false };
  }

  /** Each category's monthly click index, 100 the highest month of any of them. */
  async trends(categories: readonly string[], months: number): Promise<ShoppingTrendsResponse> {
    const period = shoppingPeriod(koreanDay(this.deps.now()), months);
    const key = categories.join(',');
    const question = `${period.from}|${period.to}`;
    const kept = this.deps.store.answer<Trends>('category-trend', key, question);
    if (kept) return { ...kept.value, fetchedAt: new Date(kept.fetchedAt).toISOString(), cached: true };

    const client = await this.client(1);
    const series = await client.categories(categories, { startDate: period.from, endDate: period.to });
    const top = Math.max(0, ...series.flatMap((s) => s.data.map((d) => d.ratio)));
    const value: Trends = {
      period,
      items: categories.map((category, i) => ({
        category,
        months: (series[i]?.data ?? []).map((d) => ({
          month: d.period.slice(0, 7),
          index: top > 0 ? Math.round((d.ratio / top) * 1000) / 10 : 0,
        })),
      })),
    };
    this.deps.store.putAnswer('category-trend', key, question, value);
    return { ...value, fetchedAt: new Date(this.deps.now()).toISOString(), cached: false };
  }
}
