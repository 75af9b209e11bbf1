import { describe, expect, it } from 'vitest';
import type { KeywordJob } from '@aigenc/shared/contract';
import { csvFileName } from './JobView.tsx';
import { isActive } from './job-status.ts';
import { nextSamples } from './use-jobs.ts';

const JOB: KeywordJob = {
  id: 'job_0123456789',
  name: '캠핑 +99',
  status: 'running',
  total: 100,
  done: 10,
  failed: 0,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:10.000Z',
};

describe('nextSamples', () => {
  it('adds a sample when the job moved, not when it stood still', () => {
    const one = nextSamples([], JOB, 1000);
    expect(one).toEqual([{ at: 1000, done: 10 }]);
    expect(nextSamples(one, JOB, 2500)).toEqual(one);
    expect(nextSamples(one, { ...JOB, done: 20 }, 3000)).toEqual([...one, { at: 3000, done: 20 }]);
  });

  it('starts over after a wait, so a cooldown does not slow the estimate', () => {
    const samples = [{ at: 1000, done: 10 }];
    expect(nextSamples(samples, { ...JOB, status: 'waiting' }, 2000)).toEqual([]);
  });

  it('keeps the last 60 samples only', () => {
    let samples: ReturnType<typeof nextSamples> = [];
    for (let i = 0; i < 100; i++) samples = nextSamples(samples, { ...JOB, done: i + 1 }, i * 1000);
    expect(samples).toHaveLength(60);
    expect(samples[0]).toEqual({ at: 40_000, done: 41 });
  });
});

describe('isActive', () => {
  it('is true while the companion still has work on the job', () => {
    expect(['queued', 'running', 'waiting'].map((status) => isActive({ ...JOB, status } as KeywordJob))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['done', 'cancelled', 'failed'].map((status) => isActive({ ...JOB, status } as KeywordJob))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('csvFileName', () => {
  it('keeps Hangul, letters and digits, and nothing a file system refuses', () => {
    expect(csvFileName(JOB)).toBe('aigenc-캠핑-99.csv');
    expect(csvFileName({ ...JOB, name: '../../etc/passwd' })).toBe('aigenc-etc-passwd.csv');
    expect(csvFileName({ ...JOB, name: '***' })).toBe('aigenc-keywords.csv');
  });
});
