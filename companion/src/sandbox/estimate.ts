/**
 * Search Ad's estimate tools (spec §1b, §8.1), after the keyword tool's own checks: the bid (KRW,
 * 70 at least, in tens) for each average position on a device, the median and exposure-minimum
 * bids of the last 28 days, and what a bid would have bought over them. Bids follow the keyword's
 * competition and volume, fall with the position and differ by device; at or above the
 * exposure-minimum bid an ad is shown at every search (impressions equal the searches).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unit } from './data.ts';
import { figures } from './figures.ts';
import { readBody, sendJson } from './wire.ts';

export const ESTIMATE_BID_PATH = '/estimate/average-position-bid/keyword';
export const ESTIMATE_PATHS = [
  ESTIMATE_BID_PATH,
  '/estimate/median-bid/keyword',
  '/estimate/exposure-minimum-bid/keyword',
  '/estimate/performance/keyword',
] as const;

export function bidFor(keyword: string, device: 'PC' | 'MOBILE', position: number): number {
  const f = figures(keyword);
  const volume = (v: number | '< 10') => (v === '< 10' ? 5 : v);
  const searches = volume(f.pc) + volume(f.mobile);
  const competition = { 낮음: 0.5, 중간: 1, 높음: 2 }[f.competition];
  const top = (150 + Math.log10(searches + 10) * 250 * competition) * (0.8 + unit(keyword, 'bid') * 0.6);
  const byDevice = device === 'MOBILE' ? 0.75 + unit(keyword, 'mobile-bid') * 0.6 : 1;
  const bid = top * byDevice * 0.78 ** (position - 1);
  return Math.max(70, Math.round(bid / 10) * 10);
}

type Device = 'PC' | 'MOBILE';

function bad(res: ServerResponse, message: string) {
  sendJson(res, 400, { code: 11001, message });
}

const validKey = (key: unknown): key is string => typeof key === 'string' && key.length > 0 && !/\s/.test(key);
const validBid = (bid: unknown): bid is number =>
  Number.isInteger(bid) && (bid as number) >= 70 && (bid as number) <= 100_000 && (bid as number) % 10 === 0;

/** Monthly searches on a device, over the vendor's 28-day window. */
function searches28(keyword: string, device: Device): number {
  const f = figures(keyword);
  const v = device === 'PC' ? f.pc : f.mobile;
  return v === '< 10' ? 0 : Math.round((v * 28) / 30);
}

/** The highest bid shown in the window: above it, every search shows the ad. */
export function exposureMinimumBid(keyword: string, device: Device): number {
  return Math.round((bidFor(keyword, device, 1) * 1.18) / 10) * 10;
}

export function medianBid(keyword: string, device: Device): number {
  return Math.max(70, Math.round((bidFor(keyword, device, 3) * 0.92) / 10) * 10);
}

/** What holding `bid` over the last 28 days would have bought on one device. */
function performanceOn(keyword: string, device: Device, bid: number) {
  const searches = searches28(keyword, device);
  if (searches === 0) return { impressions: 0, clicks: 0, cost: 0 };
  const share = Math.min(1, (bid / exposureMinimumBid(keyword, device)) ** 1.6);
  const impressions = Math.round(searches * share);
  // The position the bid would have held, and that position's click rate (the keyword's own CTR at the top).
  const max = device === 'PC' ? 10 : 5;
  let position = max;
  for (let p = max; p >= 1; p--) if (bidFor(keyword, device, p) <= bid) position = p;
  const f = figures(keyword);
  const ctr = ((device === 'PC' ? f.pcCtr : f.mobileCtr) / 100) * 0.82 ** (position - 1);
  const clicks = Math.round(impressions * ctr);
  // Second-price: a click costs a little above the next position's bid, never more than the bid.
  const next = position < max ? bidFor(keyword, device, position + 1) : 70;
  const cpc = Math.min(bid, next + 10);
  return { impressions, clicks, cost: clicks * cpc };
}

export function estimateFor(keyword: string, device: Device | 'BOTH', bid: number) {
  if (device !== 'BOTH') return { bid, ...performanceOn(keyword, device, bid) };
  const pc = performanceOn(keyword, 'PC', bid);
  const mobile = performanceOn(keyword, 'MOBILE', bid);
  return {
    bid,
    impressions: pc.impressions + mobile.impressions,
    clicks: pc.clicks + mobile.clicks,
    cost: pc.cost + mobile.cost,
  };
}

/**
 * Every estimate path. `outage`: every average-position bid is 70, as on the vendor's failures of
 * 2022-08-08 and 2023-09-19 (spec §8.1).
 */
export async function estimateTools(
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  count: (what: string) => void,
  outage = false,
) {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(await readBody(req)) as Record<string, unknown>;
  } catch {
    return bad(res, 'invalid request body');
  }
  const device = body['device'];
  if (path === '/estimate/performance/keyword') {
    const bids = body['bids'];
    if (device !== 'PC' && device !== 'MOBILE' && device !== 'BOTH') return bad(res, 'invalid device');
    if (!validKey(body['key'])) return bad(res, 'invalid key');
    if (!Array.isArray(bids) || bids.length < 1 || bids.length > 100 || !bids.every(validBid))
      return bad(res, 'invalid bids');
    count(`searchad:estimate:performance:${device}`);
    const keyword = body['key'].toUpperCase();
    return sendJson(res, 200, {
      device,
      keywordplus: body['keywordplus'] === true,
      keyword: body['key'],
      estimate: (bids as number[]).map((bid) => estimateFor(keyword, device, bid)),
    });
  }
  if (path !== ESTIMATE_BID_PATH) {
    const items = body['items'];
    const period = body['period'];
    if (device !== 'PC' && device !== 'MOBILE') return bad(res, 'invalid device');
    if (period !== 'DAY' && period !== 'MONTH') return bad(res, 'invalid period');
    if (!Array.isArray(items) || items.length < 1 || items.length > 200 || !items.every(validKey))
      return bad(res, 'invalid items');
    const median = path === '/estimate/median-bid/keyword';
    count(`searchad:estimate:${median ? 'median' : 'exposure-minimum'}:${device}`);
    return sendJson(res, 200, {
      device,
      period,
      estimate: (items as string[]).map((key) => ({
        keyword: key,
        bid:
          searches28(key.toUpperCase(), device) === 0
            ? 0
            : (median ? medianBid : exposureMinimumBid)(key.toUpperCase(), device),
      })),
    });
  }
  return estimateBids(body, res, count, outage);
}

function estimateBids(
  body: Record<string, unknown>,
  res: ServerResponse,
  count: (what: string) => void,
  outage: boolean,
) {
  const device = body['device'];
  const items = body['items'] as Array<{ key?: unknown; position?: unknown }>;
  if ((device !== 'PC' && device !== 'MOBILE') || !Array.isArray(items) || items.length < 1 || items.length > 200)
    return bad(res, 'invalid device or items');
  // PC 1 to 10, mobile 1 to 5: PC 11 to 15 answer 400 since 2025-05-13.
  const max = device === 'PC' ? 10 : 5;
  for (const item of items) {
    if (!validKey(item.key)) return bad(res, 'invalid key');
    if (!Number.isInteger(item.position) || (item.position as number) < 1 || (item.position as number) > max)
      return bad(res, 'invalid position');
  }
  count(`searchad:estimate:${device}`);
  sendJson(res, 200, {
    device,
    estimate: items.map((item) => ({
      keyword: item.key,
      position: item.position,
      bid: outage ? 70 : bidFor(String(item.key).toUpperCase(), device, item.position as number),
    })),
  });
}
