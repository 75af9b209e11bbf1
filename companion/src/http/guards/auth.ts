/**
 * Bearer authentication for /api/v1 (bar health and pair): a paired token, or the pre-shared
 * AIGENC_API_TOKEN. Both are compared as SHA-256 digests in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { CompanionError } from '../../errors/index.ts';
import type { PairingService } from '../../services/pairing.ts';

const BEARER = /^Bearer ([\x21-\x7e]{16,512})$/;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Who a request is (`api-token` or `pairing:<id>`) by its bearer token, or null. */
export function authenticator(
  pairings: Pick<PairingService, 'verifyToken'>,
  apiToken: string | null,
): (req: IncomingMessage) => string | null {
  const apiTokenDigest = apiToken === null ? null : digest(apiToken);
  return (req) => {
    const match = BEARER.exec(req.headers.authorization ?? '');
    if (!match) return null;
    const token = match[1]!;
    if (apiTokenDigest && timingSafeEqual(digest(token), apiTokenDigest)) return 'api-token';
    const pairingId = pairings.verifyToken(token);
    return pairingId ? `pairing:${pairingId}` : null;
  };
}

export function bearerAuth(pairings: Pick<PairingService, 'verifyToken'>, apiToken: string | null): RequestHandler {
  const principalOf = authenticator(pairings, apiToken);
  return (req, res, next) => {
    const principal = principalOf(req);
    if (!principal) return next(new CompanionError('UNAUTHENTICATED'));
    res.locals['principal'] = principal;
    next();
  };
}
