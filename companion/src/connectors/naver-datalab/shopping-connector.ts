/**
 * Naver DataLab's Shopping Insight, with the Naver Search keys. It serves the Naver Search
 * connection's `shoppingInsight` capability, proven by its own read-only call: one top-level
 * category over last month.
 */
import { defineConnector } from '../connector.ts';
import { dataLabOptions } from './gateway.ts';
import { ShoppingInsightClient } from './shopping.ts';
import { PROVIDER } from './provider.ts';

export const shoppingConnector = defineConnector({
  provider: PROVIDER,
  capability: 'shoppingInsight',
  create: (keys, context) => new ShoppingInsightClient(dataLabOptions(keys, context)),
  checkKeys: async (client) => {
    await client.probe();
  },
});
