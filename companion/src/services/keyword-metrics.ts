/**
 * Keyword metrics: Search Ad figures (at most five hints a call, paced by the connector), document
 * counts from Naver Search with bounded concurrency, and the saturation figure with its grade.
 * A failed batch marks only its own keywords; the call fails only when nothing could be answered.
 */
import type { Competition, KeywordMetricsItem } from '@aigenc/shared/contract';
import {
  DEFAULT_SATURATION,
  cleanKeyword,
  documentCount,
  grade,
  normalizeKeyword,
  saturation,
  type SaturationSettings,
} from '@aigenc/shared/domain';
import type { NaverSearchClient, SearchType } from '../connectors/naver-search/client.ts';
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import { MAX_HINTS, type SearchAdClient } from '../connectors/naver-searchad/client.ts';
import { CompanionError } from '../errors.ts';

export const DOCUMENT_TYPES: readonly SearchType[] = ['blog', 'cafearticle', 'webkr', 'news'];
const DOCUMENT_CONCURRENCY = 4;

export type MetricsItem = Omit<KeywordMetricsItem, 'error'> & { error?: CompanionError };

export interface KeywordMetricsDeps {
  searchAd: () => Promise<SearchAdClient>;
  search: () => Promise<NaverSearchClient | null>;
  settings?: () => SaturationSettings;
  now?: () => number;
}

export interface Progress {
  done: number;
  total: number;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

function toCompanionError(error: unknown): CompanionError {
  return error instanceof CompanionError ? error : new CompanionError('INTERNAL', { cause: error });
}

export class KeywordMetricsService {
  constructor(private readonly deps: KeywordMetricsDeps) {}

  async metrics(keywords: readonly string[], onProgress?: (progress: Progress) => void): Promise<MetricsItem[]> {
    const settings = this.deps.settings?.() ?? DEFAULT_SATURATION;
    const now = this.deps.now ?? Date.now;
    const requested = keywords.map((k) => ({ keyword: cleanKeyword(k), normalized: normalizeKeyword(k) }));
    const unique = [...new Set(requested.map((r) => r.normalized))];
    const rows = new Map<string, KeywordToolItem>();
    const failures = new Map<string, CompanionError>();
    const searchAd = await this.deps.searchAd();
    const search = await this.deps.search();

    let done = 0;
    for (let i = 0; i < unique.length; i += MAX_HINTS) {
      const batch = unique.slice(i, i + MAX_HINTS);
      try {
        const { items } = await searchAd.keywordTool(batch);
        for (const item of items) rows.set(normalizeKeyword(item.keyword), item);
      } catch (error) {
        for (const keyword of batch) failures.set(keyword, toCompanionError(error));
      }
      done += batch.length;
      onProgress?.({ done, total: unique.length });
    }

    const documents = new Map<string, Record<string, number | null>>();
    if (search) {
      await mapLimit(
        unique.filter((k) => !failures.has(k)),
        DOCUMENT_CONCURRENCY,
        async (keyword) => {
          const counts: Record<string, number | null> = {};
          for (const type of DOCUMENT_TYPES) {
            try {
              counts[type] = await search.total(type, keyword);
            } catch (error) {
              counts[type] = null;
              if (!failures.has(keyword) && (error as CompanionError).code === 'UPSTREAM_AUTH_FAILED') {
                failures.set(keyword, toCompanionError(error));
              }
            }
          }
          documents.set(keyword, counts);
        },
      );
    }

    const fetchedAt = new Date(now()).toISOString();
    const items = requested.map(({ keyword, normalized }): MetricsItem => {
      const row = rows.get(normalized);
      const docs = documents.get(normalized) ?? Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, null]));
      const failure = failures.get(normalized);
      const total = row ? row.pc.count + row.mobile.count : null;
      const value = saturation(documentCount(docs, settings.source), total);
      return {
        keyword,
        normalizedKeyword: normalized,
        found: row !== undefined,
        searches: row
          ? {
              pc: row.pc.count,
              mobile: row.mobile.count,
              total: total!,
              pcBelow10: row.pc.below10,
              mobileBelow10: row.mobile.below10,
            }
          : null,
        clicks: row ? row.clicks : null,
        ctr: row ? row.ctr : null,
        adDepth: row ? row.adDepth : null,
        competition: row ? (row.competition satisfies Competition) : null,
        documents: docs,
        saturation: value,
        grade: grade(value, settings.thresholds),
        fetchedAt,
        cached: false,
        ...(failure && !row ? { error: failure } : {}),
      };
    });
    if (items.every((item) => item.error)) throw items[0]!.error!;
    return items;
  }
}
