/** `GET /api/v1/connections`: connection statuses, real-API scope unless asked for all. */
import type { Router } from 'express';
import { ConnectionsQuerySchema, type ConnectionsResponse } from '@aigenc/shared/contract';
import type { ConnectionService } from '../../services/connections.ts';
import { parseInput } from '../validate.ts';

export function connectionRoutes(router: Router, connections: ConnectionService): void {
  router.get('/connections', (req, res) => {
    const { scope } = parseInput(ConnectionsQuerySchema, req.query);
    const body: ConnectionsResponse = { connections: connections.list(scope) };
    res.json(body);
  });
}
