/**
 * Search Ad's estimate tools (spec §1b, §8.1), by keyword text: the bid for each average position,
 * the median and exposure-minimum bids of the last 28 days, and what a bid would have bought over
 * them (impressions, clicks, cost). Each is one signed POST through the client's estimate lane.
 */
import { z } from 'zod';
import { normalizeKeyword } from '@aigenc/shared/domain';
import type { SearchAdClient } from './client.ts';

export const AVERAGE_POSITION_BID_PATH = '/estimate/average-position-bid/keyword';
export const MEDIAN_BID_PATH = '/estimate/median-bid/keyword';
export const EXPOSURE_MINIMUM_BID_PATH = '/estimate/exposure-minimum-bid/keyword';
export const PERFORMANCE_PATH = '/estimate/performance/keyword';

export type SearchAdDevice = 'PC' | 'MOBILE';
/** `BOTH` (PC and mobile summed) exists for the performance estimate only. */
export type PerformanceDevice = SearchAdDevice | 'BOTH';

/** The vendor's average positions: 1 to 10 on PC, 1 to 5 on mobile (PC 11 to 15 answer 400 since 2025-05-13). */
export const POSITIONS: Record<SearchAdDevice, readonly number[]> = {
  PC: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  MOBILE: [1, 2, 3, 4, 5],
};

const PositionBids = z.object({
  estimate: z.array(z.object({ position: z.number().int().min(1), bid: z.number().nonnegative() })),
});

const KeywordBid = z.object({ estimate: z.array(z.object({ keyword: z.string().optional(), bid: z.number() })) });

const PerformanceRow = z.object({
  bid: z.number(),
  impressions: z.number(),
  clicks: z.number(),
  cost: z.number(),
});
// The official Java sample spells the list `estiamte`; the Swagger and the wire say `estimate`.
const Performance = z.union([
  z.object({ estimate: z.array(PerformanceRow) }),
  z.object({ estiamte: z.array(PerformanceRow) }).transform((answer) => ({ estimate: answer.estiamte })),
]);

export interface PositionBid {
  position: number;
  bid: number;
}

export interface PerformanceEstimate {
  bid: number;
  impressions: number;
  clicks: number;
  cost: number;
}

/** The bid (KRW) for each average position on one device, positions in order. */
export async function averagePositionBids(
  client: SearchAdClient,
  keyword: string,
  device: SearchAdDevice,
  positions: readonly number[] = POSITIONS[device],
): Promise<PositionBid[]> {
  const key = normalizeKeyword(keyword);
  const answer = await client.estimate(
    AVERAGE_POSITION_BID_PATH,
    { device, items: positions.map((position) => ({ key, position })) },
    PositionBids,
  );
  return answer.estimate
    .map(({ position, bid }) => ({ position, bid: Math.round(bid) }))
    .sort((a, b) => a.position - b.position);
}

/**
 * The median or the exposure-minimum bid of the 28 days up to yesterday (`period: MONTH`) on one
 * device, or null when the vendor has too little data for the keyword.
 */
export async function windowBid(
  client: SearchAdClient,
  kind: 'median' | 'exposure-minimum',
  keyword: string,
  device: SearchAdDevice,
): Promise<number | null> {
  const path = kind === 'median' ? MEDIAN_BID_PATH : EXPOSURE_MINIMUM_BID_PATH;
  const answer = await client.estimate(
    path,
    { device, period: 'MONTH', items: [normalizeKeyword(keyword)] },
    KeywordBid,
  );
  const bid = answer.estimate[0]?.bid;
  return bid === undefined || bid <= 0 ? null : Math.round(bid);
}

/** What each bid would have bought over the vendor's last 28 days, in the order of `bids`. */
export async function performance(
  client: SearchAdClient,
  keyword: string,
  device: PerformanceDevice,
  bids: readonly number[],
): Promise<PerformanceEstimate[]> {
  const answer = await client.estimate(
    PERFORMANCE_PATH,
    { device, keywordplus: false, key: normalizeKeyword(keyword), bids },
    Performance,
  );
  const byBid = new Map(answer.estimate.map((row) => [row.bid, row]));
  return bids.map((bid) => {
    const row = byBid.get(bid);
    return {
      bid,
      impressions: Math.max(0, Math.round(row?.impressions ?? 0)),
      clicks: Math.max(0, Math.round(row?.clicks ?? 0)),
      cost: Math.max(0, Math.round(row?.cost ?? 0)),
    };
  });
}
