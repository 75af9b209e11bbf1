/**
 * Naver DataLab's search trend, with the Naver Search keys (the same application, the same two
 * hosts by key kind). It serves the Naver Search connection's `trend` capability, proven by its
 * own read-only call: a week of one keyword, one group, by month.
 */
import { defineConnector } from '../connector.ts';
import { dataLabOptions } from './gateway.ts';
import { NaverDataLabClient } from './client.ts';
import { PROVIDER } from './provider.ts';

export const datalabConnector = defineConnector({
  provider: PROVIDER,
  capability: 'trend',
  create: (keys, context) => new NaverDataLabClient(dataLabOptions(keys, context)),
  checkKeys: async (client) => {
    await client.probe();
  },
});
