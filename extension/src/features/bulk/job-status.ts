/** Whether the companion still has work on a job (kept apart so the popup loads only this). */
import { jobIs, type KeywordJob } from '@aigenc/shared/contract';

export function isActive(job: KeywordJob): boolean {
  return jobIs('open', job.status);
}
