/**
 * Keeps the keyword cache small as work grows. Every Search Ad answer carries the related
 * keywords (up to about 1,000 rows a call), so a few large jobs would otherwise add hundreds of
 * megabytes that nobody reads. What is kept:
 *
 * - rows a person asked for (a lookup, a job's keyword), their document counts and related lists:
 *   while fresh, then as a stale fallback for `staleKeepMs` (30 days);
 * - rows that only came along with another keyword's answer: for `cameAlongKeepMs` (7 days), and
 *   only the newest `cameAlongCap` of them;
 * - bulk jobs that ended (done, cancelled, failed) and their results: for `jobKeepMs` (30 days).
 *
 * The rest goes in small steps (at most `batch` rows each, a few milliseconds), each followed by a
 * turn of the event loop, so a lookup never waits long behind it; freed pages go back to the file
 * system with `PRAGMA incremental_vacuum` (the database is opened with auto_vacuum incremental).
 *
 *   const pruner = new CachePruner(db, time.now);
 *   pruner.start();           // a pass now, then every few seconds
 *   pruner.step();            // one bounded step by hand: how many rows went
 */
import { JOB_KEEP_DAYS } from '@aigenc/shared/contract';
import type { Clock } from '../clock.ts';
import type { Db } from './db.ts';
import { JOB_STATUS_KINDS } from '@aigenc/shared/contract';
import { sqlList } from './job-store.ts';

/** The ended statuses as SQL (the contract says which). */
const ENDED = sqlList(JOB_STATUS_KINDS.ended);

const DAY_MS = 24 * 3_600_000;

export interface PrunerLimits {
  staleKeepMs: number;
  cameAlongKeepMs: number;
  cameAlongCap: number;
  /** How long an ended bulk job and its results are kept after it ended. */
  jobKeepMs: number;
  /** Rows deleted per step at most. */
  batch: number;
  /** Pages given back per step at most. */
  vacuumPages: number;
}

export const PRUNER_LIMITS: PrunerLimits = {
  staleKeepMs: 30 * DAY_MS,
  cameAlongKeepMs: 7 * DAY_MS,
  cameAlongCap: 50_000,
  jobKeepMs: JOB_KEEP_DAYS * DAY_MS,
  batch: 1_000,
  vacuumPages: 256,
};

/** How often a pass looks for work when the last one found none. */
const PASS_EVERY_MS = 5_000;

export class CachePruner {
  private readonly statements;
  private readonly limits: PrunerLimits;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private pass: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: Clock,
    limits: Partial<PrunerLimits> = {},
  ) {
    this.limits = { ...PRUNER_LIMITS, ...limits };
    const inBatch = (table: string, where: string, order = '') =>
      db.prepare(`DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${where} ${order} LIMIT ?)`);
    this.statements = {
      // The fetched_at of the newest came-along row past the cap: it and everything older go.
      capEdge: db
        .prepare(
          'SELECT fetched_at FROM keyword_metrics WHERE asked_at IS NULL ORDER BY fetched_at DESC LIMIT 1 OFFSET ?',
        )
        .pluck(),
      cameAlong: inBatch('keyword_metrics', 'asked_at IS NULL AND fetched_at <= ?', 'ORDER BY fetched_at'),
      asked: inBatch('keyword_metrics', 'fetched_at < ?'),
      documents: inBatch('keyword_documents', 'fetched_at < ?'),
      related: inBatch('keyword_related', 'fetched_at < ?'),
      // An ended job's results first (a step at a time), then the job once it has none left.
      jobItems: db.prepare(
        `DELETE FROM keyword_job_items WHERE (job_id, position) IN (SELECT i.job_id, i.position FROM keyword_job_items i
           JOIN keyword_jobs j ON j.id = i.job_id
           WHERE j.status IN ${ENDED} AND j.finished_at < ? LIMIT ?)`,
      ),
      jobs: inBatch(
        'keyword_jobs',
        `status IN ${ENDED} AND finished_at < ?
         AND NOT EXISTS (SELECT 1 FROM keyword_job_items i WHERE i.job_id = keyword_jobs.id)`,
      ),
      freePages: db.prepare('PRAGMA freelist_count').pluck(),
    };
  }

  /** One bounded step: deletes at most `batch` rows and gives back at most `vacuumPages` pages. */
  step(): number {
    const { batch, staleKeepMs, cameAlongKeepMs, cameAlongCap, vacuumPages, jobKeepMs } = this.limits;
    const now = this.now();
    const edge = this.statements.capEdge.get(cameAlongCap) as number | undefined;
    const cameAlongBefore = Math.max(now - cameAlongKeepMs - 1, edge ?? -Infinity);
    const staleBefore = now - staleKeepMs;
    let left = batch;
    for (const [statement, before] of [
      [this.statements.cameAlong, cameAlongBefore],
      [this.statements.asked, staleBefore],
      [this.statements.documents, staleBefore],
      [this.statements.related, staleBefore],
      [this.statements.jobItems, now - jobKeepMs],
      [this.statements.jobs, now - jobKeepMs],
    ] as const) {
      if (left === 0) break;
      left -= statement.run(before, left).changes;
    }
    if ((this.statements.freePages.get() as number) > 0) this.db.pragma(`incremental_vacuum(${vacuumPages})`);
    return batch - left;
  }

  /** Steps until a step finds less than a full batch, yielding to the event loop between steps. */
  async runPass(): Promise<void> {
    for (;;) {
      let removed: number;
      try {
        removed = this.step();
      } catch {
        // A busy or closing database: the next pass tries again.
        return;
      }
      if (removed < this.limits.batch) return;
      await new Promise((resolve) => setImmediate(resolve));
      if (this.stopped) return;
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = () => {
      this.pass = this.runPass().finally(() => {
        this.pass = null;
        if (!this.stopped) {
          this.timer = setTimeout(tick, PASS_EVERY_MS);
          this.timer.unref();
        }
      });
    };
    tick();
  }

  /** Stops after the step under way; resolves when no step runs any more. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.pass;
  }
}
