/** The Coupang Partners connector; its key check makes one link to the home page. */
import { defineConnector } from '../connector.ts';
import { CoupangClient } from './client.ts';
import { PROVIDER } from './provider.ts';

/** The page the key check links: the home page, the most harmless link there is. */
const KEY_CHECK_URL = 'https://www.coupang.com/';

export const coupangConnector = defineConnector({
  provider: PROVIDER,
  create: (credentials, context) =>
    new CoupangClient({
      origin: context.origin(),
      credentials,
      dispatcher: context.dispatcher,
      state: context.state,
      time: context.time,
      ...(context.settings.coupangBudgets ? { budgets: context.settings.coupangBudgets } : {}),
    }),
  checkKeys: async (client) => {
    await client.deeplinks([KEY_CHECK_URL]);
  },
});
