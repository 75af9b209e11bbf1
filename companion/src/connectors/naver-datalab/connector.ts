/**
 * Naver DataLab's search trend, with the Naver Search keys (the same application, the same two
 * hosts by key kind). It serves the Naver Search connection's `trend` capability, proven by its
 * own read-only call: a week of one keyword, one group, by month.
 */
import { defineConnector } from '../connector.ts';
import { NaverDataLabClient } from './client.ts';
import { PROVIDER } from './provider.ts';

export const datalabConnector = defineConnector({
  provider: PROVIDER,
  capability: 'trend',
  create: ({ kind, clientId, clientSecret }, context) =>
    new NaverDataLabClient({
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
