/**
 * The popup's line for a bulk job that is moving: its name, how far it is, and the way to its
 * page. It asks the companion once as the popup opens (no vendor call), then every 2 s while a
 * job is moving.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KeywordJob } from '@aigenc/shared/contract';
import type { CompanionClient } from '../../companion-client.ts';
import { openBulkPage, t } from '../../platform/browser.ts';
import { count } from '../keyword-metrics/format.ts';
import { isActive } from './job-status.ts';

export function RunningJob({ client }: { client: CompanionClient }) {
  const [job, setJob] = useState<KeywordJob | null>(null);
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      const active = await client
        .jobs()
        .then(({ jobs }) => jobs.find(isActive) ?? null)
        .catch(() => null);
      if (!current) return;
      setJob(active);
      if (active) timer = setTimeout(() => void poll(), 2000);
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client]);

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
