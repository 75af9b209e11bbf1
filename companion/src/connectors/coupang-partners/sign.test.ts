import { describe, expect, it } from 'vitest';
import { coupangAuthorization, coupangSignedDate, signCoupang } from './sign.ts';

const DEEPLINK = '/v2/providers/affiliate_open_api/apis/openapi/v1/deeplink';
const SEARCH = '/v2/providers/affiliate_open_api/apis/openapi/v1/products/search';

describe('Coupang signing', () => {
  it('matches the spec check value', () => {
    expect(signCoupang('test-secret-key', '240101T000000Z', 'POST', DEEPLINK, '')).toBe(
      '12d3721e0a8fbc214063af61391a2fd51c55311fecedff424f5facfe75c2c0f4',
    );
  });

  it('formats the signed date in UTC as yyMMddTHHmmssZ', () => {
    expect(coupangSignedDate(Date.UTC(2024, 0, 1, 0, 0, 0))).toBe('240101T000000Z');
    expect(coupangSignedDate(Date.UTC(2026, 10, 23, 23, 59, 7, 999))).toBe('261123T235907Z');
  });

  it('signs a Korean keyword as it is sent on the wire, percent-encoded', () => {
    const wire = new URLSearchParams({ keyword: '무선 이어폰', limit: '10' }).toString();
    expect(wire).toBe('keyword=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0&limit=10');
    const encoded = signCoupang('test-secret-key', '240101T000000Z', 'GET', SEARCH, wire);
    const raw = signCoupang('test-secret-key', '240101T000000Z', 'GET', SEARCH, 'keyword=무선 이어폰&limit=10');
    expect(encoded).toMatch(/^[0-9a-f]{64}$/);
    expect(encoded).not.toBe(raw);
    expect(encoded).toBe(
      signCoupang(
        'test-secret-key',
        '240101T000000Z',
        'GET',
        SEARCH,
        'keyword=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0&limit=10',
      ),
    );
  });

  it('builds the CEA header', () => {
    expect(coupangAuthorization('ak', 'test-secret-key', 'POST', DEEPLINK, '', Date.UTC(2024, 0, 1))).toBe(
      'CEA algorithm=HmacSHA256, access-key=ak, signed-date=240101T000000Z, signature=12d3721e0a8fbc214063af61391a2fd51c55311fecedff424f5facfe75c2c0f4',
    );
  });
});
