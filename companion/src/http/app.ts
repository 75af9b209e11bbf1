/**
 * The Express app factory. `createApp(deps)` wires guards, routes and the error handler; it does
 * not listen (the CLI does, through server.ts), so tests can mount it on any port.
 *
 * Order matters: Host → Origin/CORS → JSON-only → body (its limit per route) → routes (with auth
 * inside `/api/v1`) → 404 → errors. The server listens with `createListener`: the same app behind
 * a front door that answers cached metrics itself, after the same guards (front-door.ts).
 */
import type { RequestListener } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import type { Clock } from '../clock.ts';
import { CompanionError } from '../errors/index.ts';
import type { Logger } from '../logger.ts';
import { API_BASE, apiFastPath, apiRouter, type RouteServices } from './api.ts';
import { frontDoor, guardsOnce } from './front-door.ts';
import { baseHeaders } from './guards/headers.ts';
import { errorHandler } from './error-handler.ts';
import { gate, type Guard } from './guards/gate.ts';
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

/** The guards every request passes, in order, then the body read within its limit. */
function guardsOf(deps: AppDeps): Guard {
  return gate([
    baseHeaders,
    hostGuard(),
    originGuard(deps.extensionOrigins, (id) => {
      if (deps.refusedExtensions?.note(id))
        deps.logger.warn({ event: 'UNKNOWN_EXTENSION', extensionId: id }, 'an extension this companion does not know');
    }),
    jsonOnlyGuard(),
    jsonBody(),
  ]);
}

function appWith(deps: AppDeps, guards: RequestHandler): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.use(guards);
  app.use(API_BASE, apiRouter(deps, deps));
  app.use(setupRoutes(deps, deps));
  app.get('/', (_req, res) => res.redirect(302, '/setup'));

  app.use((_req, _res, next) => next(new CompanionError('NOT_FOUND')));
  app.use(errorHandler(deps.logger));
  return app;
}

/** The app alone (its route table is read from it); it answers every request itself. */
export function createApp(deps: AppDeps): Express {
  return appWith(deps, guardsOf(deps));
}

/** What the server listens with: the front door, its fast path, then the app. */
export function createListener(deps: AppDeps): RequestListener {
  const guards = guardsOf(deps);
  return frontDoor(appWith(deps, guardsOnce(guards)), guards, apiFastPath(deps, deps));
}
