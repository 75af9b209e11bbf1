/**
 * The keyword cache in SQLite: Search Ad rows (24 h fresh), document counts per type (12 h
 * fresh) and related-keyword lists. Rows older than fresh are still returned, marked stale, so a
 * failing vendor can be answered with the last known figures.
 */
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import type { Db } from './db.ts';

export const METRICS_TTL_MS = 24 * 3_600_000;
export const DOCUMENTS_TTL_MS = 12 * 3_600_000;

export interface Cached<T> {
  value: T;
  fetchedAt: number;
  fresh: boolean;
}

export class KeywordCache {
  // Prepared once: these run on every lookup, and preparing is most of their cost.
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = {
      metrics: db.prepare('SELECT data, fetched_at FROM keyword_metrics WHERE keyword = ?'),
      putMetrics: db.prepare(
        `INSERT INTO keyword_metrics (keyword, data, fetched_at) VALUES (?, ?, ?)
         ON CONFLICT (keyword) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at`,
      ),
      documents: db.prepare('SELECT total, fetched_at FROM keyword_documents WHERE keyword = ? AND type = ?'),
      allDocuments: db.prepare('SELECT type, total, fetched_at FROM keyword_documents WHERE keyword = ?'),
      putDocuments: db.prepare(
        `INSERT INTO keyword_documents (keyword, type, total, fetched_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (keyword, type) DO UPDATE SET total = excluded.total, fetched_at = excluded.fetched_at`,
      ),
      related: db.prepare('SELECT related, fetched_at FROM keyword_related WHERE keyword = ?'),
      putRelated: db.prepare(
        `INSERT INTO keyword_related (keyword, related, fetched_at) VALUES (?, ?, ?)
         ON CONFLICT (keyword) DO UPDATE SET related = excluded.related, fetched_at = excluded.fetched_at`,
      ),
    };
  }

  /** A cached Search Ad row; `value` null means Search Ad had no row for the keyword. */
  metrics(keyword: string): Cached<KeywordToolItem | null> | null {
    const row = this.statements.metrics.get(keyword) as { data: string; fetched_at: number } | undefined;
    if (!row) return null;
    return {
      value: JSON.parse(row.data) as KeywordToolItem | null,
      fetchedAt: row.fetched_at,
      fresh: this.now() - row.fetched_at < METRICS_TTL_MS,
    };
  }

  /** Stores every row a Search Ad call returned: related keywords are cached as well. */
  putMetrics(rows: Iterable<readonly [keyword: string, item: KeywordToolItem | null]>, fetchedAt = this.now()): void {
    const insert = this.statements.putMetrics;
    this.db.transaction(() => {
      for (const [keyword, item] of rows) insert.run(keyword, JSON.stringify(item), fetchedAt);
    })();
  }

  documents(keyword: string, type: string): Cached<number | null> | null {
    const row = this.statements.documents.get(keyword, type) as
      { total: number | null; fetched_at: number } | undefined;
    if (!row) return null;
    return { value: row.total, fetchedAt: row.fetched_at, fresh: this.now() - row.fetched_at < DOCUMENTS_TTL_MS };
  }

  /** Every cached document count of a keyword, by type, in one query. */
  allDocuments(keyword: string): Map<string, Cached<number | null>> {
    const rows = this.statements.allDocuments.all(keyword) as {
      type: string;
      total: number | null;
      fetched_at: number;
    }[];
    const now = this.now();
    return new Map(
      rows.map((row) => [
        row.type,
        { value: row.total, fetchedAt: row.fetched_at, fresh: now - row.fetched_at < DOCUMENTS_TTL_MS },
      ]),
    );
  }

  putDocuments(keyword: string, type: string, total: number | null, fetchedAt = this.now()): void {
    this.statements.putDocuments.run(keyword, type, total, fetchedAt);
  }

  related(keyword: string): Cached<string[]> | null {
    const row = this.statements.related.get(keyword) as { related: string; fetched_at: number } | undefined;
    if (!row) return null;
    return {
      value: JSON.parse(row.related) as string[],
      fetchedAt: row.fetched_at,
      fresh: this.now() - row.fetched_at < METRICS_TTL_MS,
    };
  }

  putRelated(keyword: string, related: readonly string[], fetchedAt = this.now()): void {
    this.statements.putRelated.run(keyword, JSON.stringify(related), fetchedAt);
  }
}
