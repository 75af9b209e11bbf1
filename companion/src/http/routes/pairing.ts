/**
 * Pairing: a code typed in the extension becomes a bearer token (rate limited, locked after five
 * wrong tries); the setup page issues codes, lists the paired extensions and revokes one.
 */
import type { RequestHandler } from 'express';
import {
  PairRequestSchema,
  PairResponseSchema,
  PairingCodeResponseSchema,
  PairingsResponseSchema,
} from '@aigenc/shared/contract';
import type { Clock } from '../../clock.ts';
import type { PairingService } from '../../services/pairing.ts';
import { rateLimit } from '../guards/rate-limit.ts';
import { parseInput, pathParam } from '../validate.ts';
import { noContent, reply } from './mount.ts';

export function pairingHandlers(pairings: PairingService, now: Clock) {
  return {
    /** Ten tries a minute, whatever the code: the guard in front of `redeem`. */
    redeemLimit: rateLimit({ capacity: 10, refillPerSecond: 10 / 60, now }),
    redeem: ((req, res) => {
      const input = parseInput(PairRequestSchema, req.body);
      reply(res, PairResponseSchema, { token: pairings.redeem(input.code, input.label ?? 'Chrome extension') }, 201);
    }) satisfies RequestHandler,
    issueCode: ((_req, res) => {
      const { code, expiresAt } = pairings.issueCode('setup');
      reply(res, PairingCodeResponseSchema, { code, expiresAt: expiresAt.toISOString() }, 201);
    }) satisfies RequestHandler,
    list: ((_req, res) => reply(res, PairingsResponseSchema, { pairings: pairings.list() })) satisfies RequestHandler,
    revoke: ((req, res) => {
      pairings.revoke(pathParam(req, 'id'));
      noContent(res);
    }) satisfies RequestHandler,
  };
}
