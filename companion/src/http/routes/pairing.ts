/** `POST /api/v1/pair`: a pairing code becomes a bearer token. Rate limited, brute-force locked. */
import type { Router } from 'express';
import { PairRequestSchema, type PairResponse } from '@aigenc/shared/contract';
import { CompanionError, RateLimitedError } from '../../errors.ts';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../logger.ts';
import type { PairingStore } from '../../store/pairing.ts';
import { rateLimit } from '../guards/rate-limit.ts';
import { HTTP_MESSAGES } from '../messages.ts';
import { parseInput } from '../validate.ts';

export function pairingRoutes(router: Router, pairings: PairingStore, logger: Logger, now: Clock): void {
  router.post('/pair', rateLimit({ capacity: 10, refillPerSecond: 10 / 60, now }), (req, res) => {
    const input = parseInput(PairRequestSchema, req.body);
    const result = pairings.redeem(input.code, input.label ?? 'Chrome extension');
    if (!result.ok) {
      logger.warn({ event: 'PAIRING_REFUSED', reason: result.reason }, 'pairing refused');
      if (result.reason === 'locked') {
        throw new RateLimitedError('RATE_LIMITED', (result.retryAfterMs ?? 0) / 1000, HTTP_MESSAGES.pairingCodeLocked);
      }
      throw new CompanionError('UNAUTHENTICATED', { detail: HTTP_MESSAGES.wrongPairingCode });
    }
    logger.info({ event: 'PAIRED', pairingId: result.pairingId }, 'extension paired');
    const body: PairResponse = { token: result.token };
    res.status(201).json(body);
  });
}
