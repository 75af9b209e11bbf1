/**
 * What an ad on a keyword costs: Search Ad's average-position bids for positions 1 to 5 on PC and
 * on mobile, kept for a day. Two estimate calls per keyword (one per device), on their own pace,
 * sharing the account's 429 cooldown with the keyword tool.
 */
import type { KeywordBidsResponse, PositionBid } from '@aigenc/shared/contract';
import { cleanKeyword, normalizeKeyword } from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { SearchAdClient } from '../connectors/naver-searchad/client.ts';
import type { TrendStore } from '../store/trend-store.ts';

export const BID_POSITIONS = [1, 2, 3, 4, 5] as const;

interface Bids {
  pc: PositionBid[];
  mobile: PositionBid[];
}

export interface KeywordBidsDeps {
  searchAd: () => Promise<SearchAdClient>;
  store: TrendStore;
  now: Clock;
}

export class KeywordBidsService {
  constructor(private readonly deps: KeywordBidsDeps) {}

  async bids(keyword: string): Promise<KeywordBidsResponse> {
    const normalized = normalizeKeyword(keyword);
    const base = { keyword: cleanKeyword(keyword), normalizedKeyword: normalized };
    const kept = this.deps.store.bids<Bids>(normalized);
    if (kept) return { ...base, ...kept.value, fetchedAt: new Date(kept.fetchedAt).toISOString(), cached: true };
    const client = await this.deps.searchAd();
    const pc = await client.averagePositionBids(normalized, 'PC', BID_POSITIONS);
    const mobile = await client.averagePositionBids(normalized, 'MOBILE', BID_POSITIONS);
    this.deps.store.putBids(normalized, { pc, mobile } satisfies Bids);
    return { ...base, pc, mobile, fetchedAt: new Date(this.deps.now()).toISOString(), cached: false };
  }
}
