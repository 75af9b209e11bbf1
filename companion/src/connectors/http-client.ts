/**
 * The one function connectors send requests with. It goes through the egress dispatcher, never
 * follows a redirect (a 3xx is an upstream failure: the target is never contacted), and turns
 * undici's stable error codes into UpstreamError with a plain-words detail.
 */
import type { Egress } from './egress.ts';
import type { Provider } from '@aigenc/shared/contract';
import { providerSpec } from '@aigenc/shared/providers';
import { EgressBlockedError, MalformedResponseError, UpstreamError } from '../errors/index.ts';
import { fill } from '../messages.ts';
import { TRANSPORT_MESSAGES } from './messages.ts';

export interface UpstreamRequest {
  provider: Provider;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Full URL; its origin must be one the egress dispatcher allows. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

function translate(provider: Provider, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const found = [error, (error as { cause?: unknown } | null)?.cause].find((e) => e instanceof EgressBlockedError);
  if (found)
    return new UpstreamError('UPSTREAM_UNAVAILABLE', {
      provider,
      upstreamCode: 'EGRESS_BLOCKED',
      detail: TRANSPORT_MESSAGES.blocked,
      cause: found,
    });
  const code = (error as { code?: unknown } | null)?.code;
  const timedOut =
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    (error as { name?: string } | null)?.name === 'TimeoutError';
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    provider,
    ...(typeof code === 'string' ? { upstreamCode: code } : {}),
    detail: timedOut ? TRANSPORT_MESSAGES.timedOut : TRANSPORT_MESSAGES.unavailable,
    cause: error,
  });
}

export async function upstreamRequest(egress: Egress, req: UpstreamRequest): Promise<UpstreamResponse> {
  const signals = [AbortSignal.timeout(req.timeoutMs ?? 15_000), ...(req.signal ? [req.signal] : [])];
  try {
    const dispatcher = await egress.get();
    const { request } = await import('undici');
    const response = await request(req.url, {
      dispatcher,
      method: req.method,
      headers: req.headers ?? {},
      body: req.body ?? null,
      signal: AbortSignal.any(signals),
    });
    if (response.statusCode >= 300 && response.statusCode < 400) {
      await response.body.dump();
      throw new UpstreamError('UPSTREAM_UNAVAILABLE', {
        provider: req.provider,
        upstreamCode: `HTTP_${response.statusCode}`,
        detail: TRANSPORT_MESSAGES.redirected,
      });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_RESPONSE_BYTES) {
        response.body.destroy();
        throw new UpstreamError('UPSTREAM_UNAVAILABLE', {
          provider: req.provider,
          upstreamCode: 'RESPONSE_TOO_LARGE',
          detail: TRANSPORT_MESSAGES.unavailable,
        });
      }
      chunks.push(chunk as Buffer);
    }
    return {
      status: response.statusCode,
      headers: flatten(response.headers),
      text: Buffer.concat(chunks).toString('utf8'),
    };
  } catch (error) {
    throw translate(req.provider, error);
  }
}

/** The body parsed as JSON, or undefined when it is not JSON. */
export function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The body as a JSON object, or null (not JSON, or JSON that is not an object). */
export function jsonObject(text: string): Record<string, unknown> | null {
  const value = jsonValue(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** An answer that is not the shape the vendor documents (truncated, HTML from a gateway, ...). */
export function malformedResponse(provider: Provider, traceId?: string | null): MalformedResponseError {
  const service = providerSpec(provider).name;
  return new MalformedResponseError(provider, fill(TRANSPORT_MESSAGES.malformed, { service }), traceId);
}
