/**
 * Estimated monthly searches and ad bids, kept for a day per keyword: a repeated look, a
 * comparison that adds one keyword, or the CLI after the popup costs no quota. What is kept are
 * the figures derived for the user (estimates, bids), never DataLab's raw ratios.
 */
import type { Clock } from '../clock.ts';
import type { Db } from './db.ts';

export const TREND_TTL_MS = 24 * 3_600_000;

/** The kinds of day-long answers kept in `keyword_answers`. */
export type AnswerKind = 'estimate' | 'audience' | 'category-trend';

export interface Kept<T> {
  value: T;
  fetchedAt: number;
}

export class TrendStore {
  private readonly statements;

  constructor(
    db: Db,
    private readonly now: Clock,
  ) {
    this.statements = {
      trend: db.prepare('SELECT data, fetched_at FROM keyword_trends WHERE keyword = ? AND months = ?'),
      putTrend: db.prepare(
        `INSERT INTO keyword_trends (keyword, months, data, fetched_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (keyword, months) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at`,
      ),
      bids: db.prepare('SELECT data, fetched_at FROM keyword_bids WHERE keyword = ?'),
      putBids: db.prepare(
        `INSERT INTO keyword_bids (keyword, data, fetched_at) VALUES (?, ?, ?)
         ON CONFLICT (keyword) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at`,
      ),
      purge: db.prepare('DELETE FROM keyword_trends WHERE fetched_at < ?'),
      answer: db.prepare(
        'SELECT data, fetched_at FROM keyword_answers WHERE kind = ? AND keyword = ? AND question = ?',
      ),
      putAnswer: db.prepare(
        `INSERT INTO keyword_answers (kind, keyword, question, data, fetched_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kind, keyword, question) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at`,
      ),
      purgeAnswers: db.prepare('DELETE FROM keyword_answers WHERE fetched_at < ?'),
    };
  }

  private fresh<T>(row: { data: string; fetched_at: number } | undefined): Kept<T> | null {
    if (!row || this.now() - row.fetched_at >= TREND_TTL_MS) return null;
    return { value: JSON.parse(row.data) as T, fetchedAt: row.fetched_at };
  }

  trend<T>(keyword: string, months: number): Kept<T> | null {
    return this.fresh(this.statements.trend.get(keyword, months) as { data: string; fetched_at: number } | undefined);
  }

  putTrend(keyword: string, months: number, value: unknown): void {
    this.statements.purge.run(this.now() - TREND_TTL_MS);
    this.statements.putTrend.run(keyword, months, JSON.stringify(value), this.now());
  }

  bids<T>(keyword: string): Kept<T> | null {
    return this.fresh(this.statements.bids.get(keyword) as { data: string; fetched_at: number } | undefined);
  }

  putBids(keyword: string, value: unknown): void {
    this.statements.putBids.run(keyword, JSON.stringify(value), this.now());
  }

  /** A day-old answer of one kind (`estimate`, `audience`, ...) to one question about a keyword. */
  answer<T>(kind: AnswerKind, keyword: string, question: string): Kept<T> | null {
    const row = this.statements.answer.get(kind, keyword, question) as { data: string; fetched_at: number } | undefined;
    return this.fresh(row);
  }

  putAnswer(kind: AnswerKind, keyword: string, question: string, value: unknown): void {
    this.statements.purgeAnswers.run(this.now() - TREND_TTL_MS);
    this.statements.putAnswer.run(kind, keyword, question, JSON.stringify(value), this.now());
  }
}
