/**
 * Coupang Partners: deeplinks, product search and report pages, signed over the exact wire query,
 * with client-side budgets persisted in SQLite (search 10 an hour, deeplinks 1 a second, reports
 * 30 an hour by default: the vendor is known to block for a day on excess).
 *
 *   const coupang = new CoupangClient({ origin, credentials, dispatcher, state, time });
 *   await coupang.deeplinks(['https://www.coupang.com/vp/products/123'], 'blog');
 */
import type { Egress } from '../egress.ts';
import { z } from 'zod';
import { UpstreamError } from '../../errors/index.ts';
import type { StateStore } from '../../store/state.ts';
import { jsonValue, malformedResponse, upstreamRequest } from '../http-client.ts';
import type { Clock, Sleep, Time } from '../../clock.ts';
import { WindowBudget, accountTag, fixedWindow } from '../limits.ts';
import { coupangBusinessError, coupangHttpError } from './errors.ts';
import { coupangAuthorization } from './sign.ts';
import { fill, instantWords } from '../../messages.ts';
import { COUPANG_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';
import { stateKey } from '../../store/state-keys.ts';
import { budgetLimit } from '@aigenc/shared/providers';

export const API_PREFIX = '/v2/providers/affiliate_open_api/apis/openapi/v1';

export interface CoupangCredentials {
  accessKey: string;
  secretKey: string;
  subId?: string | undefined;
}

export interface CoupangBudgets {
  searchPerHour: number;
  deeplinksPerSecond: number;
  /** Report pages an hour: a third-party document says the vendor allows 500; we stay far below. */
  reportsPerHour: number;
}

/** The registry's budgets for Coupang Partners (tests may pass smaller or larger ones). */
export const DEFAULT_COUPANG_BUDGETS: CoupangBudgets = {
  searchPerHour: budgetLimit(PROVIDER, 'product-search'),
  deeplinksPerSecond: budgetLimit(PROVIDER, 'deeplink'),
  reportsPerHour: budgetLimit(PROVIDER, 'report'),
};

export type ReportKind = 'clicks' | 'orders' | 'cancels' | 'commission';

export interface CoupangOptions {
  origin: string;
  credentials: CoupangCredentials;
  dispatcher: Egress;
  state: StateStore;
  budgets?: Partial<CoupangBudgets>;
  time: Time;
}

const EnvelopeSchema = z.object({
  rCode: z.union([z.string(), z.number()]).transform(String),
  rMessage: z.string().nullish(),
  data: z.unknown().optional(),
});

const DeeplinkDataSchema = z.array(
  z.object({ originalUrl: z.string(), shortenUrl: z.string(), landingUrl: z.string() }),
);

const ProductDataSchema = z.object({
  landingUrl: z.string(),
  productData: z.array(
    z.object({
      keyword: z.string().optional(),
      rank: z.coerce.number().int(),
      isRocket: z.boolean().default(false),
      isFreeShipping: z.boolean().optional(),
      productId: z.coerce.number(),
      productImage: z.string(),
      productName: z.string(),
      productPrice: z.coerce.number(),
      productUrl: z.string(),
    }),
  ),
});

export type CoupangDeeplink = z.infer<typeof DeeplinkDataSchema>[number];
export type CoupangProducts = z.infer<typeof ProductDataSchema>;

export class CoupangClient {
  private readonly now: Clock;
  private readonly sleep: Sleep;
  readonly searchBudget: WindowBudget;
  readonly deeplinkBudget: WindowBudget;
  readonly reportBudget: WindowBudget;
  /** A stable tag for the account (never the key itself), for what is kept per account. */
  readonly account: string;

  /** The subId given with the keys, used when a request names none. */
  get defaultSubId(): string | undefined {
    return this.options.credentials.subId;
  }

  constructor(private readonly options: CoupangOptions) {
    this.now = options.time.now;
    this.sleep = options.time.sleep;
    const budgets = { ...DEFAULT_COUPANG_BUDGETS, ...options.budgets };
    this.account = accountTag(options.credentials.accessKey);
    // Budgets are named by the account's tag: the access key itself never goes to disk.
    const budget = (kind: string, limit: number, windowMs: number) =>
      new WindowBudget(options.state, stateKey(PROVIDER, kind, this.account), limit, fixedWindow(windowMs), this.now);
    this.searchBudget = budget('search', budgets.searchPerHour, 3_600_000);
    this.deeplinkBudget = budget('deeplink', budgets.deeplinksPerSecond, 1000);
    this.reportBudget = budget('reports', budgets.reportsPerHour, 3_600_000);
  }

  async deeplinks(urls: readonly string[], subId?: string): Promise<CoupangDeeplink[]> {
    // A one-second budget is waited out (briefly), not refused: links are made one click at a time.
    let spent = this.deeplinkBudget.take();
    for (let tries = 0; !spent.ok && tries < 3; tries++) {
      await this.sleep(spent.retryAfterMs + 5);
      spent = this.deeplinkBudget.take();
    }
    if (!spent.ok) throw budgetError('deeplink', spent.resetsAt, this.now());
    const body = JSON.stringify({ coupangUrls: urls, ...(subId ? { subId } : {}) });
    const data = await this.call('POST', `${API_PREFIX}/deeplink`, '', body, { links: urls.length });
    const parsed = DeeplinkDataSchema.safeParse(data);
    if (!parsed.success) throw malformedResponse(PROVIDER);
    return parsed.data;
  }

  async searchProducts(keyword: string, limit: number, subId?: string): Promise<CoupangProducts> {
    const spent = this.searchBudget.take();
    if (!spent.ok) throw budgetError('search', spent.resetsAt, this.now());
    const params = new URLSearchParams({ keyword, limit: String(limit) });
    if (subId) params.set('subId', subId);
    const data = await this.call('GET', `${API_PREFIX}/products/search`, params.toString(), undefined, 'search');
    const parsed = ProductDataSchema.safeParse(data);
    if (!parsed.success) throw malformedResponse(PROVIDER);
    return parsed.data;
  }

  /**
   * One page of a report (yyyyMMdd days, a window of at most 30 days), the rows as the vendor sent
   * them: `reports.ts` reads them. Never filtered by subId here: one answer serves every filter.
   */
  async reportPage(kind: ReportKind, startDate: string, endDate: string, page: number): Promise<unknown> {
    const spent = this.reportBudget.take();
    if (!spent.ok) throw budgetError('reports', spent.resetsAt, this.now());
    const params = new URLSearchParams({ startDate, endDate, page: String(page) });
    return this.call('GET', `${API_PREFIX}/reports/${kind}`, params.toString(), undefined, 'report');
  }

  private async call(
    method: 'GET' | 'POST',
    path: string,
    query: string,
    body: string | undefined,
    asked: { links: number } | 'search' | 'report',
  ): Promise<unknown> {
    const { accessKey, secretKey } = this.options.credentials;
    const response = await upstreamRequest(this.options.dispatcher, {
      provider: PROVIDER,
      method,
      url: `${this.options.origin}${path}${query ? `?${query}` : ''}`,
      headers: {
        authorization: coupangAuthorization(accessKey, secretKey, method, path, query, this.now()),
        'content-type': 'application/json;charset=UTF-8',
        accept: 'application/json',
      },
      ...(body === undefined ? {} : { body }),
    });
    if (response.status !== 200) throw coupangHttpError(response);
    const envelope = EnvelopeSchema.safeParse(jsonValue(response.text));
    if (!envelope.success) throw malformedResponse(PROVIDER);
    if (envelope.data.rCode !== '0')
      throw coupangBusinessError(envelope.data.rCode, envelope.data.rMessage ?? '', asked);
    return envelope.data.data;
  }
}

const BUDGET_CODES = {
  search: 'LOCAL_SEARCH_BUDGET',
  deeplink: 'LOCAL_DEEPLINK_BUDGET',
  reports: 'LOCAL_REPORT_BUDGET',
} as const;

function budgetError(kind: keyof typeof BUDGET_CODES, resetsAt: number, now: number): UpstreamError {
  const at = { at: instantWords(resetsAt) };
  return new UpstreamError('UPSTREAM_RATE_LIMITED', {
    provider: PROVIDER,
    upstreamCode: BUDGET_CODES[kind],
    retryAfterSeconds: Math.ceil((resetsAt - now) / 1000),
    detail:
      kind === 'search'
        ? fill(COUPANG_MESSAGES.searchBudget, at)
        : kind === 'reports'
          ? fill(COUPANG_MESSAGES.reportBudget, at)
          : COUPANG_MESSAGES.deeplinkBudget,
  });
}
