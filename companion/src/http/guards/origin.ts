/**
 * Origin rules and CORS.
 *
 * - `/api/*`: no Origin, or one of the allowed extension origins. CORS (the `cors` package, with
 *   an origin function) echoes only those, with `Vary: Origin` and no credentials; the
 *   private-network preflight header, which cors does not know, is added here for them alone.
 * - everything else (the setup page and its API): no Origin, or this server's own origin.
 * - unsafe methods with cross-site fetch metadata are refused unless they come from an allowed
 *   extension; setup writes must be same-origin by fetch metadata.
 * `null`, other local ports and every web site get 403.
 */
import type { IncomingMessage } from 'node:http';
import cors from 'cors';
import vary from 'vary';
import { extensionIdOf } from '@aigenc/shared/identity';
import { CompanionError } from '../../errors/index.ts';
import { fill } from '../../messages.ts';
import { SERVICE_MESSAGES } from '../../services/messages.ts';
import { HTTP_MESSAGES } from '../messages.ts';
import type { Guard } from './gate.ts';
import { requestPath } from './path.ts';

export const UNSAFE_METHODS: ReadonlySet<string | undefined> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Accept-Language'];

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function ownOrigin(req: IncomingMessage): string {
  // The Host header was checked by hostGuard, so this is 127.0.0.1:<port> or localhost:<port>.
  return `http://${req.headers.host ?? ''}`;
}

function refusal(origin: string, onUnknownExtension: (id: string) => void): CompanionError {
  // Naming the id is safe: the answer carries no CORS header, so no web page can read it, and
  // the id is the requester's own; it tells a person with a newer extension what to update.
  // A well-formed extension origin the companion does not know: a build it was not made with.
  const id = extensionIdOf(origin);
  if (id === null) return new CompanionError('FORBIDDEN_ORIGIN');
  onUnknownExtension(id);
  const fix = fill(SERVICE_MESSAGES.unknownExtensionFix, { id });
  return new CompanionError('FORBIDDEN_ORIGIN', { detail: fill(HTTP_MESSAGES.unknownExtension, { id, fix }) });
}

/** `onUnknownExtension` hears the id of each well-formed extension origin refused (for the doctor). */
export function originGuard(
  extensionOrigins: readonly string[],
  onUnknownExtension: (id: string) => void = () => {},
): Guard {
  const extensions = new Set(extensionOrigins);
  const extensionCors = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && extensions.has(origin) ? origin : false),
    methods: ALLOWED_METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    const origin = req.headers.origin;
    const fetchSite = req.headers['sec-fetch-site'];
    vary(res, 'Origin');

    if (isApiPath(requestPath(req))) {
      const fromExtension = origin !== undefined && extensions.has(origin);
      if (origin !== undefined && !fromExtension) return next(refusal(origin, onUnknownExtension));
      if (
        UNSAFE_METHODS.has(req.method) &&
        !fromExtension &&
        fetchSite !== undefined &&
        fetchSite !== 'same-origin' &&
        fetchSite !== 'none'
      ) {
        return next(new CompanionError('FORBIDDEN_ORIGIN'));
      }
      if (fromExtension) {
        if (req.method === 'OPTIONS' && req.headers['access-control-request-private-network'] === 'true') {
          res.setHeader('Access-Control-Allow-Private-Network', 'true');
        }
        // Answers the preflight itself (204), or adds the CORS headers and goes on.
        return extensionCors(req, res, next);
      }
      // A preflight without an allowed origin is never approved.
      if (req.method === 'OPTIONS') return next(new CompanionError('FORBIDDEN_ORIGIN'));
      return next();
    }

    if (origin !== undefined && origin !== ownOrigin(req)) return next(new CompanionError('FORBIDDEN_ORIGIN'));
    if (req.method === 'OPTIONS') return next(new CompanionError('FORBIDDEN_ORIGIN'));
    if (UNSAFE_METHODS.has(req.method) && fetchSite !== 'same-origin') {
      return next(new CompanionError('FORBIDDEN_ORIGIN'));
    }
    next();
  };
}
