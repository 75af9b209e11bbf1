/**
 * Builds connector clients from the credentials in force: the environment first, then the vault
 * entry of a connected service. A service with neither answers CONNECTION_NOT_CONFIGURED in words.
 * Clients are built from each connector folder's definition and reused while the keys stay the
 * same, so a vendor account keeps one pacer, one token and one budget.
 */
import { providerSpec, type Credentials, type Provider } from '@aigenc/shared/providers';
import type { Time } from '../clock.ts';
import type { Config } from '../config.ts';
import type { ConnectorContext, ConnectorDefinition, ConnectorSettings } from '../connectors/connector.ts';
import type { Egress } from '../connectors/egress.ts';
import { capabilityConnectors, connectorFor } from '../connectors/index.ts';
import type { Pacers } from '../connectors/limits.ts';
import type { TokenCache } from '../connectors/token-cache.ts';
import { CompanionError } from '../errors/index.ts';
import { fill } from '../messages.ts';
import { SERVICE_MESSAGES } from './messages.ts';
import type { ConnectionRepository } from '../store/connections.ts';
import type { StateStore } from '../store/state.ts';
import type { Vault } from '../store/vault.ts';

export function notConfigured(provider: Provider): CompanionError {
  return new CompanionError('CONNECTION_NOT_CONFIGURED', {
    detail: fill(SERVICE_MESSAGES.notConfigured, { service: providerSpec(provider).name }),
  });
}

export interface ConnectorFactoryDeps {
  config: Pick<Config, 'upstreams' | 'searchAdIntervalMs'>;
  vault: Vault;
  connections: ConnectionRepository;
  state: StateStore;
  dispatcher: Egress;
  time: Time;
  pacers: Pacers;
  tokens: TokenCache;
  budgets?: ConnectorSettings['budgets'];
}

export class ConnectorFactory {
  /** Clients are reused while the credentials in force stay the same (per connector, by their digest). */
  private readonly clients = new Map<ConnectorDefinition, Map<string, unknown>>();

  constructor(private readonly deps: ConnectorFactoryDeps) {}

  /** The credentials in force for a provider, or null. */
  async credentials<P extends Provider>(provider: P): Promise<Credentials<P> | null> {
    const fromEnv = this.deps.vault.fromEnv(provider);
    if (fromEnv) return fromEnv;
    const ref = this.deps.connections.vaultRef(provider);
    return ref ? this.deps.vault.read(provider, ref) : null;
  }

  private context(provider: Provider): ConnectorContext {
    const upstream = this.deps.config.upstreams[provider];
    const { dispatcher, state, time, pacers, tokens } = this.deps;
    return {
      origin: (kind) => (kind === undefined ? upstream.origin : (upstream.origins[kind] ?? upstream.origin)),
      dispatcher,
      state,
      time,
      pacers,
      tokens,
      settings: {
        searchAdIntervalMs: this.deps.config.searchAdIntervalMs,
        ...(this.deps.budgets ? { budgets: this.deps.budgets } : {}),
      },
    };
  }

  private build<P extends Provider, C>(definition: ConnectorDefinition<P, C>, credentials: Credentials<P>): C {
    const key = this.deps.vault.digest(credentials);
    const which = definition as unknown as ConnectorDefinition;
    const built = this.clients.get(which) ?? new Map<string, unknown>();
    this.clients.set(which, built);
    let client = built.get(key) as C | undefined;
    if (!client) {
      client = definition.create(credentials, this.context(definition.provider));
      built.set(key, client);
    }
    return client;
  }

  /** The client of a connector, or null when its service is not connected. */
  async optional<P extends Provider, C>(definition: ConnectorDefinition<P, C>): Promise<C | null> {
    const credentials = await this.credentials(definition.provider);
    if (!credentials) return null;
    // The dispatcher (undici, loaded on first use) is ready before a client paces its first call,
    // so that loading it never eats the spacing between two calls.
    await this.deps.dispatcher.get();
    return this.build(definition, credentials);
  }

  /** The client of a connector; CONNECTION_NOT_CONFIGURED in words when its service is not connected. */
  async client<P extends Provider, C>(definition: ConnectorDefinition<P, C>): Promise<C> {
    const client = await this.optional(definition);
    if (client === null) throw notConfigured(definition.provider);
    return client;
  }

  /** Proves the keys in force work with the connector's harmless read-only call. */
  async checkKeys(provider: Provider): Promise<void> {
    const definition = connectorFor(provider);
    await definition.checkKeys(await this.client(definition));
  }

  /** Each capability served by a connector of its own, with its probe's outcome (null: it worked). */
  async checkCapabilities(provider: Provider): Promise<Array<{ capability: string; error: CompanionError | null }>> {
    const outcomes: Array<{ capability: string; error: CompanionError | null }> = [];
    for (const definition of capabilityConnectors(provider)) {
      try {
        await definition.checkKeys(await this.client(definition));
        outcomes.push({ capability: definition.capability!, error: null });
      } catch (error) {
        if (!(error instanceof CompanionError)) throw error;
        outcomes.push({ capability: definition.capability!, error });
      }
    }
    return outcomes;
  }
}
