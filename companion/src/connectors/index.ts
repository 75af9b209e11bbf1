/**
 * Every connector, found by the provider it serves. A new official API adds its folder's
 * definition here (by import: the id is spelled in its own folder).
 */
import type { Provider } from '@aigenc/shared/providers';
import type { ConnectorDefinition } from './connector.ts';
import { coupangConnector } from './coupang-partners/connector.ts';
import { commerceConnector } from './naver-commerce/connector.ts';
import { datalabConnector } from './naver-datalab/connector.ts';
import { shoppingConnector } from './naver-datalab/shopping-connector.ts';
import { searchConnector } from './naver-search/connector.ts';
import { searchAdConnector } from './naver-searchad/connector.ts';

export { coupangConnector, commerceConnector, datalabConnector, searchConnector, searchAdConnector, shoppingConnector };

const ALL: readonly ConnectorDefinition[] = [
  searchAdConnector,
  searchConnector,
  datalabConnector,
  shoppingConnector,
  commerceConnector,
  coupangConnector,
] as unknown as readonly ConnectorDefinition[];

/** The connector whose key check makes a provider's connection ACTIVE. */
export function connectorFor(provider: Provider): ConnectorDefinition {
  const found = ALL.find((definition) => definition.provider === provider && !definition.capability);
  if (!found) throw new Error(`no connector for ${provider}`);
  return found;
}

/** The connectors serving single capabilities of a provider's connection, each with its own probe. */
export function capabilityConnectors(provider: Provider): readonly ConnectorDefinition[] {
  return ALL.filter((definition) => definition.provider === provider && definition.capability);
}
