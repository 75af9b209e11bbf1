/**
 * Bulk keyword jobs: up to 10,000 keywords kept in SQLite and answered in order, a step of 25 at
 * a time, at the vendors' pace (five hints a Search Ad call, one document count a keyword for the
 * default saturation formula). Each step is saved at once, so a job survives a restart or a
 * SIGKILL and goes on by itself without asking again what it has. A cooldown or a spent quota
 * makes it `waiting` until then, in words; a failure that waiting cannot mend (wrong keys) makes
 * it `failed`, and `resume` queues it again. One runner per process; a lease keeps two processes
 * (the server and `aigenc keywords`) from running the same job.
 *
 *   const jobs = new KeywordJobService({ metrics, store, time, problem });
 *   const job = jobs.create(['캠핑의자', '텐트']);
 *   jobs.start();            // the server: runs every open job, oldest first
 *   await jobs.runToEnd(job.id, (done, total) => bar.update(done, total));   // the CLI
 */
import { randomBytes } from 'node:crypto';
import { MAX_OPEN_JOBS, MAX_OPEN_KEYWORDS, jobIs } from '@aigenc/shared/contract';
import type { Time } from '../clock.ts';
import { CompanionError } from '../errors/index.ts';
import { storedProblem } from '../errors/problem.ts';
import type { JobRow, JobStore } from '../store/job-store.ts';

/** A job as the service answers it (the routes shape it for the wire). */
export type { JobRow } from '../store/job-store.ts';
import type { KeywordMetricsService, MetricsItem } from './keyword-metrics.ts';
import { afterFailure, jobLimitReached, passing } from './job-waits.ts';
import { SERVICE_MESSAGES } from './messages.ts';
import { storedWords } from '../messages.ts';
import type { SavedItem } from './job-results.ts';

/**
 * Keywords answered and saved per step: 5 Search Ad calls, so the page's table fills in every few
 * seconds at the real pace, and a crash loses at most one step's calls.
 */
export const JOB_STEP = 25;
/** How long a claim on a job holds without being renewed. */
export const LEASE_MS = 60_000;
/** The longest the idle runner sleeps before looking again. */
const IDLE_MS = 30_000;

export interface KeywordJobDeps {
  metrics: KeywordMetricsService;
  store: JobStore;
  time: Time;
  /** Who runs jobs here (this process), and whether another holder of a lease still lives. */
  owner?: string;
  isAlive?: (owner: string) => boolean;
  step?: number;
}

function processAlive(owner: string): boolean {
  const pid = Number(owner.split(':')[0]);
  // Our own pid under another owner is a process before us that had the same number (a restart).
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class KeywordJobService {
  private readonly owner: string;
  private readonly isAlive: (owner: string) => boolean;
  private readonly step: number;
  private running: Promise<void> | null = null;
  private stopped = true;
  private wake: (() => void) | null = null;

  constructor(private readonly deps: KeywordJobDeps) {
    this.owner = deps.owner ?? `${process.pid}:${randomBytes(4).toString('hex')}`;
    this.isAlive = deps.isAlive ?? processAlive;
    this.step = deps.step ?? JOB_STEP;
  }

  private get now(): number {
    return this.deps.time.now();
  }

  /**
   * Keeps a new job, refused with JOB_LIMIT_REACHED (nothing kept) when it would take the open work
   * past MAX_OPEN_JOBS jobs or MAX_OPEN_KEYWORDS keywords still to answer.
   */
  create(keywords: readonly string[], name?: string): JobRow {
    const id = randomBytes(12).toString('base64url');
    const label = name?.trim() || `${keywords[0]!}${keywords.length > 1 ? ` +${keywords.length - 1}` : ''}`;
    const bounds = { jobs: MAX_OPEN_JOBS, keywords: MAX_OPEN_KEYWORDS };
    const { job, load } = this.deps.store.createWithin(id, label.slice(0, 100), keywords, this.now, bounds);
    if (!job) throw jobLimitReached(load, keywords.length, bounds);
    this.wake?.();
    return job;
  }

  /** Removes a job that has ended (done, cancelled, failed) with its results; an open one is refused. */
  remove(id: string): void {
    this.get(id);
    if (!this.deps.store.remove(id))
      throw new CompanionError('JOB_LIMIT_REACHED', { detail: SERVICE_MESSAGES.jobStillOpen });
  }

  /** An open job with exactly these keywords (a command run again after it was stopped). */
  findOpen(keywords: readonly string[]): JobRow | null {
    for (const job of this.deps.store.open()) {
      if (job.total !== keywords.length) continue;
      const mine = this.deps.store.keywords(job.id, 0, job.total);
      if (mine.every((k, i) => k === keywords[i])) return job;
    }
    return null;
  }

  list(): JobRow[] {
    return this.deps.store.list();
  }

  get(id: string): JobRow {
    const job = this.deps.store.get(id);
    if (!job) throw new CompanionError('NOT_FOUND');
    return job;
  }

  /** The saved answers from `offset` (at most `limit`), in the job's order. */
  results(id: string, offset: number, limit: number): { job: JobRow; items: SavedItem[] } {
    const job = this.get(id);
    const items = this.deps.store.results(id, offset, limit, job.done).map((text) => JSON.parse(text) as SavedItem);
    return { job, items };
  }

  cancel(id: string): JobRow {
    this.get(id);
    this.deps.store.setStatus(id, 'cancelled', this.now);
    return this.get(id);
  }

  /** A cancelled or failed job is queued again, from where it stopped. */
  resume(id: string): JobRow {
    const job = this.get(id);
    if (jobIs('resumable', job.status)) {
      this.deps.store.reopen(id, this.now);
      this.wake?.();
    }
    return this.get(id);
  }

  /** Runs every open job in this process, oldest first, until `stop`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.loop();
  }

  /** Stops the runner: the step under way may finish within `graceMs`, else it is left (its figures are cached). */
  async stop(graceMs = 2000): Promise<void> {
    this.stopped = true;
    this.wake?.();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }

  /**
   * Runs one job to its end here, telling progress; the CLI's way. A wait longer than `maxWaitMs`
   * returns the job waiting (it stays open: the companion goes on with it by itself).
   */
  async runToEnd(
    id: string,
    onProgress?: (done: number, total: number, job: JobRow) => void,
    maxWaitMs = Infinity,
  ): Promise<JobRow> {
    for (;;) {
      const job = this.get(id);
      onProgress?.(job.done, job.total, job);
      if (jobIs('ended', job.status)) return job;
      if (job.status === 'waiting' && job.waitingUntil !== null && job.waitingUntil > this.now) {
        if (job.waitingUntil - this.now > maxWaitMs) return job;
        await this.deps.time.sleep(job.waitingUntil - this.now);
        continue;
      }
      if (!this.claim(job)) {
        // Another live process runs it: follow its progress.
        await this.deps.time.sleep(1000);
        continue;
      }
      try {
        await this.advance(job, (done) => onProgress?.(job.done + done, job.total, job));
      } finally {
        this.deps.store.release(id, this.owner);
      }
    }
  }

  private claim(job: JobRow): boolean {
    const dead =
      job.leaseOwner && job.leaseOwner !== this.owner && !this.isAlive(job.leaseOwner) ? job.leaseOwner : null;
    return this.deps.store.lease(job.id, this.owner, this.now + LEASE_MS, this.now, dead);
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const now = this.now;
      const open = this.deps.store.open();
      const next = open.find((job) => (job.status !== 'waiting' || (job.waitingUntil ?? 0) <= now) && this.claim(job));
      if (!next) {
        const wakes = open.filter((j) => j.status === 'waiting' && j.waitingUntil !== null).map((j) => j.waitingUntil!);
        await this.idle(Math.min(IDLE_MS, ...wakes.map((at) => Math.max(0, at - now))));
        continue;
      }
      try {
        await this.advance(next);
      } catch {
        // The database closed under a stopping server; anything else is retried on the next turn.
        if (this.stopped) return;
        await this.idle(1000);
      } finally {
        if (!this.stopped) this.deps.store.release(next.id, this.owner);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref?.();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  /** One step of a job: the next keywords answered and saved, or the job set waiting or failed. */
  private async advance(job: JobRow, onProgress?: (done: number) => void): Promise<void> {
    const { store } = this.deps;
    const keywords = store.keywords(job.id, job.done, this.step);
    if (keywords.length === 0) {
      store.setStatus(job.id, 'done', this.now);
      return;
    }
    if (job.status !== 'running') store.setStatus(job.id, 'running', this.now);
    let items: MetricsItem[];
    try {
      items = await this.deps.metrics.metrics(keywords, {
        documents: 'saturation',
        ...(onProgress ? { onProgress: ({ done }) => onProgress(done) } : {}),
      });
    } catch (error) {
      this.pause(job.id, error instanceof CompanionError ? error : new CompanionError('INTERNAL', { cause: error }));
      return;
    }
    // Answers up to the first keyword that must wait are kept; the rest is asked again later.
    const stop = items.findIndex((i) => passing(i.error) || passing(i.documentsError));
    const answered = stop === -1 ? items : items.slice(0, stop);
    const saved = answered.map((item) => JSON.stringify(this.saved(item)));
    const failed = answered.filter((i) => i.error).length;
    store.saveResults(job.id, job.done, saved, failed, this.now);
    // Cancelled meanwhile: what was answered is kept, nothing more is asked.
    if (store.get(job.id)?.status === 'cancelled') return;
    if (stop !== -1) {
      const item = items[stop]!;
      this.pause(job.id, (passing(item.error) ? item.error : item.documentsError)!);
    } else if (job.done + answered.length >= job.total) store.setStatus(job.id, 'done', this.now);
  }

  private saved(item: MetricsItem): SavedItem {
    const { error, documentsError, ...rest } = item;
    return {
      item: rest,
      ...(error ? { error: storedProblem(error) } : {}),
      ...(documentsError ? { documentsError: storedProblem(documentsError) } : {}),
    };
  }

  /** Waiting until the vendor lets us go on, or failed when waiting cannot help. */
  private pause(id: string, error: CompanionError): void {
    const next = afterFailure(error, this.now);
    this.deps.store.setStatus(id, next.status, this.now, { ...next, message: storedWords(next.message) });
  }
}
