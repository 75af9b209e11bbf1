/**
 * The Express app factory. `createApp(deps)` wires guards, routes and the error handler; it does
 * not listen (the CLI does, through server.ts), so tests can mount it on any port.
 *
 * Order matters: Host → Origin/CORS → JSON-only → body (its limit per route) → the cached metrics
 * (with the same auth) → routes (with auth inside `/api/v1`) → 404 → errors.
 */
import express, { type Express } from 'express';
import type { Clock } from '../clock.ts';
import { CompanionError } from '../errors/index.ts';
import type { Logger } from '../logger.ts';
import { API_BASE, apiFastPaths, apiRouter, type RouteServices } from './api.ts';
import { baseHeaders } from './guards/headers.ts';
import { errorHandler } from './error-handler.ts';
import { gate } from './guards/gate.ts';
import { hostGuard } from './guards/host.ts';
import { jsonBody, jsonOnlyGuard } from './guards/json-only.ts';
import { originGuard } from './guards/origin.ts';
import { setupRoutes } from './setup/routes.ts';

export interface AppDeps extends RouteServices {
  /** The process's clock (rate limits). */
  now: Clock;
  apiToken: string | null;
  extensionOrigins: readonly string[];
  csrfToken: string;
  version: string;
  logger: Logger;
  /** Where a refused, unknown extension id is kept for `aigenc doctor`. */
  refusedExtensions?: { note(id: string): boolean };
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  // One pass of every guard, then the body read within its limit.
  app.use(
    gate([
      baseHeaders,
      hostGuard(),
      originGuard(deps.extensionOrigins, (id) => {
        if (deps.refusedExtensions?.note(id))
          deps.logger.warn(
            { event: 'UNKNOWN_EXTENSION', extensionId: id },
            'an extension this companion does not know',
          );
      }),
      jsonOnlyGuard(),
      jsonBody(),
    ]),
  );

  app.use(apiFastPaths(deps, deps));
  app.use(API_BASE, apiRouter(deps, deps));
  app.use(setupRoutes(deps, deps));
  app.get('/', (_req, res) => res.redirect(302, '/setup'));

  app.use((_req, _res, next) => next(new CompanionError('NOT_FOUND')));
  app.use(errorHandler(deps.logger));
  return app;
}
