/**
 * The companion's jobs, newest first: each with its progress and, where it applies, resume,
 * cancel or remove (an ended job, two clicks); a row picks the job shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { jobIs, type KeywordJob } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { wallClock } from '../../platform/clock.ts';
import { errorView } from '../../ui/problem-view.ts';
import { count, time } from '../../ui/format.ts';
import { isActive } from './job-status.ts';
import { useClient } from '../../ui/client-context.tsx';

/** The time left in words, rounded up to the minute. */
export function leftWords(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 1) return t('bulkLeftMinute');
  if (minutes < 60) return t('bulkLeftMinutes', String(minutes));
  return t('bulkLeftHours', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}

/** What a job's count means now: the time left, or when it ended. */
export function jobProgressWords(job: KeywordJob, secondsLeft: number | null): string {
  const failed = job.failed > 0 ? ` · ${t('bulkFailedCount', count(job.failed))}` : '';
  if (job.status === 'running') return (secondsLeft === null ? t('bulkEstimating') : leftWords(secondsLeft)) + failed;
  if (job.status === 'queued') return t('bulkQueued') + failed;
  if (job.finishedAt) return t('bulkFinishedAt', time(job.finishedAt)) + failed;
  return failed.replace(/^ · /, '');
}

export interface JobActionsProps {
  job: KeywordJob;
  onChanged: () => void;
  onProblem: (message: string | null) => void;
}

export function JobActions({ job, onChanged, onProblem }: JobActionsProps) {
  const client = useClient();
  // Removing takes two clicks: the first arms the button, the second removes (nothing to undo).
  const [armed, setArmed] = useState(false);
  useEffect(() => setArmed(false), [job.id, job.status]);
  async function act(action: (id: string) => Promise<unknown>): Promise<void> {
    onProblem(null);
    try {
      await action(job.id);
    } catch (error) {
      onProblem(errorView(error, wallClock()).message);
    }
    onChanged();
  }
  const resumable = jobIs('resumable', job.status);
  return (
    <>
      {isActive(job) && (
        <button type="button" onClick={() => void act((id) => client.cancelJob(id))}>
          {t('bulkCancel')}
        </button>
      )}
      {resumable && job.done < job.total && (
        <button type="button" onClick={() => void act((id) => client.resumeJob(id))}>
          {t('bulkResume')}
        </button>
      )}
      {!isActive(job) && (
        <button
          type="button"
          class={armed ? 'danger' : undefined}
          onClick={() => (armed ? void act((id) => client.removeJob(id)) : setArmed(true))}
        >
          {armed ? t('bulkRemoveConfirm') : t('bulkRemove')}
        </button>
      )}
    </>
  );
}

export interface JobListProps {
  jobs: readonly KeywordJob[];
  selected: string | null;
  onSelect: (id: string) => void;
}

export function JobList({ jobs, selected, onSelect }: JobListProps) {
  return (
    <section class="panel bulk-jobs" aria-labelledby="bulk-jobs-heading">
      <h2 id="bulk-jobs-heading">{t('bulkJobsHeading')}</h2>
      {jobs.length === 0 ? (
        <p class="muted">{t('bulkJobsEmpty')}</p>
      ) : (
        <ul>
          {jobs.map((job) => (
            <li key={job.id} class={job.id === selected ? 'selected' : undefined}>
              <button
                type="button"
                class="job-pick"
                aria-current={job.id === selected ? 'true' : undefined}
                onClick={() => onSelect(job.id)}
              >
                <span class="job-name">{job.name}</span>
                <span class="muted">
                  {time(job.createdAt)} · {count(job.done)}/{count(job.total)}
                </span>
                <span class={`job-status job-${job.status}`}>{t(`jobStatus_${job.status}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
