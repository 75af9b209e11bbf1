/**
 * Search Ad's estimate tool, `POST /estimate/average-position-bid/keyword`, after the keyword
 * tool's own checks: the bid (KRW, 70 at least, in tens) for each average position on a device.
 * Bids follow the keyword's competition and volume, fall with the position, and differ by device.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unit } from './data.ts';
import { figures } from './figures.ts';
import { readBody, sendJson } from './wire.ts';

export const ESTIMATE_BID_PATH = '/estimate/average-position-bid/keyword';

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

export async function estimateBids(req: IncomingMessage, res: ServerResponse, count: (what: string) => void) {
  let body: { device?: unknown; items?: unknown };
  try {
    body = JSON.parse(await readBody(req)) as typeof body;
  } catch {
    return sendJson(res, 400, { code: 11001, message: 'invalid request body' });
  }
  const device = body.device;
  const items = body.items as Array<{ key?: unknown; position?: unknown }>;
  if ((device !== 'PC' && device !== 'MOBILE') || !Array.isArray(items) || items.length < 1 || items.length > 200)
    return sendJson(res, 400, { code: 11001, message: 'invalid device or items' });
  const max = device === 'PC' ? 10 : 5;
  for (const item of items) {
    if (typeof item.key !== 'string' || /\s/.test(item.key) || !item.key)
      return sendJson(res, 400, { code: 11001, message: 'invalid key' });
    if (!Number.isInteger(item.position) || (item.position as number) < 1 || (item.position as number) > max)
      return sendJson(res, 400, { code: 11001, message: 'invalid position' });
  }
  count(`searchad:estimate:${device}`);
  sendJson(res, 200, {
    device,
    estimate: items.map((item) => ({
      keyword: item.key,
      position: item.position,
      bid: bidFor(String(item.key).toUpperCase(), device, item.position as number),
    })),
  });
}
