/** The Naver Search connector: the origin follows the kind of keys (Naver Developers or API HUB). */
import { defineConnector } from '../connector.ts';
import { NaverSearchClient } from './client.ts';
import { PROVIDER } from './provider.ts';

export const searchConnector = defineConnector({
  provider: PROVIDER,
  create: ({ kind, clientId, clientSecret }, context) =>
    new NaverSearchClient({
      origin: context.origin(kind),
      kind,
      credentials: { clientId, clientSecret },
      dispatcher: context.dispatcher,
      state: context.state,
      time: context.time,
      pacers: context.pacers,
    }),
  checkKeys: async (client) => {
    await client.total('blog', '네이버');
  },
});
