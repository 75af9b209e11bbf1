/**
 * The keyword cache in SQLite: Search Ad rows (24 h fresh), document counts per type (12 h
 * fresh) and related-keyword lists. Rows older than fresh are still returned, marked stale, so a
 * failing vendor can be answered with the last known figures.
 *
 * The rows of recently asked keywords are also kept in memory (written through on every put), so
 * a popup asking again for a keyword costs no query and no JSON parse. Another process writing
 * the same database (a bulk run beside the server) can only leave this copy older than the disk,
 * which costs at most an upstream call, never an old answer marked fresh.
 */
import type { KeywordFigures } from '@aigenc/shared/domain';
import type { Db } from './db.ts';
import { Lru } from './lru.ts';
import type { Clock } from '../clock.ts';

export const METRICS_TTL_MS = 24 * 3_600_000;
export const DOCUMENTS_TTL_MS = 12 * 3_600_000;

export interface Cached<T> {
  value: T;
  fetchedAt: number;
  fresh: boolean;
}

/** How many keywords' rows are kept in memory. */
export const MEMORY_KEYWORDS = 2_000;

interface Stamped<T> {
  value: T;
  fetchedAt: number;
}

export class KeywordCache {
  // Prepared once: these run on every lookup, and preparing is most of their cost.
  private readonly statements;
  private readonly memoMetrics: Lru<string, Stamped<KeywordFigures | null>>;
  private readonly memoDocuments: Lru<string, Map<string, Stamped<number | null>>>;

  constructor(
    private readonly db: Db,
    private readonly now: Clock,
    memoryKeywords = MEMORY_KEYWORDS,
  ) {
    this.memoMetrics = new Lru(memoryKeywords);
    this.memoDocuments = new Lru(memoryKeywords);
    this.statements = {
      metrics: db.prepare('SELECT data, fetched_at FROM keyword_metrics WHERE keyword = ?'),
      putMetrics: db.prepare(
        `INSERT INTO keyword_metrics (keyword, data, fetched_at, asked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (keyword) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at,
           asked_at = coalesce(excluded.asked_at, keyword_metrics.asked_at)`,
      ),
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
  metrics(keyword: string): Cached<KeywordFigures | null> | null {
    let hit = this.memoMetrics.get(keyword);
    if (!hit) {
      const row = this.statements.metrics.get(keyword) as { data: string; fetched_at: number } | undefined;
      if (!row) return null;
      hit = { value: JSON.parse(row.data) as KeywordFigures | null, fetchedAt: row.fetched_at };
      this.memoMetrics.set(keyword, hit);
    }
    return { ...hit, fresh: this.now() - hit.fetchedAt < METRICS_TTL_MS };
  }

  /**
   * Stores every row a Search Ad call returned: related keywords are cached as well. The keywords
   * in `asked` are those a person asked for; the others came along and are kept for less long
   * (see cache-pruner.ts).
   */
  putMetrics(
    rows: readonly (readonly [keyword: string, item: KeywordFigures | null])[],
    asked: readonly string[] = [],
  ): void {
    const fetchedAt = this.now();
    const insert = this.statements.putMetrics;
    const wanted = new Set(asked);
    this.db.transaction(() => {
      for (const [keyword, item] of rows)
        insert.run(keyword, JSON.stringify(item), fetchedAt, wanted.has(keyword) ? fetchedAt : null);
    })();
    for (const [keyword, item] of rows) this.memoMetrics.set(keyword, { value: item, fetchedAt });
  }

  /** Every cached document count of a keyword, by type, in one query. */
  allDocuments(keyword: string): Map<string, Cached<number | null>> {
    let known = this.memoDocuments.get(keyword);
    if (!known) {
      const rows = this.statements.allDocuments.all(keyword) as {
        type: string;
        total: number | null;
        fetched_at: number;
      }[];
      known = new Map(rows.map((row) => [row.type, { value: row.total, fetchedAt: row.fetched_at }]));
      this.memoDocuments.set(keyword, known);
    }
    const now = this.now();
    const result = new Map<string, Cached<number | null>>();
    for (const [type, hit] of known) result.set(type, { ...hit, fresh: now - hit.fetchedAt < DOCUMENTS_TTL_MS });
    return result;
  }

  putDocuments(keyword: string, type: string, total: number | null, fetchedAt = this.now()): void {
    this.statements.putDocuments.run(keyword, type, total, fetchedAt);
    this.memoDocuments.get(keyword)?.set(type, { value: total, fetchedAt });
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
