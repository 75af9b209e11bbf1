/**
 * Commerce errors in every shape the gateway and the APIs behind it answer (spec §7.6), parsed
 * with zod into one view: the gateway `{code: "GW.…", message, timestamp, traceId}`; pay-order
 * `{code: "104121", …}`; pay-user with `invalidInputs[{name, message}]`; contents and products
 * `{code: "BAD_REQUEST", invalidInputs[{name, type, message}], …}`; pay-merchant
 * `{code: "ERR-NC-…", data, …}`. Each becomes the contract's code and words that say what to do,
 * keeping the vendor's code and trace id; the names of refused fields are kept, never values.
 */
import { z } from 'zod';
import { UpstreamError } from '../../errors/index.ts';
import { fill } from '../../messages.ts';
import { jsonValue, type UpstreamResponse } from '../http-client.ts';
import { COMMERCE_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

const M = COMMERCE_MESSAGES;

export type ErrorShape = 'gateway' | 'pay-order' | 'pay-user' | 'contents' | 'pay-merchant' | 'unknown';

const ErrorBodySchema = z.looseObject({
  code: z.union([z.string(), z.number()]).transform(String),
  message: z.string().optional().catch(undefined),
  traceId: z.string().optional().catch(undefined),
  invalidInputs: z
    .array(z.looseObject({ name: z.string(), type: z.string().optional(), message: z.string().optional() }))
    .optional()
    .catch(undefined),
});

export interface GatewayBody {
  shape: ErrorShape;
  code: string | null;
  message: string | null;
  traceId: string | null;
  /** The names of the fields the API refused (`invalidInputs[].name`), at most ten. */
  fields: string[];
}

function shapeOf(code: string, typedInputs: boolean, hasInputs: boolean): ErrorShape {
  if (code.startsWith('GW.')) return 'gateway';
  if (code.startsWith('ERR-NC-')) return 'pay-merchant';
  if (typedInputs || /^[A-Z][A-Z_]+$/.test(code)) return 'contents';
  if (hasInputs) return 'pay-user';
  if (/^\d+$/.test(code)) return 'pay-order';
  return 'unknown';
}

export function gatewayBody(response: UpstreamResponse): GatewayBody {
  const headerTrace = response.headers['gncp-gw-trace-id'] ?? null;
  const parsed = ErrorBodySchema.safeParse(jsonValue(response.text));
  // Not one of the shapes (or not JSON): the status and headers still speak.
  if (!parsed.success) return { shape: 'unknown', code: null, message: null, traceId: headerTrace, fields: [] };
  const { code, message, traceId, invalidInputs = [] } = parsed.data;
  return {
    shape: shapeOf(
      code,
      invalidInputs.some((i) => i.type !== undefined),
      invalidInputs.length > 0,
    ),
    code,
    message: message ?? null,
    traceId: traceId ?? headerTrace,
    fields: invalidInputs.slice(0, 10).map((i) => i.name.slice(0, 80)),
  };
}

/** The vendor's own sentence, on one line and bounded: it names the rule, not the seller's data. */
function vendorWords(message: string | null): string {
  return (message ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function commerceError(response: UpstreamResponse, phase: 'token' | 'call'): UpstreamError {
  const body = gatewayBody(response);
  const { code, traceId } = body;
  const base = {
    provider: PROVIDER,
    upstreamCode: code ?? String(response.status),
    ...(traceId ? { traceId } : {}),
  } as const;
  if (code === 'GW.IP_NOT_ALLOWED')
    return new UpstreamError('UPSTREAM_AUTH_FAILED', { ...base, detail: M.ipNotAllowed });
  if (code === 'GW.RATE_LIMIT' || (response.status === 429 && code !== 'GW.QUOTA_LIMIT')) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', { ...base, retryAfterSeconds: 1, detail: M.rateLimited });
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
  if (response.status >= 300 && response.status < 500) {
    // An API's own refusal (not the gateway's): its code and sentence are what the seller can act on.
    const apiLevel = body.shape !== 'gateway' && body.shape !== 'unknown' && code !== null;
    const words = vendorWords(body.message);
    const detail = apiLevel
      ? fill(body.fields.length > 0 ? M.rejectedFields : M.rejectedCode, {
          code,
          words: words || code,
          fields: body.fields.join(', '),
        })
      : M.rejected;
    return new UpstreamError('UPSTREAM_REJECTED', { ...base, detail });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    detail: fill(M.unavailable, { status: response.status }),
  });
}
