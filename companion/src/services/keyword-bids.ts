/**
 * What an ad on a keyword costs: Search Ad's average-position bids (PC positions 1 to 10, mobile
 * 1 to 5, the vendor's ranges), kept for a day. Two estimate calls per keyword (one per device),
 * on their own pace, sharing the account's 429 cooldown with the keyword tool. An answer where
 * every bid is 70, the vendor's floor, has twice been the vendor's failure signature (spec §8.1):
 * it is reported as the data being unavailable, never as a price, and not kept.
 */
import type { KeywordBidsResponse, PositionBid } from '@aigenc/shared/contract';
import { cleanKeyword, normalizeKeyword } from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { SearchAdClient } from '../connectors/naver-searchad/client.ts';
import { POSITIONS, averagePositionBids } from '../connectors/naver-searchad/estimates.ts';
import { PROVIDER as SEARCHAD } from '../connectors/naver-searchad/provider.ts';
import { UpstreamError } from '../errors/index.ts';
import type { TrendStore } from '../store/trend-store.ts';
import { SERVICE_MESSAGES } from './messages.ts';

/** The lowest bid Search Ad takes (KRW). */
export const FLOOR_BID = 70;

interface Bids {
  pc: PositionBid[];
  mobile: PositionBid[];
}

/** Every bid at the floor on both devices: the vendor's known failure, not a price. */
export function allAtFloor(bids: Bids): boolean {
  const every = [...bids.pc, ...bids.mobile];
  return every.length > 0 && every.every((b) => b.bid === FLOOR_BID);
}

export function bidsUnavailable(): UpstreamError {
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    provider: SEARCHAD,
    upstreamCode: 'ALL_BIDS_AT_FLOOR',
    detail: SERVICE_MESSAGES.bidsUnavailable,
  });
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
    // A day-old answer from before the PC range was 1 to 10 is asked again.
    if (kept && kept.value.pc.length === POSITIONS.PC.length)
      return { ...base, ...kept.value, fetchedAt: new Date(kept.fetchedAt).toISOString(), cached: true };
    const client = await this.deps.searchAd();
    const pc = await averagePositionBids(client, normalized, 'PC');
    const mobile = await averagePositionBids(client, normalized, 'MOBILE');
    if (allAtFloor({ pc, mobile })) throw bidsUnavailable();
    this.deps.store.putBids(normalized, { pc, mobile } satisfies Bids);
    return { ...base, pc, mobile, fetchedAt: new Date(this.deps.now()).toISOString(), cached: false };
  }
}
