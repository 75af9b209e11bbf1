/** The Commerce connector: reused per key set, so its token (valid for hours) is reused too. */
import { defineConnector } from '../connector.ts';
import { CommerceClient } from './client.ts';
import { PROVIDER } from './provider.ts';

export const commerceConnector = defineConnector({
  provider: PROVIDER,
  create: ({ clientId, clientSecret, ...rest }, context) =>
    new CommerceClient({
      origin: context.origin(),
      credentials: { clientId, clientSecret, ...('accountId' in rest ? { accountId: rest.accountId } : {}) },
      dispatcher: context.dispatcher,
      tokens: context.tokens,
      time: context.time,
      pacers: context.pacers,
    }),
  // A token only: no order API is called to check the keys.
  checkKeys: async (client) => {
    await client.token();
  },
});
