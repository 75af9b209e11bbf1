import { describe, expect, it } from 'vitest';
import { CoupangPageRefusedError, coupangBusinessError, coupangHttpError } from './errors.ts';

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
    const error = coupangBusinessError('400', 'keyword is required.', 'search');
    expect([error.code, error.upstreamCode]).toEqual(['UPSTREAM_REJECTED', 'rCode 400']);
    expect(error.detail?.ko).toContain('keyword is required.');
    expect(coupangBusinessError('500', 'x'.repeat(1000)).detail!.en.length).toBeLessThan(400);
  });

  it('tells a page the vendor cannot link apart from other refusals, for one page or several', () => {
    const one = coupangBusinessError('400', 'url convert failed', { links: 1 });
    expect(one).toBeInstanceOf(CoupangPageRefusedError);
    expect([one.code, one.upstreamCode, (one as CoupangPageRefusedError).said]).toEqual([
      'COUPANG_URL_REFUSED',
      'rCode 400',
      'url convert failed',
    ]);
    expect(one.detail?.ko).toMatch(/링크로 만들 수 없다고.*"url convert failed"/);
    expect(one.detail?.en).toContain('not asked again for a day');
    const several = coupangBusinessError('400', 'url convert failed', { links: 3 });
    expect(several.detail?.ko).toMatch(/주소 3개/);
    expect(several.detail?.en).not.toContain('for a day');
    // The same words on a search or a report are not about a page.
    expect(coupangBusinessError('400', 'url convert failed', 'report').code).toBe('UPSTREAM_REJECTED');
    expect(coupangBusinessError('400', 'coupangUrls must hold 1 to 20 urls.', { links: 21 }).code).toBe(
      'UPSTREAM_REJECTED',
    );
  });
});
