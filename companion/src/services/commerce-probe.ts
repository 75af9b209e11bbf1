/**
 * The read-only Smart Store probe: issue a token (auth only), or walk the order change feed and
 * reduce it to a masked summary. Summaries hold counts only: never an order id, a product order
 * id, a name, a phone or an address. Duplicates across pages are found by hashed ids.
 */
import { createHash } from 'node:crypto';
import type { OrderChangesSummary } from '@aigenc/shared/contract';
import type { CommerceClient, OrderChange } from '../connectors/naver-commerce/client.ts';
import { commerceConnector } from '../connectors/naver-commerce/connector.ts';
import { ValidationError } from '../errors/index.ts';
import type { ProbeRecords } from '../store/probe-records.ts';

/** The longest period one probe may walk (in 24-hour windows). */
export const MAX_PROBE_PERIOD_MS = 31 * 24 * 3_600_000;

/** A probe period from ISO instants (`to` defaults to now), refused in words when it is wrong. */
export function probePeriod(fromIso: string, toIso: string | undefined, now: number): { from: number; to: number } {
  const from = Date.parse(fromIso);
  const to = toIso === undefined ? now : Date.parse(toIso);
  const issue = (message: string) => new ValidationError([{ path: toIso === undefined ? 'from' : 'to', message }]);
  if (!(to > from)) throw issue('"to" must be after "from"');
  if (to - from > MAX_PROBE_PERIOD_MS) throw issue('the period may be at most 31 days');
  if (to > now + 60_000) throw issue('the period may not end in the future');
  return { from, to };
}

export function summarize(
  from: number,
  to: number,
  changes: readonly OrderChange[],
  expected?: number,
): OrderChangesSummary {
  const byType: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const seen = new Set<string>();
  let duplicates = 0;
  for (const change of changes) {
    const key = createHash('sha256')
      .update(`${change.productOrderId}|${change.lastChangedType}|${change.lastChangedDate}`)
      .digest('base64url');
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    byType[change.lastChangedType] = (byType[change.lastChangedType] ?? 0) + 1;
    const status = change.productOrderStatus ?? 'UNKNOWN';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  const count = seen.size;
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    count,
    byType,
    byStatus,
    duplicates,
    ...(expected === undefined
      ? {}
      : { reconciliation: { expected, matches: expected === count, difference: count - expected } }),
  };
}

/** The provider these probes are about, as its connector names it. */
const COMMERCE = commerceConnector.provider;

export class CommerceProbe {
  constructor(
    private readonly client: CommerceClient,
    private readonly records: ProbeRecords,
    /** The keyed digest of the credentials in use: a success is remembered per key set. */
    private readonly credentialDigest: string,
  ) {}

  /** Issues a token and remembers that these credentials authenticated. Never calls an order API. */
  async authOnly(): Promise<{ at: string }> {
    await this.client.token();
    return { at: this.records.record(COMMERCE, 'key-check', this.credentialDigest) };
  }

  /** When an auth-only probe last succeeded for these credentials, or null. */
  authenticatedAt(): string | null {
    return this.records.succeededAt(COMMERCE, 'key-check', this.credentialDigest);
  }

  async orderChanges(
    from: number,
    to: number,
    expected?: number,
    onPage?: (count: number) => void,
  ): Promise<OrderChangesSummary> {
    const changes = await this.client.walkChanges(from, to, (page) => onPage?.(page.length));
    this.records.record(COMMERCE, 'order-probe', this.credentialDigest);
    return summarize(from, to, changes, expected);
  }
}
