/**
 * The setup page's CSRF check: a per-process random token, embedded in the page, must come back
 * in a custom header. Cookies are shared across localhost ports, so SameSite cannot do this job.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { SETUP_CSRF_HEADER } from '@aigenc/shared/contract';
import { CompanionError } from '../../errors/index.ts';

export function createCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfGuard(token: string): RequestHandler {
  const expected = createHash('sha256').update(token).digest();
  return (req, _res, next) => {
    const presented = req.headers[SETUP_CSRF_HEADER];
    if (typeof presented !== 'string') return next(new CompanionError('FORBIDDEN_ORIGIN'));
    const actual = createHash('sha256').update(presented).digest();
    next(timingSafeEqual(actual, expected) ? undefined : new CompanionError('FORBIDDEN_ORIGIN'));
  };
}
