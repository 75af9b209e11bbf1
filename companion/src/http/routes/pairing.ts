/** `POST /api/v1/pair`: a pairing code becomes a bearer token. Rate limited, brute-force locked. */
import type { Router } from 'express';
import { PairRequestSchema, type PairResponse } from '@aigenc/shared/contract';
import { CompanionError, RateLimitedError } from '../../errors.ts';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../logger.ts';
import type { PairingStore } from '../../store/pairing.ts';
import { rateLimit } from '../guards/rate-limit.ts';
import { parseInput } from '../validate.ts';

const WRONG_CODE = {
  ko: '페어링 코드가 맞지 않거나 만료되었습니다. 컴패니언 설정 페이지나 `aigenc pair`로 새 코드를 받으세요.',
  en: 'The pairing code is wrong or has expired: get a new one from the setup page or `aigenc pair`.',
};
const LOCKED = {
  ko: '잘못된 코드를 너무 많이 입력해 이 코드는 더 이상 쓸 수 없습니다. 새 코드를 만드세요.',
  en: 'Too many wrong codes: this code is dead. Make a new one.',
};

export function pairingRoutes(router: Router, pairings: PairingStore, logger: Logger, now: Clock): void {
  router.post('/pair', rateLimit({ capacity: 10, refillPerSecond: 10 / 60, now }), (req, res) => {
    const input = parseInput(PairRequestSchema, req.body);
    const result = pairings.redeem(input.code, input.label ?? 'Chrome extension');
    if (!result.ok) {
      logger.warn({ event: 'PAIRING_REFUSED', reason: result.reason }, 'pairing refused');
      if (result.reason === 'locked') {
        throw new RateLimitedError('RATE_LIMITED', (result.retryAfterMs ?? 0) / 1000, LOCKED);
      }
      throw new CompanionError('UNAUTHENTICATED', { detail: WRONG_CODE });
    }
    logger.info({ event: 'PAIRED', pairingId: result.pairingId }, 'extension paired');
    const body: PairResponse = { token: result.token };
    res.status(201).json(body);
  });
}
