/**
 * The read-only Smart Store walk as a masked summary (counts only), written once:
 * `GET /api/v1/commerce/order-changes?from&to&expected` for the extension and
 * `POST /setup/api/connections/naver-commerce/order-probe` (the same fields in the body) for the
 * setup page. Refused with PROBE_REQUIRED until a token-only check succeeded.
 */
import type { Request, RequestHandler, Router } from 'express';
import { OrderChangesQuerySchema, type OrderChangesSummary } from '@aigenc/shared/contract';
import type { ConnectionSetup } from '../../services/connection-setup.ts';
import { parseInput } from '../validate.ts';

/** The walk, reading its fields from where the route carries them (query or body). */
export function orderProbeHandler(setup: ConnectionSetup, input: (req: Request) => unknown): RequestHandler {
  return async (req, res) => {
    const query = parseInput(OrderChangesQuerySchema, input(req));
    const { from, to } = setup.period(query.from, query.to);
    const body: OrderChangesSummary = await setup.orderProbe(from, to, query.expected);
    res.json(body);
  };
}

export function commerceRoutes(router: Router, setup: ConnectionSetup): void {
  router.get(
    '/commerce/order-changes',
    orderProbeHandler(setup, (req) => req.query),
  );
}
