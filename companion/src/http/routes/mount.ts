/**
 * The one way routes are written and mounted. A file under `routes/` builds the handlers of one
 * contract area from the services (`keywordHandlers(service)`), reading input with `parseInput` and
 * answering with `reply` (typed by the contract's response schema); it names no path. Paths are
 * written in the two route tables only: `http/api.ts` (`/api/v1`) and `http/setup/routes.ts`
 * (`/setup/api`), each mounted with `mount` under its own router's guards. An operation both need is
 * one handler, mounted in both tables.
 */
import type { RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'delete';
/** A method, a path, and the handlers that answer it (a guard of its own first, where it has one). */
export type Route = readonly [method: Method, path: string, ...handlers: [RequestHandler, ...RequestHandler[]]];

export function mount(router: Router, routes: readonly Route[]): Router {
  for (const [method, path, ...handlers] of routes) router[method](path, ...handlers);
  return router;
}

/**
 * Answers with `body`, typed by the contract's schema for this answer (checked when compiling; the
 * extension and the setup page parse it when it arrives).
 */
export function reply<S extends z.core.$ZodType>(res: Response, _schema: S, body: z.output<S>, status = 200): void {
  res.status(status).json(body);
}

/** A 204: done, nothing to say. */
export function noContent(res: Response): void {
  res.status(204).end();
}
