/** The Search Ad connector as the factory builds it: paced 10% above the configured limit. */
import { budgetLimit } from '@aigenc/shared/providers';
import { defineConnector } from '../connector.ts';
import { spacingFor } from '../limits.ts';
import { SearchAdClient } from './client.ts';
import { PROVIDER } from './provider.ts';

export const searchAdConnector = defineConnector({
  provider: PROVIDER,
  create: (credentials, context) =>
    new SearchAdClient({
      origin: context.origin(),
      credentials,
      dispatcher: context.dispatcher,
      state: context.state,
      time: context.time,
      pacers: context.pacers,
      intervalMs: spacingFor(context.settings.searchAdIntervalMs ?? 1000 / budgetLimit(PROVIDER, 'keyword-tool')),
    }),
  checkKeys: async (client) => {
    await client.keywordTool(['캠핑']);
  },
});
