/**
 * One keyword's metrics answer from what was found for it: its Search Ad figures, its document
 * counts, its failure; the same whether it came through the vendors or from the cache alone.
 */
import type { Competition, KeywordMetricsItem } from '@aigenc/shared/contract';
import { DOCUMENT_TYPES, documentCount, grade, saturation, type SaturationSettings } from '@aigenc/shared/domain';
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import type { CompanionError } from '../errors/index.ts';

export type MetricsItem = Omit<KeywordMetricsItem, 'error' | 'documentsError'> & {
  error?: CompanionError;
  documentsError?: CompanionError;
};

export interface Figures {
  row: KeywordToolItem | null;
  fetchedAt: number;
  cached: boolean;
  stale: boolean;
}

export interface Documents {
  counts: Record<string, number | null>;
  stale: boolean;
  /** The first reason a count could not be fetched now. */
  error?: CompanionError;
}

/** One keyword's answer from what was found: its figures, its counts, its failure. */
export function metricsItem(
  asked: { keyword: string; normalized: string; settings: SaturationSettings; now: number },
  figure: Figures | undefined,
  docs: Documents | undefined,
  failure: CompanionError | undefined,
): MetricsItem {
  const { keyword, normalized, settings } = asked;
  const row = figure?.row ?? null;
  const counts = docs?.counts ?? Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, null]));
  const total = row ? row.pc.count + row.mobile.count : null;
  const value = saturation(documentCount(counts, settings.source), total);
  const stale = Boolean(figure?.stale || docs?.stale);
  return {
    keyword,
    normalizedKeyword: normalized,
    found: row !== null,
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
    documents: counts,
    saturation: value,
    grade: grade(value, settings.thresholds),
    fetchedAt: new Date(figure?.fetchedAt ?? asked.now).toISOString(),
    cached: figure?.cached ?? false,
    ...(stale ? { stale: true } : {}),
    ...(failure ? { error: failure } : {}),
    ...(docs?.error ? { documentsError: docs.error } : {}),
  };
}
