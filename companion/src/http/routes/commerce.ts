/**
 * The read-only Smart Store walk as a masked summary (counts only). The extension sends its fields
 * in the query, the setup page in the body: one handler each, the same walk. Refused with
 * PROBE_REQUIRED until a token-only check succeeded.
 */
import type { Request, RequestHandler } from 'express';
import { OrderChangesQuerySchema, OrderChangesSummarySchema } from '@aigenc/shared/contract';
import type { ConnectionSetup } from '../../services/connection-setup.ts';
import { parseInput } from '../validate.ts';
import { reply } from './mount.ts';

export function commerceHandlers(setup: ConnectionSetup) {
  const orderProbe =
    (input: (req: Request) => unknown): RequestHandler =>
    async (req, res) => {
      const query = parseInput(OrderChangesQuerySchema, input(req));
      const { from, to } = setup.period(query.from, query.to);
      reply(res, OrderChangesSummarySchema, await setup.orderProbe(from, to, query.expected));
    };
  return {
    orderChanges: orderProbe((req) => req.query),
    orderProbe: orderProbe((req) => req.body),
  };
}
