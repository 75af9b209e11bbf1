/**
 * Unsafe methods must carry `application/json`, checked before any byte of the body is read:
 * this removes the "simple" cross-site requests (text/plain, forms) that skip CORS preflight.
 * A declared length over the limit is refused here too, without reading it: 16 KiB, except for
 * starting a bulk job (a list of up to 10,000 keywords), which may send 512 KiB.
 */
import type { IncomingMessage } from 'node:http';
import express from 'express';
import { MAX_JOB_BODY_BYTES } from '@aigenc/shared/contract';
import { CompanionError } from '../../errors/index.ts';
import { UNSAFE_METHODS } from './origin.ts';
import type { Guard } from './gate.ts';
import { requestPath } from './path.ts';

export const MAX_BODY_BYTES = 16 * 1024;
/** The one route that takes larger bodies: starting a bulk job. */
const LARGE_BODY = { method: 'POST', path: '/api/v1/keywords/jobs', limit: MAX_JOB_BODY_BYTES } as const;

/** The body limit of a request: the one place it is decided (the guard and the parser both ask). */
export function bodyLimit(req: IncomingMessage): number {
  return req.method === LARGE_BODY.method && requestPath(req) === LARGE_BODY.path ? LARGE_BODY.limit : MAX_BODY_BYTES;
}

/** Parses a JSON body within the request's limit (strict: objects and arrays only). */
export function jsonBody(): Guard {
  const parsers = new Map(
    [MAX_BODY_BYTES, LARGE_BODY.limit].map((limit) => [
      limit,
      express.json({ limit, strict: true, type: 'application/json' }),
    ]),
  );
  return (req, res, next) => parsers.get(bodyLimit(req))!(req, res, next);
}

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [mediaType = '', ...params] = header.toLowerCase().split(';');
  if (mediaType.trim() !== 'application/json') return false;
  return params.every((param) => {
    const [name, value] = param.split('=').map((s) => s.trim());
    return name !== 'charset' || value === 'utf-8' || value === '"utf-8"';
  });
}

export function jsonOnlyGuard(): Guard {
  return (req, _res, next) => {
    if (!UNSAFE_METHODS.has(req.method)) return next();
    if (!isJsonContentType(req.headers['content-type'])) return next(new CompanionError('UNSUPPORTED_MEDIA_TYPE'));
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > bodyLimit(req)) return next(new CompanionError('PAYLOAD_TOO_LARGE'));
    next();
  };
}
