/**
 * Naver DataLab's Shopping Insight, with the Naver Search keys. It serves the Naver Search
 * connection's `shoppingInsight` capability, proven by its own read-only call: one top-level
 * category over last month.
 */
import { defineConnector } from '../connector.ts';
import { ShoppingInsightClient } from './shopping.ts';
import { PROVIDER } from './provider.ts';

export const shoppingConnector = defineConnector({
  provider: PROVIDER,
  capability: 'shoppingInsight',
  create: ({ kind, clientId, clientSecret }, context) =>
    new ShoppingInsightClient({
      origin: context.origin(kind),
      kind,
      credentials: { clientId, clientSecret },
      dispatcher: context.dispatcher,
      state: context.state,
      time: context.time,
      pacers: context.pacers,
    }),
  checkKeys: async (client) => {
    await client.probe();
  },
});
