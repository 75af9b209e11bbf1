/** The Coupang Partners connector; its key check makes one link to the home page. */
import { defineConnector } from '../connector.ts';
import { CoupangClient, type CoupangBudgets } from './client.ts';
import { PROVIDER } from './provider.ts';

/** The page the key check links: the home page, the most harmless link there is. */
const KEY_CHECK_URL = 'https://www.coupang.com/';

/** The budgets a context overrides, by the registry's ids, as the client names them. */
function budgetsFrom(given: Readonly<Partial<Record<string, number>>> = {}): Partial<CoupangBudgets> {
  const named = {
    searchPerHour: given['product-search'],
    deeplinksPerSecond: given['deeplink'],
    reportsPerHour: given['report'],
  };
  return Object.fromEntries(Object.entries(named).filter(([, limit]) => limit !== undefined));
}

export const coupangConnector = defineConnector({
  provider: PROVIDER,
  create: (credentials, context) =>
    new CoupangClient({
      origin: context.origin(),
      credentials,
      dispatcher: context.dispatcher,
      state: context.state,
      time: context.time,
      budgets: budgetsFrom(context.settings.budgets),
    }),
  checkKeys: async (client) => {
    await client.deeplinks([KEY_CHECK_URL]);
  },
});
