/**
 * The local clock against a vendor's: the `Date` header of one unsigned HEAD request to its
 * official origin, through the egress-guarded dispatcher. No key is sent and no quota is spent.
 */
import type { Provider } from '@aigenc/shared/contract';
import type { Localized } from '@aigenc/shared/language';
import type { Egress } from './egress.ts';

export interface ClockTarget {
  provider: Provider;
  name: Localized;
  origin: string;
}

/**
 * The local clock against a vendor's: `Date` has whole seconds, so the local time is taken half-way
 * through the request and the skew is read to about a second.
 */
export async function clockFact(egress: Egress, target: ClockTarget, now: () => number): Promise<VendorClock> {
  try {
    const dispatcher = await egress.get();
    const { request } = await import('undici');
    const sent = now();
    const response = await request(`${target.origin}/`, {
      dispatcher,
      method: 'HEAD',
      signal: AbortSignal.timeout(5_000),
    });
    const received = now();
    await response.body.dump();
    const header = response.headers['date'];
    const theirs = Date.parse(Array.isArray(header) ? header[0]! : (header ?? ''));
    if (Number.isNaN(theirs)) return { vendor: target.name, error: 'no Date header' };
    // The header is truncated to the second: its middle is half a second later.
    return { vendor: target.name, skewMs: (sent + received) / 2 - (theirs + 500) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { vendor: target.name, error: typeof code === 'string' ? code : (error as Error).name };
  }
}

/** Positive `skewMs`: the local clock is ahead of the vendor's. */
export type VendorClock = { vendor: Localized; skewMs: number } | { vendor: Localized; error: string };
