/**
 * Security headers, by helmet: every answer forbids framing, sniffing, referrers and cross-origin
 * reads; the setup page gets its own strict CSP (same-origin scripts and styles, no inline code).
 * No HSTS and no upgrade-insecure-requests: the companion speaks plain http on loopback, where
 * either would break it. Nothing is cached.
 */
import type { Guard } from './gate.ts';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

/** The setup page's policy (also asserted by the security suite). */
export const SETUP_CSP_DIRECTIVES: Directives = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Everything else (JSON answers, redirects, errors) loads nothing at all. */
const API_CSP_DIRECTIVES: Directives = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

function headers(directives: Directives): Guard {
  const secure = helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  // The headers are the same for every answer: helmet is asked once, at start, and each answer
  // gets the recorded set in one loop instead of a dozen middleware calls.
  const recorded: [string, string][] = [['Cache-Control', 'no-store']];
  const recorder = {
    setHeader: (name: string, value: unknown) => recorded.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  secure({} as never, recorder as never, () => (done = true));
  if (!done || recorded.length < 5) throw new Error('helmet did not give its headers at once');
  return (_req, res, next) => {
    for (const [name, value] of recorded) res.setHeader(name, value);
    next();
  };
}

export const baseHeaders = headers(API_CSP_DIRECTIVES);
export const setupPageHeaders = headers(SETUP_CSP_DIRECTIVES);
