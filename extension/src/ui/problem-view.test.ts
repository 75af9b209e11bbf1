import { describe, expect, it } from 'vitest';
import type { Problem } from '@aigenc/shared/contract';
import { problemView } from './problem-view.ts';

const problem = (code: Problem['code'], extra: Partial<Problem> = {}): Problem => ({
  type: `urn:aigenc:problem:${code}`,
  title: code,
  status: 400,
  detail: `detail of ${code}`,
  code,
  ...extra,
});

describe('problemView', () => {
  it.each([
    ['CONNECTION_NOT_CONFIGURED', 'setup'],
    ['UPSTREAM_AUTH_FAILED', 'setup'],
    ['UPSTREAM_RATE_LIMITED', 'wait'],
    ['UPSTREAM_QUOTA_EXHAUSTED', 'wait'],
    ['UPSTREAM_UNAVAILABLE', 'retry'],
    ['UNAUTHENTICATED', 'pair'],
    // Trying again cannot help: the vendor said this page cannot be linked, or it is not a page to link.
    ['COUPANG_URL_REFUSED', 'none'],
    ['NOT_A_COUPANG_URL', 'none'],
  ] as const)('%s asks the person to %s', (code, action) => {
    expect(problemView(problem(code), 0).action).toBe(action);
  });

  it('says until when to wait, and keeps the companion’s words', () => {
    const now = new Date(2026, 10, 23, 14, 0, 0).getTime();
    const view = problemView(problem('UPSTREAM_RATE_LIMITED', { retryAfterSeconds: 300 }), now);
    expect(view.message).toBe('detail of UPSTREAM_RATE_LIMITED');
    expect(view.until).toMatch(/05/);
  });
});
