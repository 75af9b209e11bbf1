/**
 * What a bid would have bought: Search Ad's performance estimate (impressions, clicks and cost over
 * the vendor's last 28 days) for the bids a person names, or for a ladder around the keyword's own
 * position bids, with the median and exposure-minimum bids of each surface. Kept a day per
 * keyword, device and bids; every call paced on the estimate lane and sharing the account's 429
 * cooldown.
 */
import type { EstimateDevice, KeywordEstimateResponse } from '@aigenc/shared/contract';
import { MAX_ESTIMATE_BIDS } from '@aigenc/shared/contract';
import { cleanKeyword, normalizeKeyword } from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { SearchAdClient } from '../connectors/naver-searchad/client.ts';
import { performance, windowBid, type SearchAdDevice } from '../connectors/naver-searchad/estimates.ts';
import type { TrendStore } from '../store/trend-store.ts';
import type { KeywordBidsService } from './keyword-bids.ts';

const SURFACES: Record<EstimateDevice, readonly SearchAdDevice[]> = {
  pc: ['PC'],
  mobile: ['MOBILE'],
  both: ['PC', 'MOBILE'],
};
const VENDOR_DEVICE = { pc: 'PC', mobile: 'MOBILE', both: 'BOTH' } as const;
/** Ladder rungs a default estimate takes from the position bids. */
const LADDER = 8;

type Kept = Omit<KeywordEstimateResponse, 'keyword' | 'fetchedAt' | 'cached'>;

export interface KeywordEstimateDeps {
  searchAd: () => Promise<SearchAdClient>;
  bids: Pick<KeywordBidsService, 'bids'>;
  store: TrendStore;
  now: Clock;
}

/**
 * Bids to try when none are named: the window bids (median, exposure-minimum) always, and the
 * surfaces' position bids thinned evenly (the ends kept) to fill eight, each once, in order.
 */
export function ladder(positions: readonly number[], anchors: readonly (number | null)[]): number[] {
  const unique = (list: readonly (number | null)[]) =>
    [...new Set(list.filter((b): b is number => b !== null && b >= 70))].sort((a, b) => a - b);
  const kept = unique(anchors);
  const rest = unique(positions).filter((b) => !kept.includes(b));
  const room = Math.max(0, LADDER - kept.length);
  const picked =
    rest.length <= room
      ? rest
      : room <= 1
        ? rest.slice(0, room)
        : Array.from({ length: room }, (_, i) => rest[Math.round((i * (rest.length - 1)) / (room - 1))]!);
  return unique([...kept, ...picked]);
}

export class KeywordEstimateService {
  constructor(private readonly deps: KeywordEstimateDeps) {}

  async estimate(keyword: string, device: EstimateDevice, named?: readonly number[]): Promise<KeywordEstimateResponse> {
    const normalized = normalizeKeyword(keyword);
    const question = `${device}|${named ? [...named].sort((a, b) => a - b).join(',') : 'ladder'}`;
    const base = { keyword: cleanKeyword(keyword) };
    const kept = this.deps.store.answer<Kept>('estimate', normalized, question);
    if (kept) return { ...base, ...kept.value, fetchedAt: new Date(kept.fetchedAt).toISOString(), cached: true };

    const client = await this.deps.searchAd();
    const surfaces: KeywordEstimateResponse['surfaces'] = {};
    for (const surface of SURFACES[device]) {
      const medianBid = await windowBid(client, 'median', normalized, surface);
      const exposureMinimumBid = await windowBid(client, 'exposure-minimum', normalized, surface);
      surfaces[surface === 'PC' ? 'pc' : 'mobile'] = { medianBid, exposureMinimumBid };
    }
    let bids = named ? [...named] : null;
    if (!bids) {
      const positions = await this.deps.bids.bids(keyword);
      const own = SURFACES[device].flatMap((s) => (s === 'PC' ? positions.pc : positions.mobile).map((p) => p.bid));
      const windows = Object.values(surfaces).flatMap((w) => (w ? [w.medianBid, w.exposureMinimumBid] : []));
      bids = ladder(own, windows).slice(0, MAX_ESTIMATE_BIDS);
    }
    const items = bids.length ? await performance(client, normalized, VENDOR_DEVICE[device], bids) : [];
    const own = device === 'both' ? null : surfaces[device];
    const value: Kept = {
      device,
      items,
      medianBid: own?.medianBid ?? null,
      exposureMinimumBid: own?.exposureMinimumBid ?? null,
      surfaces,
    };
    this.deps.store.putAnswer('estimate', normalized, question, value);
    return { ...base, ...value, fetchedAt: new Date(this.deps.now()).toISOString(), cached: false };
  }
}
