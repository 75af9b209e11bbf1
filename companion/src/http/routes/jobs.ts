/**
 * Bulk keyword jobs (`/api/v1/keywords/jobs*`): start one (the only route taking bodies up to
 * 512 KiB), list them, follow one, read its results page by page (JSON, or CSV with a BOM),
 * cancel (DELETE) and, added to the contract, resume (`POST …/resume`) and remove an ended job
 * with its results (`DELETE …?remove=true`).
 */
import type { Request, RequestHandler } from 'express';
import {
  JobDeleteQuerySchema,
  JobIdSchema,
  KeywordJobRequestSchema,
  KeywordJobResultsQuerySchema,
  KeywordJobResultsResponseSchema,
  KeywordJobSchema,
  KeywordJobsResponseSchema,
  type KeywordJob,
} from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import type { KeywordJobService } from '../../services/keyword-jobs.ts';
import { jobMessage, wireItem } from '../../services/job-results.ts';
import { metricsCsv } from '../../services/keyword-csv.ts';
import type { JobRow } from '../../services/keyword-jobs.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';
import { noContent, reply } from './mount.ts';

/** `{ [name]: value }` when there is a value, else nothing (the contract's optional fields). */
const optional = <K extends string>(name: K, value: string | null) =>
  (value ? { [name]: value } : {}) as Partial<Record<K, string>>;

export function wireJob(job: JobRow, language: Language): KeywordJob {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    total: job.total,
    done: job.done,
    failed: job.failed,
    createdAt: iso(job.createdAt),
    updatedAt: iso(job.updatedAt),
    ...(job.finishedAt !== null ? { finishedAt: iso(job.finishedAt) } : {}),
    ...(job.status === 'waiting' && job.waitingUntil !== null ? { waitingUntil: iso(job.waitingUntil) } : {}),
    ...optional('message', jobMessage(job, language)),
  };
}

const jobId = (req: Request) => parseInput(JobIdSchema, req.params['id']);

export function jobHandlers(jobs: KeywordJobService) {
  return {
    create: ((req, res) => {
      const { keywords, name } = parseInput(KeywordJobRequestSchema, req.body);
      reply(res, KeywordJobSchema, wireJob(jobs.create(keywords, name), requestLanguage(req)), 201);
    }) satisfies RequestHandler,
    list: ((req, res) => {
      const language = requestLanguage(req);
      reply(res, KeywordJobsResponseSchema, { jobs: jobs.list().map((job) => wireJob(job, language)) });
    }) satisfies RequestHandler,
    get: ((req, res) =>
      reply(res, KeywordJobSchema, wireJob(jobs.get(jobId(req)), requestLanguage(req)))) satisfies RequestHandler,
    results: ((req, res) => {
      const id = jobId(req);
      const { format, offset, limit } = parseInput(KeywordJobResultsQuerySchema, req.query);
      const language = requestLanguage(req);
      const { job, items } = jobs.results(id, offset, limit);
      if (format === 'csv') {
        res
          .type('text/csv; charset=utf-8')
          .attachment(`keywords-${job.id}.csv`)
          .send(metricsCsv(items, language, offset === 0));
        return;
      }
      reply(res, KeywordJobResultsResponseSchema, {
        items: items.map((saved) => wireItem(saved, language)),
        offset,
        done: job.done,
      });
    }) satisfies RequestHandler,
    /** Cancels; with `?remove=true` (added to the contract) removes an ended job and its results. */
    cancelOrRemove: ((req, res) => {
      const id = jobId(req);
      if (parseInput(JobDeleteQuerySchema, req.query).remove === 'true') {
        jobs.remove(id);
        noContent(res);
        return;
      }
      reply(res, KeywordJobSchema, wireJob(jobs.cancel(id), requestLanguage(req)));
    }) satisfies RequestHandler,
    resume: ((req, res) =>
      reply(res, KeywordJobSchema, wireJob(jobs.resume(jobId(req)), requestLanguage(req)))) satisfies RequestHandler,
  };
}
