/**
 * Bulk keyword jobs (`/api/v1/keywords/jobs*`): kept by the companion, run at the vendors' pace,
 * resumed after a restart; the popup, the side panel, the bulk page and the CLI only start them,
 * watch them and read their results.
 */
import * as z from 'zod/mini';
import { KeywordInput, KeywordMetricsItemSchema } from './keywords.ts';

export const MAX_JOB_KEYWORDS = 10_000;
/** The jobs route alone accepts bodies this large (10,000 keywords of Korean text). */
export const MAX_JOB_BODY_BYTES = 512 * 1024;

/**
 * Added to the contract: the bounds on open work (queued, running or waiting). A job beyond them is
 * refused with 409 JOB_LIMIT_REACHED before anything is kept, so no forgotten list spends quota unseen.
 */
export const MAX_OPEN_JOBS = 5;
export const MAX_OPEN_KEYWORDS = 20_000;
/** Added: a finished, cancelled or failed job and its results are kept this many days after it ended. */
export const JOB_KEEP_DAYS = 30;

export const KeywordJobRequestSchema = z.strictObject({
  keywords: z.array(KeywordInput).check(z.minLength(1), z.maxLength(MAX_JOB_KEYWORDS)),
  name: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export type KeywordJobRequest = z.infer<typeof KeywordJobRequestSchema>;

export const JOB_STATUSES = ['queued', 'running', 'waiting', 'done', 'cancelled', 'failed'] as const;
export const JobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatusSchema>;

/**
 * What each status means, said once (the companion's store and runner, the bulk page and the popup
 * read it): open work still to do, ended work, and ended work a person may resume.
 */
export const JOB_STATUS_KINDS = Object.freeze({
  open: ['queued', 'running', 'waiting'],
  ended: ['done', 'cancelled', 'failed'],
  resumable: ['cancelled', 'failed'],
} as const satisfies Record<string, readonly JobStatus[]>);

export function jobIs(kind: keyof typeof JOB_STATUS_KINDS, status: JobStatus): boolean {
  return (JOB_STATUS_KINDS[kind] as readonly JobStatus[]).includes(status);
}

export const KeywordJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: JobStatusSchema,
  total: z.int().check(z.nonnegative()),
  done: z.int().check(z.nonnegative()),
  createdAt: z.iso.datetime(),
  /** While `waiting`: when the job goes on by itself (a cooldown's end, midnight KST for a quota). */
  waitingUntil: z.optional(z.iso.datetime()),
  /** Why it waits or failed, in words (Korean or English per `Accept-Language`). */
  message: z.optional(z.string()),
  /** Added to the contract: keywords answered with an error (counted in `done`). */
  failed: z.int().check(z.nonnegative()),
  /** Added to the contract: the last change, and when the job ended. */
  updatedAt: z.iso.datetime(),
  finishedAt: z.optional(z.iso.datetime()),
});
export type KeywordJob = z.infer<typeof KeywordJobSchema>;

export const KeywordJobsResponseSchema = z.object({ jobs: z.array(KeywordJobSchema) });
export type KeywordJobsResponse = z.infer<typeof KeywordJobsResponseSchema>;

/** Added: `DELETE …/jobs/<id>?remove=true` removes an ended job with its results (204); without it DELETE cancels. */
export const JobDeleteQuerySchema = z.strictObject({ remove: z._default(z.enum(['true', 'false']), 'false') });

export const JobIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/, 'not a job id'));

/** `?offset&limit` (added to the contract) read the results a page at a time, as they arrive. */
export const KeywordJobResultsQuerySchema = z.strictObject({
  format: z._default(z.enum(['json', 'csv']), 'json'),
  offset: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_JOB_KEYWORDS)), MAX_JOB_KEYWORDS),
});

export const KeywordJobResultsResponseSchema = z.object({
  /** The answered keywords from `offset` on, in the job's order. */
  items: z.array(KeywordMetricsItemSchema),
  /** Added to the contract: where these items start, and how many the job has answered. */
  offset: z.int().check(z.nonnegative()),
  done: z.int().check(z.nonnegative()),
});
export type KeywordJobResultsResponse = z.infer<typeof KeywordJobResultsResponseSchema>;
