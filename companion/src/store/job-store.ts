/**
 * Bulk keyword jobs and their keywords in SQLite. The answered keywords of a job are always the
 * first `done` of its list: a runner answers them in order and saves each step in one
 * transaction, so a crash (even SIGKILL) loses at most the step under way, and that step's
 * figures are in the keyword cache already. A lease names the process running a job, so that
 * the server and a command line never run the same job twice.
 */
import { JOB_STATUS_KINDS, jobIs, type JobStatus } from '@aigenc/shared/contract';
import type { StoredWords } from '../messages.ts';
import type { Db } from './db.ts';

export interface JobRow {
  id: string;
  name: string;
  status: JobStatus;
  total: number;
  done: number;
  failed: number;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
  waitingUntil: number | null;
  /** Why it waits or failed: kept as a message's id and parameters, put in words when read. */
  message: StoredWords | null;
  leaseOwner: string | null;
  leaseUntil: number | null;
}

interface RawJob {
  id: string;
  name: string;
  status: JobStatus;
  total: number;
  done: number;
  failed: number;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
  waiting_until: number | null;
  message: string | null;
  lease_owner: string | null;
  lease_until: number | null;
}

function toRow(raw: RawJob): JobRow {
  return {
    id: raw.id,
    name: raw.name,
    status: raw.status,
    total: raw.total,
    done: raw.done,
    failed: raw.failed,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    finishedAt: raw.finished_at,
    waitingUntil: raw.waiting_until,
    message: raw.message ? (JSON.parse(raw.message) as StoredWords) : null,
    leaseOwner: raw.lease_owner,
    leaseUntil: raw.lease_until,
  };
}

/** Statuses a runner may still work on. */
/** A status list as SQL: `('queued', 'running', 'waiting')`. */
export const sqlList = (statuses: readonly string[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;
const OPEN = sqlList(JOB_STATUS_KINDS.open);

export class JobStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insertJob: db.prepare(
        `INSERT INTO keyword_jobs (id, name, status, total, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?, ?)`,
      ),
      insertItem: db.prepare('INSERT INTO keyword_job_items (job_id, position, keyword) VALUES (?, ?, ?)'),
      get: db.prepare('SELECT * FROM keyword_jobs WHERE id = ?'),
      // Every open job, and the newest ended ones: a job that can still spend quota is never out of sight.
      list: db.prepare(
        `SELECT * FROM keyword_jobs WHERE status IN ${OPEN} OR rowid IN (
           SELECT rowid FROM keyword_jobs WHERE status NOT IN ${OPEN} ORDER BY created_at DESC, rowid DESC LIMIT ?)
         ORDER BY created_at DESC, rowid DESC`,
      ),
      openLoad: db.prepare(
        `SELECT count(*) AS jobs, coalesce(sum(total - done), 0) AS keywords FROM keyword_jobs WHERE status IN ${OPEN}`,
      ),
      remove: db.prepare(`DELETE FROM keyword_jobs WHERE id = ? AND status NOT IN ${OPEN}`),
      open: db.prepare(`SELECT * FROM keyword_jobs WHERE status IN ${OPEN} ORDER BY created_at, rowid`),
      keywords: db.prepare(
        'SELECT keyword FROM keyword_job_items WHERE job_id = ? AND position >= ? ORDER BY position LIMIT ?',
      ),
      results: db.prepare(
        'SELECT result FROM keyword_job_items WHERE job_id = ? AND position >= ? AND position < ? ORDER BY position',
      ),
      saveResult: db.prepare('UPDATE keyword_job_items SET result = ? WHERE job_id = ? AND position = ?'),
      advance: db.prepare(
        `UPDATE keyword_jobs SET done = ?, failed = failed + ?, updated_at = ? WHERE id = ? AND done = ?`,
      ),
      status: db.prepare(
        `UPDATE keyword_jobs SET status = ?, waiting_until = ?, message = ?, finished_at = ?, updated_at = ?
         WHERE id = ? AND status IN ${OPEN}`,
      ),
      lease: db.prepare(
        `UPDATE keyword_jobs SET lease_owner = ?, lease_until = ? WHERE id = ?
         AND (lease_owner IS NULL OR lease_owner = ? OR lease_owner = ? OR lease_until < ?)`,
      ),
      reopen: db.prepare(
        `UPDATE keyword_jobs SET status = 'queued', waiting_until = NULL, message = NULL, finished_at = NULL,
         updated_at = ? WHERE id = ? AND status IN ${sqlList(JOB_STATUS_KINDS.resumable)}`,
      ),
      release: db.prepare(
        'UPDATE keyword_jobs SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?',
      ),
    };
  }

  create(id: string, name: string, keywords: readonly string[], now: number): JobRow {
    this.db.transaction(() => {
      this.statements.insertJob.run(id, name, keywords.length, now, now);
      keywords.forEach((keyword, position) => this.statements.insertItem.run(id, position, keyword));
    })();
    return this.get(id)!;
  }

  get(id: string): JobRow | null {
    const raw = this.statements.get.get(id) as RawJob | undefined;
    return raw ? toRow(raw) : null;
  }

  /** Every open job and the newest `ended` of the others, newest first. */
  list(ended = 50): JobRow[] {
    return (this.statements.list.all(ended) as RawJob[]).map(toRow);
  }

  /** How many jobs are open, and how many keywords they have left to answer. */
  openLoad(): { jobs: number; keywords: number } {
    return this.statements.openLoad.get() as { jobs: number; keywords: number };
  }

  /**
   * Creates the job only if the open work stays within `bounds` (checked in the same transaction, so
   * two requests at once cannot both pass); null, and nothing kept, when it would not.
   */
  createWithin(
    id: string,
    name: string,
    keywords: readonly string[],
    now: number,
    bounds: { jobs: number; keywords: number },
  ): { job: JobRow | null; load: { jobs: number; keywords: number } } {
    return this.db
      .transaction(() => {
        const load = this.openLoad();
        if (load.jobs + 1 > bounds.jobs || load.keywords + keywords.length > bounds.keywords)
          return { job: null, load };
        return { job: this.create(id, name, keywords, now), load };
      })
      .immediate();
  }

  /** Removes an ended job and its results (the items go with it); false when it is open or unknown. */
  remove(id: string): boolean {
    return this.statements.remove.run(id).changes === 1;
  }

  /** Jobs not finished, oldest first. */
  open(): JobRow[] {
    return (this.statements.open.all() as RawJob[]).map(toRow);
  }

  /** Up to `count` keywords from `position` on. */
  keywords(id: string, position: number, count: number): string[] {
    return (this.statements.keywords.all(id, position, count) as Array<{ keyword: string }>).map((r) => r.keyword);
  }

  /** The saved answers from `offset`, at most `limit`, never past `done`. */
  results(id: string, offset: number, limit: number, done: number): string[] {
    const end = Math.min(done, offset + limit);
    if (end <= offset) return [];
    return (this.statements.results.all(id, offset, end) as Array<{ result: string }>).map((r) => r.result);
  }

  /**
   * Saves the answers of the keywords from `from` on and moves `done` past them, in one
   * transaction; false (and nothing saved) when `done` is no longer `from` (someone else did).
   */
  saveResults(id: string, from: number, results: readonly string[], failed: number, now: number): boolean {
    return this.db.transaction(() => {
      const moved = this.statements.advance.run(from + results.length, failed, now, id, from).changes === 1;
      if (!moved) return false;
      results.forEach((result, i) => this.statements.saveResult.run(result, id, from + i));
      return true;
    })();
  }

  /** Sets the status of a job still open; false when it had ended (done, cancelled, failed). */
  setStatus(
    id: string,
    status: JobStatus,
    now: number,
    extra: { waitingUntil?: number; message?: StoredWords } = {},
  ): boolean {
    const ended = jobIs('ended', status);
    const message = extra.message ? JSON.stringify(extra.message) : null;
    return (
      this.statements.status.run(status, extra.waitingUntil ?? null, message, ended ? now : null, now, id).changes === 1
    );
  }

  /** Queues a cancelled or failed job again, from where it stopped. */
  reopen(id: string, now: number): boolean {
    return this.statements.reopen.run(now, id).changes === 1;
  }

  /**
   * Claims (or renews) a job for `owner` until `until`: allowed when nobody holds it, the owner
   * already does, the holder is `dead` (a process that is gone), or the claim has run out.
   */
  lease(id: string, owner: string, until: number, now: number, dead: string | null): boolean {
    return this.statements.lease.run(owner, until, id, owner, dead ?? owner, now).changes === 1;
  }

  release(id: string, owner: string): void {
    this.statements.release.run(id, owner);
  }
}
