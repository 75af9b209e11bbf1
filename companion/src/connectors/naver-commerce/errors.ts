/**
 * Commerce gateway errors (`{code, message, timestamp, traceId}`), in the contract's codes and in
 * words that say what to do. `GW.IP_NOT_ALLOWED` says where the seller registers addresses.
 */
import { UpstreamError } from '../../errors.ts';
import { fill } from '../../messages.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';
import { COMMERCE_MESSAGES } from './messages.ts';

const PROVIDER = 'naver-commerce';
const M = COMMERCE_MESSAGES;

export interface GatewayBody {
  code: string | null;
  message: string | null;
  traceId: string | null;
}

export function gatewayBody(response: UpstreamResponse): GatewayBody {
  // Not JSON: the status and headers still speak.
  const body = jsonObject(response.text) ?? {};
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
  return {
    code: text('code'),
    message: text('message'),
    traceId: text('traceId') ?? response.headers['gncp-gw-trace-id'] ?? null,
  };
}

export function commerceError(response: UpstreamResponse, phase: 'token' | 'call'): UpstreamError {
  const { code, traceId } = gatewayBody(response);
  const base = {
    provider: PROVIDER,
    upstreamCode: code ?? String(response.status),
    ...(traceId ? { traceId } : {}),
  } as const;
  if (code === 'GW.IP_NOT_ALLOWED') {
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      detail: M.ipNotAllowed,
    });
  }
  if (code === 'GW.RATE_LIMIT' || (response.status === 429 && code !== 'GW.QUOTA_LIMIT')) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      retryAfterSeconds: 1,
      detail: M.rateLimited,
    });
  }
  if (code === 'GW.QUOTA_LIMIT') {
    return new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
      ...base,
      retryAfterSeconds: 3600,
      detail: M.quotaExhausted,
    });
  }
  if (response.status === 401 || response.status === 403 || (phase === 'token' && response.status === 400)) {
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      detail: phase === 'token' ? M.tokenRefused : M.callRefused,
    });
  }
  if (response.status >= 400 && response.status < 500) {
    return new UpstreamError('UPSTREAM_REJECTED', {
      ...base,
      detail: M.rejected,
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    detail: fill(M.unavailable, { status: response.status }),
  });
}
