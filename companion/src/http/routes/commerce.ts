/**
 * `GET /api/v1/commerce/order-changes?from&to&expected`: the read-only Smart Store walk as a
 * masked summary (counts only). Refused with PROBE_REQUIRED until a token-only probe succeeded.
 */
import type { Router } from 'express';
import { OrderChangesQuerySchema, type OrderChangesSummary } from '@aigenc/shared/contract';
import type { ConnectionSetup } from '../../services/connection-setup.ts';
import { parseInput } from '../validate.ts';

export function commerceRoutes(router: Router, setup: ConnectionSetup): void {
  router.get('/commerce/order-changes', async (req, res) => {
    const query = parseInput(OrderChangesQuerySchema, req.query);
    const { from, to } = setup.period(query.from, query.to);
    const body: OrderChangesSummary = await setup.orderProbe(from, to, query.expected);
    res.json(body);
  });
}
