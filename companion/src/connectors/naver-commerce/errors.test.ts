import { describe, expect, it } from 'vitest';
import type { UpstreamResponse } from '../http-client.ts';
import { commerceError, gatewayBody } from './errors.ts';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): UpstreamResponse => ({
  status,
  headers,
  text: typeof body === 'string' ? body : JSON.stringify(body),
});

/** One body of each shape the Commerce APIs answer (spec §7.6), and what it becomes. */
const SHAPES: Array<[string, UpstreamResponse, { shape: string; code: string; contract: string; fields?: string[] }]> =
  [
    [
      'the gateway (check value)',
      answer(401, {
        code: 'GW.AUTHN',
        message: '요청을 보낼 권한이 없습니다.',
        timestamp: '2023-11-05T23:35:24.415+09:00',
        traceId: 'cr3-000000-aaaaaa^1730711073284^6745261',
      }),
      { shape: 'gateway', code: 'GW.AUTHN', contract: 'UPSTREAM_AUTH_FAILED' },
    ],
    [
      'pay-order (a numeric code)',
      answer(400, {
        code: '104121',
        message: '이미 사용된 송장번호입니다.',
        timestamp: '2026-11-05T10:00:00+09:00',
        traceId: 't-1',
      }),
      { shape: 'pay-order', code: '104121', contract: 'UPSTREAM_REJECTED' },
    ],
    [
      'pay-user (invalidInputs with names)',
      answer(400, {
        code: '4000',
        message: '요청 값이 올바르지 않습니다.',
        timestamp: '2026-11-05T10:00:00+09:00',
        traceId: 't-2',
        invalidInputs: [{ name: 'answerComment', message: '필수 항목입니다.' }],
      }),
      { shape: 'pay-user', code: '4000', contract: 'UPSTREAM_REJECTED', fields: ['answerComment'] },
    ],
    [
      'contents and products (typed invalidInputs, no trace id)',
      answer(400, {
        code: 'BAD_REQUEST',
        message: '잘못된 요청입니다.',
        invalidInputs: [
          { name: 'originProduct.detailAttribute.optionInfo', type: 'NotNull', message: '값이 없습니다.' },
        ],
        timestamp: '2026-11-05T10:00:00+09:00',
      }),
      {
        shape: 'contents',
        code: 'BAD_REQUEST',
        contract: 'UPSTREAM_REJECTED',
        fields: ['originProduct.detailAttribute.optionInfo'],
      },
    ],
    [
      'pay-merchant (ERR-NC codes and data)',
      answer(400, {
        code: 'ERR-NC-100100',
        message: '정산 정보가 없습니다.',
        data: null,
        timestamp: '2026-11-05T10:00:00+09:00',
        traceId: 't-3',
      }),
      { shape: 'pay-merchant', code: 'ERR-NC-100100', contract: 'UPSTREAM_REJECTED' },
    ],
  ];

describe('Commerce error shapes', () => {
  it.each(SHAPES)('reads %s', (_name, response, expected) => {
    const body = gatewayBody(response);
    expect(body.shape).toBe(expected.shape);
    expect(body.code).toBe(expected.code);
    expect(body.fields).toEqual(expected.fields ?? []);
    const error = commerceError(response, 'call');
    expect(error.code).toBe(expected.contract);
    expect(error.upstreamCode).toBe(expected.code);
  });

  it('keeps the trace id from the body, else from the gateway header', () => {
    expect(commerceError(SHAPES[0]![1], 'call').traceId).toBe('cr3-000000-aaaaaa^1730711073284^6745261');
    const bare = answer(502, '<html>bad gateway</html>', { 'gncp-gw-trace-id': 'hdr-trace' });
    expect(commerceError(bare, 'call')).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', traceId: 'hdr-trace' });
  });

  it("an API's refusal says its code, its sentence and the fields to check, never the values sent", () => {
    const error = commerceError(SHAPES[3]![1], 'call');
    expect(error.detail!.ko).toBe(
      '네이버 커머스 API가 요청을 거절했습니다(코드 BAD_REQUEST): 잘못된 요청입니다. 확인할 항목: originProduct.detailAttribute.optionInfo',
    );
    expect(error.detail!.en).not.toContain('값이 없습니다');
    expect(commerceError(SHAPES[1]![1], 'call').detail!.en).toBe(
      'Naver Commerce rejected the request (code 104121): 이미 사용된 송장번호입니다.',
    );
  });

  it.each([
    ['GW.RATE_LIMIT', 429, 'UPSTREAM_RATE_LIMITED'],
    ['GW.QUOTA_LIMIT', 429, 'UPSTREAM_QUOTA_EXHAUSTED'],
    ['GW.IP_NOT_ALLOWED', 403, 'UPSTREAM_AUTH_FAILED'],
    ['GW.BLOCK.02', 503, 'UPSTREAM_UNAVAILABLE'],
    ['GW.TIMEOUT.01', 504, 'UPSTREAM_UNAVAILABLE'],
  ])('the gateway’s %s (%i) is %s', (code, status, contract) => {
    expect(commerceError(answer(status, { code, message: 'x', timestamp: 't', traceId: 'y' }), 'call').code).toBe(
      contract,
    );
  });
});
