import { describe, expect, it } from 'vitest';
import { coupangBusinessError, coupangHttpError } from './errors.ts';

const answer = (status: number, message: string) => ({
  status,
  headers: {},
  text: JSON.stringify({ code: 'ERROR', message, transactionId: 'tx-1' }),
});

describe('Coupang gateway errors', () => {
  it.each([
    ['Unknown error occurred, please contact api-gateway channel for the details.', 'WRONG_ACCESS_KEY', /Access Key/],
    ['Invalid signature.', 'WRONG_SECRET_KEY', /Secret Key/],
    ['Specified signature is expired.', 'SIGNATURE_EXPIRED', /시계/],
    ['HMAC format is invalid.', 'HMAC_FORMAT', /형식/],
    ['Request is not authorized.', 'NOT_AUTHORIZED', /인증 헤더/],
  ])('maps "%s" to %s with words that say what to do', (message, code, words) => {
    const error = coupangHttpError(answer(401, message));
    expect([error.code, error.upstreamCode, error.traceId]).toEqual(['UPSTREAM_AUTH_FAILED', code, 'tx-1']);
    expect(error.detail?.ko).toMatch(words);
  });

  it('keeps an unknown 401 as an authentication failure', () => {
    expect(coupangHttpError(answer(401, 'something new')).upstreamCode).toBe('401');
  });

  it('reports a business failure under HTTP 200 with the vendor’s words, cut short', () => {
    const error = coupangBusinessError('400', 'url convert failed');
    expect([error.code, error.upstreamCode]).toEqual(['UPSTREAM_REJECTED', 'rCode 400']);
    expect(error.detail?.ko).toContain('url convert failed');
    expect(coupangBusinessError('500', 'x'.repeat(1000)).detail!.en.length).toBeLessThan(400);
  });
});
