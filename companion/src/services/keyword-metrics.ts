/**
 * Keyword metrics, the product's main job. For each keyword: Search Ad figures from the cache
 * when fresh (24 h), else through the batcher (shared calls of up to five hints); document counts
 * per type from the cache (12 h) or Naver Search with bounded concurrency (all four for the keyword
 * in view; for bulk and related keywords only the types the saturation formula adds up, so a
 * keyword costs one Naver Search call, not four, with the default formula); the saturation figure
 * with its grade per the settings in force. When a vendor fails, the last known answer is served
 * marked stale; a keyword with nothing to show carries its error; the call fails only when no
 * keyword could be answered.
 */
import type { RelatedKeyword } from '@aigenc/shared/contract';
import {
  DEFAULT_SATURATION,
  DOCUMENT_TYPES,
  cleanKeyword,
  normalizeKeyword,
  saturationTypes,
  type SaturationSettings,
} from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { NaverSearchClient } from '../connectors/naver-search/client.ts';
import type { SearchAdClient } from '../connectors/naver-searchad/client.ts';
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import { CompanionError } from '../errors/index.ts';
import type { KeywordCache } from '../store/keyword-cache.ts';
import { notConfigured } from './connector-factory.ts';
import { SearchAdBatcher, hintProblem } from './search-ad-batcher.ts';
import { limiter } from './limiter.ts';
import { searchConnector } from '../connectors/naver-search/connector.ts';
import { metricsItem, type Documents, type Figures, type MetricsItem } from './metrics-item.ts';

export type { MetricsItem } from './metrics-item.ts';

const DOCUMENT_CONCURRENCY = 4;

export interface KeywordMetricsDeps {
  searchAd: () => Promise<SearchAdClient>;
  search: () => Promise<NaverSearchClient | null>;
  cache: KeywordCache;
  settings?: () => SaturationSettings;
  now: Clock;
  /** How long lookups wait to share a Search Ad call. */
  coalesceMs?: number;
}

export interface Progress {
  done: number;
  total: number;
}

/** Which document counts a lookup fetches: all four, or those the saturation formula uses. */
export type DocumentsWanted = 'all' | 'saturation';

export interface MetricsOptions {
  documents?: DocumentsWanted;
  onProgress?: (progress: Progress) => void;
}

/** The Naver Search client, or why there is none. */
type SearchClient = NaverSearchClient | CompanionError;

function asCompanionError(error: unknown): CompanionError {
  return error instanceof CompanionError ? error : new CompanionError('INTERNAL', { cause: error });
}

export class KeywordMetricsService {
  private readonly batcher: SearchAdBatcher;
  private readonly now: () => number;

  constructor(private readonly deps: KeywordMetricsDeps) {
    this.now = deps.now;
    this.batcher = new SearchAdBatcher(deps.searchAd, deps.cache, deps.coalesceMs);
  }

  private settings(): SaturationSettings {
    return this.deps.settings?.() ?? DEFAULT_SATURATION;
  }

  /** Search Ad figures for one normalized keyword: fresh cache, else a (shared) call, else stale cache. */
  private async figures(keyword: string): Promise<Figures> {
    const cached = this.deps.cache.metrics(keyword);
    if (cached?.fresh) return { row: cached.value, fetchedAt: cached.fetchedAt, cached: true, stale: false };
    try {
      const { row } = await this.batcher.lookup(keyword);
      return { row, fetchedAt: this.now(), cached: false, stale: false };
    } catch (error) {
      if (cached) return { row: cached.value, fetchedAt: cached.fetchedAt, cached: true, stale: true };
      throw error;
    }
  }

  /** One keyword's Search Ad figures (the cache first), without document counts: a trend's anchor. */
  async searchAdFigures(keyword: string): Promise<KeywordToolItem | null> {
    const normalized = normalizeKeyword(keyword);
    const refused = hintProblem(normalized);
    if (refused) throw refused;
    return (await this.figures(normalized)).row;
  }

  /**
   * Document counts per type: fresh cache, else Naver Search, else the stale count, else null.
   * The Naver Search client is asked for only when a count is actually missing; a type not
   * `wanted` is given only when the cache has it fresh, and is null otherwise.
   */
  private async documents(
    keyword: string,
    search: () => Promise<SearchClient>,
    wanted: readonly string[],
  ): Promise<Documents> {
    const cached = this.deps.cache.allDocuments(keyword);
    const counts: Record<string, number | null> = {};
    let stale = false;
    let error: CompanionError | undefined;
    for (const type of DOCUMENT_TYPES) {
      const hit = cached.get(type);
      if (hit?.fresh) {
        counts[type] = hit.value;
        continue;
      }
      if (!wanted.includes(type)) {
        counts[type] = null;
        continue;
      }
      const client = await search();
      if (client instanceof CompanionError) {
        counts[type] = hit?.value ?? null;
        stale ||= hit !== undefined;
        error ??= client;
        continue;
      }
      try {
        counts[type] = await client.total(type, keyword);
        this.deps.cache.putDocuments(keyword, type, counts[type]);
      } catch (failure) {
        counts[type] = hit?.value ?? null;
        stale ||= hit !== undefined;
        error ??= asCompanionError(failure);
      }
    }
    return error ? { counts, stale, error } : { counts, stale };
  }

  async metrics(keywords: readonly string[], options: MetricsOptions = {}): Promise<MetricsItem[]> {
    const { onProgress } = options;
    const settings = this.settings();
    const wanted = options.documents === 'saturation' ? saturationTypes(settings.source) : DOCUMENT_TYPES;
    const requested = keywords.map((k) => ({ keyword: cleanKeyword(k), normalized: normalizeKeyword(k) }));
    const unique = [...new Set(requested.map((r) => r.normalized))];
    const figures = new Map<string, Figures>();
    const failures = new Map<string, CompanionError>();
    const documents = new Map<string, Documents>();
    let searchClient: Promise<SearchClient> | null = null;
    const search = () =>
      (searchClient ??= this.deps
        .search()
        .then((client) => client ?? notConfigured(searchConnector.provider))
        .catch(asCompanionError));
    // Each keyword goes on to its document counts as soon as its Search Ad row is in, so that the
    // two vendors work side by side: a long list takes as long as the slower of them, not the sum.
    const documentSlot = limiter(DOCUMENT_CONCURRENCY);
    let done = 0;
    await Promise.all(
      unique.map(async (keyword) => {
        const refused = hintProblem(keyword);
        if (refused) {
          failures.set(keyword, refused);
          onProgress?.({ done: ++done, total: unique.length });
          return;
        }
        try {
          figures.set(keyword, await this.figures(keyword));
        } catch (error) {
          failures.set(keyword, asCompanionError(error));
        }
        if (figures.get(keyword)?.row)
          documents.set(keyword, await documentSlot(() => this.documents(keyword, search, wanted)));
        onProgress?.({ done: ++done, total: unique.length });
      }),
    );

    const items = requested.map(({ keyword, normalized }) =>
      metricsItem(
        { keyword, normalized, settings, now: this.now() },
        figures.get(normalized),
        documents.get(normalized),
        failures.get(normalized),
      ),
    );
    if (items.length > 0 && items.every((item) => item.error)) throw items[0]!.error!;
    return items;
  }

  /**
   * The answer from the cache alone, without a call or a wait, when every keyword's figures and
   * wanted counts are fresh there (the popup looking again, the same list twice); else null, and
   * `metrics` does the rest. The same items `metrics` would give.
   */
  cachedMetrics(keywords: readonly string[], options: Pick<MetricsOptions, 'documents'> = {}): MetricsItem[] | null {
    const settings = this.settings();
    const wanted = options.documents === 'saturation' ? saturationTypes(settings.source) : DOCUMENT_TYPES;
    const found = new Map<string, { figure: Figures; docs: Documents | undefined }>();
    const items: MetricsItem[] = [];
    for (const asked of keywords) {
      const normalized = normalizeKeyword(asked);
      let known = found.get(normalized);
      if (!known) {
        const cached = hintProblem(normalized) ? null : this.deps.cache.metrics(normalized);
        if (!cached?.fresh) return null;
        const figure: Figures = { row: cached.value, fetchedAt: cached.fetchedAt, cached: true, stale: false };
        let docs: Documents | undefined;
        if (figure.row) {
          const counts: Record<string, number | null> = {};
          const hits = this.deps.cache.allDocuments(normalized);
          for (const type of DOCUMENT_TYPES) {
            const hit = hits.get(type);
            if (hit?.fresh) counts[type] = hit.value;
            else if (wanted.includes(type)) return null;
            else counts[type] = null;
          }
          docs = { counts, stale: false };
        }
        known = { figure, docs };
        found.set(normalized, known);
      }
      items.push(
        metricsItem(
          { keyword: cleanKeyword(asked), normalized, settings, now: this.now() },
          known.figure,
          known.docs,
          undefined,
        ),
      );
    }
    return items;
  }

  /**
   * Related keywords for one keyword, by monthly searches, most first. A fresh list whose rows the
   * pruner has since let go (they came along with the answer and many answers came after) is asked
   * again, once; if that fails, what is left is answered.
   */
  async related(keyword: string, limit: number): Promise<{ keyword: string; items: RelatedKeyword[] }> {
    const normalized = normalizeKeyword(keyword);
    const refused = hintProblem(normalized);
    if (refused) throw refused;
    let list = this.deps.cache.related(normalized);
    let rows = list ? this.relatedRows(list.value) : [];
    if (!list?.fresh || rows.length < list.value.length) {
      try {
        // Through the batcher, alone: a metrics lookup of the same keyword waiting or on its way
        // alone is this very call, so the popup's two questions cost one Search Ad call.
        const answer = await this.batcher.lookup(normalized, { related: true });
        const related = answer.related ?? [];
        list = { value: related, fetchedAt: this.now(), fresh: true };
        rows = this.relatedRows(related);
      } catch (error) {
        if (!list) throw error;
      }
    }
    const items: RelatedKeyword[] = rows.map((row) => ({
      keyword: row.keyword,
      searches: {
        pc: row.pc.count,
        mobile: row.mobile.count,
        total: row.pc.count + row.mobile.count,
        pcBelow10: row.pc.below10,
        mobileBelow10: row.mobile.below10,
      },
      clicks: row.clicks,
      ctr: row.ctr,
      adDepth: row.adDepth,
      competition: row.competition,
    }));
    items.sort((a, b) => b.searches.total - a.searches.total);
    return { keyword: cleanKeyword(keyword), items: items.slice(0, limit) };
  }

  private relatedRows(keywords: readonly string[]): KeywordToolItem[] {
    return keywords.flatMap((k) => this.deps.cache.metrics(k)?.value ?? []);
  }
}
