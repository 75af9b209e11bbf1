/**
 * The popup's line for a bulk job that is moving: its name, how far it is, and the way to its
 * page. It asks the companion once as the popup opens (no vendor call), then every 2 s while a
 * job is moving.
 */
import { useState } from 'preact/hooks';
import type { KeywordJob } from '@aigenc/shared/contract';
import { openBulkPage, t } from '../../platform/browser.ts';
import { count } from '../../ui/format.ts';
import { usePoll } from '../../ui/use-poll.ts';
import { isActive } from './job-status.ts';
import { useClient } from '../../ui/client-context.tsx';

/** How often the popup's job line asks while a job is moving. */
const POPUP_POLL_MS = 2000;

export function RunningJob() {
  const client = useClient();
  const [job, setJob] = useState<KeywordJob | null>(null);
  usePoll(
    async (live) => {
      const active = await client
        .jobs()
        .then(({ jobs }) => jobs.find(isActive) ?? null)
        .catch(() => null);
      if (!live()) return null;
      setJob(active);
      return active ? POPUP_POLL_MS : null;
    },
    [client],
  );

  if (!job) return null;
  const words =
    job.status === 'waiting'
      ? t('bulkLineWaiting', job.name)
      : t('bulkLineRunning', [job.name, count(job.done), count(job.total)]);
  return (
    <div class="job-line" role="status">
      <progress max={Math.max(job.total, 1)} value={job.done} aria-hidden="true" />
      <span>{words}</span>
      <button type="button" class="link" onClick={() => void openBulkPage(job.id)}>
        {t('bulkLineOpen')}
      </button>
    </div>
  );
}
