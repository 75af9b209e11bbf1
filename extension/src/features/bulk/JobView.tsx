/**
 * One job: its progress (a bar, the count, the time left or why it waits), cancel or resume,
 * the CSV download, and the results table filling in.
 */
import { useState } from 'preact/hooks';
import type { KeywordJob } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { wallClock } from '../../platform/clock.ts';
import { errorView } from '../../ui/problem-view.ts';
import { downloadText } from '../../platform/clipboard.ts';
import { count } from '../../ui/format.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { isActive } from './job-status.ts';
import { useJobResults } from './use-job-results.ts';
import { JobActions, jobProgressWords } from './JobList.tsx';
import { useClient } from '../../ui/client-context.tsx';

export interface JobViewProps {
  job: KeywordJob;
  secondsLeft: number | null;
  onChanged: () => void;
}

/** A file name from the job's name: letters, digits, Hangul and dashes kept. */
export function csvFileName(job: KeywordJob): string {
  const base = job.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'keywords';
  return `aigenc-${base.slice(0, 60)}.csv`;
}

export function JobView({ job, secondsLeft, onChanged }: JobViewProps) {
  const client = useClient();
  const items = useJobResults(client, job);
  const [problem, setProblem] = useState<string | null>(null);
  const percent = job.total === 0 ? 0 : Math.floor((job.done / job.total) * 100);

  async function download(): Promise<void> {
    setProblem(null);
    try {
      downloadText(csvFileName(job), await client.jobCsv(job.id), 'text/csv');
    } catch (error) {
      setProblem(errorView(error, wallClock()).message);
    }
  }

  return (
    <section class="panel bulk-job" aria-labelledby="bulk-job-heading">
      <div class="panel-head">
        <h2 id="bulk-job-heading">{job.name}</h2>
        <span class={`job-status job-${job.status}`}>{t(`jobStatus_${job.status}`)}</span>
      </div>
      <progress
        max={Math.max(job.total, 1)}
        value={job.done}
        aria-label={t('bulkProgressLabel', [count(job.done), count(job.total)])}
      />
      <p class="bulk-progress">
        <strong>
          {count(job.done)} / {count(job.total)} ({percent}%)
        </strong>{' '}
        <span class="muted">{jobProgressWords(job, secondsLeft)}</span>
      </p>
      {job.message && (job.status === 'waiting' || job.status === 'failed') && (
        <p class={job.status === 'failed' ? 'error' : 'notice'} role="status">
          {job.message}
        </p>
      )}
      <div class="bulk-job-actions">
        <JobActions job={job} onChanged={onChanged} onProblem={setProblem} />
        <button type="button" disabled={job.done === 0} onClick={() => void download()}>
          {isActive(job) ? t('bulkDownloadSoFar') : t('bulkDownload')}
        </button>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <ResultsTable key={job.id} items={items} total={job.total} />
    </section>
  );
}
