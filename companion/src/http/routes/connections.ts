/**
 * `GET /api/v1/connections` and (added) `GET /api/v1/connectors`, the catalogue: real-API scope
 * unless asked for all.
 */
import type { Router } from 'express';
import { requestLanguage } from '../language.ts';
import {
  CatalogueQuerySchema,
  ConnectionsQuerySchema,
  type CatalogueResponse,
  type ConnectionsResponse,
} from '@aigenc/shared/contract';
import type { ConnectionService } from '../../services/connections.ts';
import { parseInput } from '../validate.ts';

export function connectionRoutes(router: Router, connections: ConnectionService): void {
  router.get('/connections', (req, res) => {
    const { scope } = parseInput(ConnectionsQuerySchema, req.query);
    const body: ConnectionsResponse = { connections: connections.list(scope, requestLanguage(req)) };
    res.json(body);
  });

  router.get('/connectors', (req, res) => {
    const { scope } = parseInput(CatalogueQuerySchema, req.query);
    const body: CatalogueResponse = { connectors: connections.catalogue(scope, requestLanguage(req)) };
    res.json(body);
  });
}
