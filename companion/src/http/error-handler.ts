/**
 * The one place errors become HTTP answers: application/problem+json with the contract's code.
 *
 * Unknown errors are logged by type only and answered with a generic 500. Body-parser errors are
 * translated without their messages (V8's JSON errors quote the input).
 */
import type { ErrorRequestHandler, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from '@aigenc/shared/contract';
import { CompanionError, ValidationError, isStorageError } from '../errors/index.ts';
import { toProblem } from '../errors/problem.ts';
import type { Logger } from '../logger.ts';
import { requestLanguage } from './language.ts';
import { HTTP_MESSAGES } from './messages.ts';

const BODY_PARSER_ERRORS: Record<string, () => CompanionError> = {
  'entity.too.large': () => new CompanionError('PAYLOAD_TOO_LARGE'),
  'entity.parse.failed': () =>
    new ValidationError([{ path: '', message: 'the body is not valid JSON' }], HTTP_MESSAGES.bodyNotJson),
  'encoding.unsupported': () => new CompanionError('UNSUPPORTED_MEDIA_TYPE'),
  'charset.unsupported': () => new CompanionError('UNSUPPORTED_MEDIA_TYPE'),
  'request.size.invalid': () => new ValidationError([{ path: '', message: 'the body length is wrong' }]),
};

export function toCompanionError(error: unknown): CompanionError | null {
  if (error instanceof CompanionError) return error;
  if (isStorageError(error)) return new CompanionError('STORAGE_UNAVAILABLE', { cause: error });
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type in BODY_PARSER_ERRORS) return BODY_PARSER_ERRORS[type]!();
  // The router's decoding of a path parameter (`/jobs/%C0`): the address is wrong, not the companion.
  if (error instanceof URIError && (error as { status?: unknown }).status === 400)
    return new ValidationError([{ path: 'path', message: 'a path segment is not valid percent-encoding' }]);
  return null;
}

export function sendProblem(req: Request, res: Response, error: CompanionError): void {
  const problem = toProblem(error, requestLanguage(req));
  if (problem.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(problem.retryAfterSeconds));
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = toCompanionError(error);
    if (!known) {
      const name = error instanceof Error ? error.name : typeof error;
      logger.error({ event: 'UNHANDLED_ERROR', errorType: name, method: req.method, path: req.path }, 'internal error');
    } else if (known.status >= 500) {
      logger.warn({ event: 'REQUEST_FAILED', code: known.code, path: req.path }, 'request failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(req, res, known ?? new CompanionError('INTERNAL'));
  };
}
