/**
 * Pairing, as the routes and commands see it: a code issued (from the setup page or `aigenc pair`),
 * redeemed for a bearer token, listed and revoked. Refusals become problems; every step is logged
 * by event, never with a code or a token.
 */
import type { Pairing } from '@aigenc/shared/contract';
import { CompanionError, RateLimitedError } from '../errors/index.ts';
import type { Logger } from '../logger.ts';
import type { PairingStore } from '../store/pairing.ts';
import { SERVICE_MESSAGES } from './messages.ts';

/** Where a code was asked for: the log says which. */
export type CodeSource = 'setup' | 'cli' | 'serve';

export class PairingService {
  constructor(
    private readonly store: PairingStore,
    private readonly logger: Logger,
  ) {}

  issueCode(via: CodeSource): { code: string; expiresAt: Date } {
    const issued = this.store.issueCode();
    this.logger.info({ event: 'PAIRING_CODE_ISSUED', via }, 'pairing code issued');
    return issued;
  }

  /** A typed code becomes a token, or a refusal: wrong or expired (401), or locked after five tries (429). */
  redeem(code: string, label: string): string {
    const result = this.store.redeem(code, label);
    if (!result.ok) {
      this.logger.warn({ event: 'PAIRING_REFUSED', reason: result.reason }, 'pairing refused');
      if (result.reason === 'locked')
        throw new RateLimitedError(
          'RATE_LIMITED',
          (result.retryAfterMs ?? 0) / 1000,
          SERVICE_MESSAGES.pairingCodeLocked,
        );
      throw new CompanionError('UNAUTHENTICATED', { detail: SERVICE_MESSAGES.wrongPairingCode });
    }
    this.logger.info({ event: 'PAIRED', pairingId: result.pairingId }, 'extension paired');
    return result.token;
  }

  /** The pairing a bearer token belongs to, or null (every authenticated request asks). */
  verifyToken(token: string): string | null {
    return this.store.verifyToken(token);
  }

  list(): Pairing[] {
    return this.store.list();
  }

  revoke(id: string): void {
    if (!this.store.revoke(id)) throw new CompanionError('NOT_FOUND');
    this.logger.info({ event: 'PAIRING_REVOKED', pairingId: id }, 'pairing revoked');
  }
}
