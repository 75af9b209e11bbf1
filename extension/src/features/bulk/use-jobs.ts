/**
 * The companion's bulk jobs, watched: the list polled every 1.5 s while a job is moving (every
 * 10 s otherwise), and each job's recent progress kept for the time-left estimate. A failed poll
 * keeps the last list and tries again.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { KeywordJob } from '@aigenc/shared/contract';
import type { CompanionClient } from '../../companion-client.ts';
import { wallClock } from '../../platform/clock.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { usePoll } from '../../ui/use-poll.ts';
import { isActive } from './job-status.ts';
import { secondsLeft, type Sample } from './table.ts';

export const ACTIVE_POLL_MS = 1500;
export const IDLE_POLL_MS = 10_000;

/** Adds what a poll saw to a job's samples; a wait starts the estimate over. */
export function nextSamples(samples: readonly Sample[], job: KeywordJob, at: number): Sample[] {
  if (job.status !== 'running') return [];
  const last = samples.at(-1);
  if (last && last.done === job.done) return [...samples];
  return [...samples, { at, done: job.done }].slice(-60);
}

export interface JobsState {
  jobs: KeywordJob[] | null;
  problem: ProblemView | null;
  /** Seconds left for a running job, or null while it cannot be told yet. */
  secondsLeft: (job: KeywordJob) => number | null;
  /** Asks again now (after a start, a cancel or a resume). */
  refresh: () => void;
}

export function useJobs(client: CompanionClient): JobsState {
  const [jobs, setJobs] = useState<KeywordJob[] | null>(null);
  const [problem, setProblem] = useState<ProblemView | null>(null);
  const [tick, setTick] = useState(0);
  const samples = useRef(new Map<string, Sample[]>());

  usePoll(
    async (live) => {
      try {
        const { jobs: list } = await client.jobs();
        if (!live()) return null;
        const at = wallClock();
        for (const job of list) samples.current.set(job.id, nextSamples(samples.current.get(job.id) ?? [], job, at));
        setJobs(list);
        setProblem(null);
        return list.some(isActive) ? ACTIVE_POLL_MS : IDLE_POLL_MS;
      } catch (error) {
        if (live()) setProblem(errorView(error, wallClock()));
        return IDLE_POLL_MS;
      }
    },
    [client, tick],
  );

  const left = useCallback(
    (job: KeywordJob) => (job.status === 'running' ? secondsLeft(samples.current.get(job.id) ?? [], job.total) : null),
    [],
  );
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { jobs, problem, secondsLeft: left, refresh };
}
