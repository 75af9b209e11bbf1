/**
 * What every connector folder exports besides its client: how to build the client from the keys
 * in force, and a harmless read-only call that proves the keys work. The factory and the setup
 * service know connectors only through this shape; no code outside a connector's own folder (and
 * the registry, and its emulator) spells its provider id.
 */
import type { Egress } from './egress.ts';
import type { Credentials, Provider } from '@aigenc/shared/providers';
import type { Time } from '../clock.ts';
import type { StateStore } from '../store/state.ts';
import type { Pacers } from './limits.ts';
import type { TokenCache } from './token-cache.ts';

export interface ConnectorContext {
  /** The origin to call for keys of `kind` (the registry's origins, or the sandbox override). */
  origin(kind?: string): string;
  dispatcher: Egress;
  state: StateStore;
  time: Time;
  pacers: Pacers;
  tokens: TokenCache;
  /** Settings some connectors read (the Search Ad spacing; smaller budgets in tests). */
  settings: ConnectorSettings;
}

export interface ConnectorSettings {
  /** The spacing the user set (AIGENC_SEARCHAD_INTERVAL_MS); null: the registry's keyword-tool budget. */
  searchAdIntervalMs: number | null;
  /** Budgets other than the registry's, by the registry's budget id (a test's smaller or larger ones). */
  budgets?: Readonly<Partial<Record<string, number>>>;
}

export interface ConnectorDefinition<P extends Provider = Provider, C = unknown> {
  readonly provider: P;
  /**
   * Set when the connector serves one capability of its provider's connection with that
   * provider's keys (DataLab serves Naver Search's `trend`); its key check is that capability's
   * own probe, run when the connection is checked.
   */
  readonly capability?: string;
  create(credentials: Credentials<P>, context: ConnectorContext): C;
  /** One read-only call that succeeds only with working keys; throws the vendor's refusal. */
  checkKeys(client: C): Promise<void>;
}

export function defineConnector<P extends Provider, C>(
  definition: ConnectorDefinition<P, C>,
): ConnectorDefinition<P, C> {
  return Object.freeze(definition);
}
