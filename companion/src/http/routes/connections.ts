/**
 * The connections list and the catalogue of connectors, written once: `GET /api/v1/connections`
 * and `GET /api/v1/connectors` for the extension, `GET /setup/api/connections` and
 * `GET /setup/api/catalogue` for the setup page. Real-API scope unless asked for all.
 */
import type { RequestHandler, Router } from 'express';
import {
  CatalogueQuerySchema,
  ConnectionsQuerySchema,
  type CatalogueResponse,
  type ConnectionsResponse,
} from '@aigenc/shared/contract';
import type { ConnectionService } from '../../services/connections.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';

export interface ConnectionHandlers {
  list: RequestHandler;
  catalogue: RequestHandler;
}

export function connectionHandlers(connections: ConnectionService): ConnectionHandlers {
  return {
    list: (req, res) => {
      const { scope } = parseInput(ConnectionsQuerySchema, req.query);
      const body: ConnectionsResponse = { connections: connections.list(scope, requestLanguage(req)) };
      res.json(body);
    },
    catalogue: (req, res) => {
      const { scope } = parseInput(CatalogueQuerySchema, req.query);
      const body: CatalogueResponse = { connectors: connections.catalogue(scope, requestLanguage(req)) };
      res.json(body);
    },
  };
}

export function connectionRoutes(router: Router, handlers: ConnectionHandlers): void {
  router.get('/connections', handlers.list);
  router.get('/connectors', handlers.catalogue);
}
