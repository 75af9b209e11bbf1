/**
 * The "golden keyword" (황금키워드) figure. Naver defines none; the common convention is
 * saturation = document count / monthly searches (PC + mobile): lower means fewer documents
 * competing for each search. Which documents count and the grade thresholds are settings.
 */
import { DOCUMENT_TYPES, type DocumentType } from './documents.ts';

export const SATURATION_SOURCES = ['blog', 'blog+cafe', 'all'] as const;
export type SaturationSource = (typeof SATURATION_SOURCES)[number];

export interface SaturationSettings {
  source: SaturationSource;
  /** Upper bounds: gold below `gold`, silver below `silver`, bronze up to and including `bronze`. */
  thresholds: { gold: number; silver: number; bronze: number };
}

export const DEFAULT_SATURATION: SaturationSettings = Object.freeze({
  source: 'blog',
  thresholds: Object.freeze({ gold: 0.5, silver: 1, bronze: 3 }),
});

export type Grade = 'gold' | 'silver' | 'bronze' | 'none';

const SOURCE_TYPES: Record<SaturationSource, readonly DocumentType[]> = {
  blog: ['blog'],
  'blog+cafe': ['blog', 'cafearticle'],
  all: DOCUMENT_TYPES,
};

/** The document types a source adds up. */
export function saturationTypes(source: SaturationSource): readonly DocumentType[] {
  return SOURCE_TYPES[source];
}

/** Documents for the source, or null when any of its types is unknown. */
export function documentCount(
  documents: Readonly<Record<string, number | null>>,
  source: SaturationSource,
): number | null {
  let sum = 0;
  for (const type of SOURCE_TYPES[source]) {
    const value = documents[type];
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return sum;
}

/** Documents per monthly search, to two decimals; null when either side is unknown or searches are 0. */
export function saturation(documents: number | null, searchesTotal: number | null): number | null {
  if (documents === null || searchesTotal === null || searchesTotal <= 0) return null;
  return Math.round((documents / searchesTotal) * 100) / 100;
}

export function grade(value: number | null, thresholds: SaturationSettings['thresholds']): Grade | null {
  if (value === null) return null;
  if (value < thresholds.gold) return 'gold';
  if (value < thresholds.silver) return 'silver';
  if (value <= thresholds.bronze) return 'bronze';
  return 'none';
}
