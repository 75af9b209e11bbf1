/**
 * Bearer authentication for /api/v1 (bar health and pair): a paired token, or the pre-shared
 * AIGENC_API_TOKEN. Both are compared as SHA-256 digests in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { CompanionError } from '../../errors/index.ts';
import type { PairingService } from '../../services/pairing.ts';

const BEARER = /^Bearer ([\x21-\x7e]{16,512})$/;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function bearerAuth(pairings: Pick<PairingService, 'verifyToken'>, apiToken: string | null): RequestHandler {
  const apiTokenDigest = apiToken === null ? null : digest(apiToken);
  return (req, res, next) => {
    const match = BEARER.exec(req.headers.authorization ?? '');
    if (!match) return next(new CompanionError('UNAUTHENTICATED'));
    const token = match[1]!;
    if (apiTokenDigest && timingSafeEqual(digest(token), apiTokenDigest)) {
      res.locals['principal'] = 'api-token';
      return next();
    }
    const pairingId = pairings.verifyToken(token);
    if (!pairingId) return next(new CompanionError('UNAUTHENTICATED'));
    res.locals['principal'] = `pairing:${pairingId}`;
    next();
  };
}
