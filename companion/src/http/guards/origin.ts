/**
 * Origin rules and CORS.
 *
 * - `/api/*`: no Origin, or one of the allowed extension origins. CORS echoes only those, with
 *   `Vary: Origin`; a private-network preflight is answered only for them.
 * - everything else (the setup page and its API): no Origin, or this server's own origin.
 * - unsafe methods with cross-site fetch metadata are refused unless they come from an allowed
 *   extension; setup writes must be same-origin by fetch metadata.
 * `null`, other local ports and every web site get 403.
 */
import type { Request, RequestHandler } from 'express';
import { CompanionError } from '../../errors.ts';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language';

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function ownOrigin(req: Request): string {
  // The Host header was checked by hostGuard, so this is 127.0.0.1:<port> or localhost:<port>.
  return `http://${req.headers.host ?? ''}`;
}

export function originGuard(extensionOrigins: readonly string[]): RequestHandler {
  const extensions = new Set(extensionOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const fetchSite = req.headers['sec-fetch-site'];
    res.vary('Origin');

    if (isApiPath(req.path)) {
      const fromExtension = origin !== undefined && extensions.has(origin);
      if (origin !== undefined && !fromExtension) return next(new CompanionError('FORBIDDEN_ORIGIN'));
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
        res.setHeader('Access-Control-Allow-Origin', origin);
        if (req.method === 'OPTIONS') {
          res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
          res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
          res.setHeader('Access-Control-Max-Age', '600');
          if (req.headers['access-control-request-private-network'] === 'true') {
            res.setHeader('Access-Control-Allow-Private-Network', 'true');
          }
          res.status(204).end();
          return;
        }
      } else if (req.method === 'OPTIONS') {
        // A preflight without an allowed origin is never approved.
        return next(new CompanionError('FORBIDDEN_ORIGIN'));
      }
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
