/**
 * The only code that talks to the companion. Every answer is parsed with the shared contract;
 * failures come back as one of three errors: the companion is not there, it answered a problem,
 * or it answered something the contract does not allow.
 */
import * as z from 'zod/mini';
import {
  CoupangReportResponseSchema,
  KeywordJobResultsResponseSchema,
  KeywordJobSchema,
  KeywordJobsResponseSchema,
  ConnectionsResponseSchema,
  DeeplinksResponseSchema,
  HealthResponseSchema,
  LinkHistoryResponseSchema,
  ProductsResponseSchema,
  KeywordMetricsResponseSchema,
  KeywordBidsResponseSchema,
  KeywordEstimateResponseSchema,
  KeywordTrendsResponseSchema,
  PairResponseSchema,
  ProblemSchema,
  RelatedKeywordsResponseSchema,
  SettingsResponseSchema,
  type ConnectionsResponse,
  type CoupangReportResponse,
  type KeywordJob,
  type KeywordJobResultsResponse,
  type KeywordJobsResponse,
  type DeeplinksResponse,
  type HealthResponse,
  type LinkHistoryResponse,
  type ProductsResponse,
  type KeywordMetricsResponse,
  type KeywordBidsResponse,
  type EstimateDevice,
  type KeywordEstimateResponse,
  type KeywordTrendsResponse,
  type PairResponse,
  type Problem,
  type RelatedKeywordsResponse,
  type SettingsResponse,
} from '@aigenc/shared/contract';
import { COMPANION_HOST } from '@aigenc/shared/identity';
import type { Language } from '@aigenc/shared/language';

/** Nothing answers at the companion's address: it is not running (or another port is set). */
export class CompanionUnreachableError extends Error {
  override name = 'CompanionUnreachableError' as const;
}

/** The companion is there but did not answer within the time allowed: busy, not offline. */
export class CompanionTimeoutError extends Error {
  override name = 'CompanionTimeoutError' as const;
}

export class CompanionProblemError extends Error {
  override name = 'CompanionProblemError' as const;
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export class CompanionResponseError extends Error {
  override name = 'CompanionResponseError' as const;
}

export interface CompanionClientOptions {
  port: number;
  token: string | null;
  language: Language;
  timeoutMs?: number;
  /** Cancels every request of this client (a view that closes, a question no longer asked). */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export function companionBaseUrl(port: number): string {
  return `http://${COMPANION_HOST}:${port}`;
}

export class CompanionClient {
  readonly baseUrl: string;

  constructor(private readonly options: CompanionClientOptions) {
    this.baseUrl = companionBaseUrl(options.port);
  }

  /** Whether this client speaks to that port with that token (an answer asked for before it was made). */
  isFor(port: number, token: string | null): boolean {
    return this.options.port === port && this.options.token === token;
  }

  /**
   * The same client, its requests cancelled when `signal` aborts (as well as by any signal it had):
   * a cancelled request rejects with the signal's reason, which views ignore.
   */
  withSignal(signal: AbortSignal): CompanionClient {
    const signals = this.options.signal ? [this.options.signal, signal] : [signal];
    return new CompanionClient({ ...this.options, signal: AbortSignal.any(signals) });
  }

  health(): Promise<HealthResponse> {
    return this.request('GET', '/api/v1/health', HealthResponseSchema);
  }

  pair(code: string, label: string): Promise<PairResponse> {
    return this.request('POST', '/api/v1/pair', PairResponseSchema, { code, label });
  }

  /** Every connection, sandbox ones included: the popup labels those, so a demo is visible too. */
  connections(): Promise<ConnectionsResponse> {
    return this.request('GET', '/api/v1/connections?scope=all', ConnectionsResponseSchema);
  }

  /** `documents`: "all" for the keyword in view, "saturation" (one count each) for lists. */
  keywordMetrics(keywords: string[], documents: 'all' | 'saturation' = 'all'): Promise<KeywordMetricsResponse> {
    return this.request('POST', '/api/v1/keywords/metrics', KeywordMetricsResponseSchema, {
      keywords,
      ...(documents === 'all' ? {} : { documents }),
    });
  }

  relatedKeywords(keyword: string, limit: number): Promise<RelatedKeywordsResponse> {
    const query = new URLSearchParams({ keyword, limit: String(limit) });
    return this.request('GET', `/api/v1/keywords/related?${query.toString()}`, RelatedKeywordsResponseSchema);
  }

  keywordTrends(keywords: string[], months: number): Promise<KeywordTrendsResponse> {
    return this.request('POST', '/api/v1/keywords/trends', KeywordTrendsResponseSchema, { keywords, months });
  }

  keywordBids(keyword: string): Promise<KeywordBidsResponse> {
    const query = new URLSearchParams({ keyword });
    return this.request('GET', `/api/v1/keywords/bids?${query.toString()}`, KeywordBidsResponseSchema);
  }

  /** What each bid would have bought over Search Ad's last 28 days; without bids, a ladder. */
  keywordEstimate(keyword: string, device: EstimateDevice, bids?: readonly number[]): Promise<KeywordEstimateResponse> {
    const query = new URLSearchParams({ keyword, device });
    if (bids?.length) query.set('bids', bids.join(','));
    return this.request('GET', `/api/v1/keywords/estimate?${query.toString()}`, KeywordEstimateResponseSchema);
  }

  deeplinks(urls: string[], options: { subId?: string | null; title?: string } = {}): Promise<DeeplinksResponse> {
    return this.request('POST', '/api/v1/coupang/deeplinks', DeeplinksResponseSchema, {
      urls,
      ...(options.subId ? { subId: options.subId } : {}),
      ...(options.title ? { title: options.title.slice(0, 300) } : {}),
    });
  }

  products(keyword: string, limit: number, subId?: string | null): Promise<ProductsResponse> {
    const query = new URLSearchParams({ keyword, limit: String(limit) });
    if (subId) query.set('subId', subId);
    return this.request('GET', `/api/v1/coupang/products?${query.toString()}`, ProductsResponseSchema);
  }

  /** What the links earned over `from`..`to` (KST days); `subId` "-" is the links without one. */
  coupangReports(from: string, to: string, subId?: string): Promise<CoupangReportResponse> {
    const query = new URLSearchParams({ from, to });
    if (subId) query.set('subId', subId);
    return this.request('GET', `/api/v1/coupang/reports?${query.toString()}`, CoupangReportResponseSchema);
  }

  linkHistory(search: string, limit: number): Promise<LinkHistoryResponse> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (search.trim()) query.set('q', search.trim());
    return this.request('GET', `/api/v1/coupang/history?${query.toString()}`, LinkHistoryResponseSchema);
  }

  settings(): Promise<SettingsResponse> {
    return this.request('GET', '/api/v1/settings', SettingsResponseSchema);
  }

  saveSaturation(saturation: SettingsResponse['saturation']): Promise<SettingsResponse> {
    return this.request('PUT', '/api/v1/settings/saturation', SettingsResponseSchema, saturation);
  }

  createJob(keywords: string[], name?: string): Promise<KeywordJob> {
    return this.request('POST', '/api/v1/keywords/jobs', KeywordJobSchema, { keywords, ...(name ? { name } : {}) });
  }

  jobs(): Promise<KeywordJobsResponse> {
    return this.request('GET', '/api/v1/keywords/jobs', KeywordJobsResponseSchema);
  }

  job(id: string): Promise<KeywordJob> {
    return this.request('GET', `/api/v1/keywords/jobs/${encodeURIComponent(id)}`, KeywordJobSchema);
  }

  /** The answered keywords of a job from `offset`, at most `limit`, in the job's order. */
  jobResults(id: string, offset: number, limit: number): Promise<KeywordJobResultsResponse> {
    const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
    const path = `/api/v1/keywords/jobs/${encodeURIComponent(id)}/results?${query.toString()}`;
    return this.request('GET', path, KeywordJobResultsResponseSchema);
  }

  cancelJob(id: string): Promise<KeywordJob> {
    return this.request('DELETE', `/api/v1/keywords/jobs/${encodeURIComponent(id)}`, KeywordJobSchema, {});
  }

  /** Removes an ended job with its results (the companion refuses an open one: cancel it first). */
  async removeJob(id: string): Promise<void> {
    const path = `/api/v1/keywords/jobs/${encodeURIComponent(id)}?remove=true`;
    const response = await this.send('DELETE', path, {});
    if (response.status !== 204) await this.fail('DELETE', path, response);
  }

  resumeJob(id: string): Promise<KeywordJob> {
    return this.request('POST', `/api/v1/keywords/jobs/${encodeURIComponent(id)}/resume`, KeywordJobSchema, {});
  }

  /** A job's results as the companion writes them for spreadsheets: CSV, its BOM kept. */
  async jobCsv(id: string): Promise<string> {
    const path = `/api/v1/keywords/jobs/${encodeURIComponent(id)}/results?format=csv`;
    const response = await this.send('GET', path);
    if (!response.ok) await this.fail('GET', path, response);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  }

  /** An answer that is not the one expected: its problem, else the status. */
  private async fail(method: string, path: string, response: Response): Promise<never> {
    const problem = ProblemSchema.safeParse(await response.json().catch(() => null));
    if (problem.success) throw new CompanionProblemError(problem.data);
    throw new CompanionResponseError(`${method} ${path}: HTTP ${response.status}`);
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { 'accept-language': this.options.language };
    if (this.options.token) headers['authorization'] = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 60_000);
    const cancel = this.options.signal;
    try {
      return await (this.options.fetch ?? fetch)(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: cancel ? AbortSignal.any([cancel, timeout]) : timeout,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if (cancel?.aborted) throw cancel.reason;
      if (timeout.aborted) throw new CompanionTimeoutError(`${method} ${path}: no answer in time`, { cause: error });
      throw new CompanionUnreachableError(`no companion at ${this.baseUrl}`, { cause: error });
    }
  }

  /**
   * One call of the contract, its answer parsed with the contract's schema (a problem is thrown as
   * `CompanionProblemError`). Feature modules with routes of their own (the Smart Store work) call it.
   */
  async request<S extends z.core.$ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const response = await this.send(method, path, body);
    let data: unknown;
    try {
      data = await response.json();
    } catch (error) {
      if (this.options.signal?.aborted) throw this.options.signal.reason;
      throw new CompanionResponseError(`${method} ${path}: the answer is not JSON`, { cause: error });
    }
    if (!response.ok) {
      const problem = ProblemSchema.safeParse(data);
      if (problem.success) throw new CompanionProblemError(problem.data);
      throw new CompanionResponseError(`${method} ${path}: HTTP ${response.status} without a problem body`);
    }
    const parsed = z.safeParse(schema, data);
    if (!parsed.success) throw new CompanionResponseError(`${method} ${path}: the answer does not match the contract`);
    return parsed.data;
  }
}
