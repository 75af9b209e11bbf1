/**
 * A companion problem as the popup shows it: what happened, in the companion's words, and the
 * one action that fixes it (start, pair, set up, wait until a time).
 */
import type { Problem } from '@aigenc/shared/contract';
import { CompanionProblemError, CompanionTimeoutError, CompanionUnreachableError } from '../companion-client.ts';
import { t } from '../platform/browser.ts';
import { locale } from './format.ts';

export type ProblemAction = 'pair' | 'setup' | 'wait' | 'retry' | 'none';

export interface ProblemView {
  message: string;
  action: ProblemAction;
  /** For `wait`: when calls may go again, in words. */
  until?: string;
}

export function problemView(problem: Problem, now: number): ProblemView {
  const until =
    problem.retryAfterSeconds === undefined
      ? undefined
      : new Date(now + problem.retryAfterSeconds * 1000).toLocaleTimeString(locale(), {
          hour: '2-digit',
          minute: '2-digit',
        });
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return { message: t('errorUnauthenticated'), action: 'pair' };
    case 'CONNECTION_NOT_CONFIGURED':
    case 'UPSTREAM_AUTH_FAILED':
      return { message: problem.detail, action: 'setup' };
    case 'UPSTREAM_RATE_LIMITED':
    case 'UPSTREAM_QUOTA_EXHAUSTED':
    case 'RATE_LIMITED':
      return { message: problem.detail, action: 'wait', ...(until ? { until } : {}) };
    case 'COUPANG_URL_REFUSED':
    case 'NOT_A_COUPANG_URL':
      return { message: problem.detail, action: 'none' };
    default:
      return { message: problem.detail, action: 'retry' };
  }
}

/** Any failure of a companion call, as the popup shows it. */
export function errorView(error: unknown, now: number): ProblemView {
  if (error instanceof CompanionProblemError) return problemView(error.problem, now);
  if (error instanceof CompanionUnreachableError) return { message: t('statusOffline'), action: 'retry' };
  if (error instanceof CompanionTimeoutError) return { message: t('errorCompanionSlow'), action: 'retry' };
  return { message: t('errorUnexpected'), action: 'retry' };
}
