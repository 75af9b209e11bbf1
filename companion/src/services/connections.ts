/**
 * Connections: which official APIs are connected, from the environment or the vault, with their
 * capabilities, and the catalogue of what can be connected. Both are derived from the provider
 * registry. Answers never include a credential, digest or vault reference.
 */
import type { CatalogueEntry, Connection, ConnectionScope } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import { PROVIDERS, providerSpec, type Provider } from '@aigenc/shared/providers';
import type { Config } from '../config.ts';
import { readWords } from '../messages.ts';
import type { ConnectionRepository, ConnectionRow } from '../store/connections.ts';

/** What the last check said, in the reader's language. */
function message(row: ConnectionRow | null, language: Language): string | null {
  if (!row?.message) return null;
  return typeof row.message === 'string' ? row.message : readWords(row.message, language);
}

const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : null);

/** Every capability of a provider, on or off: the registry's default unless switched. */
export function capabilitiesOf(
  provider: Provider,
  switched: Readonly<Record<string, boolean>> = {},
): Connection['capabilities'] {
  const result: Connection['capabilities'] = {};
  for (const [name, spec] of Object.entries(providerSpec(provider).capabilities)) {
    result[name] = { kind: spec.kind, enabled: switched[name] ?? spec.defaultEnabled };
  }
  return result;
}

export class ConnectionService {
  constructor(
    private readonly config: Pick<Config, 'envCredentials' | 'upstreams'>,
    private readonly repository: ConnectionRepository,
  ) {}

  list(scope: ConnectionScope, language: Language = 'ko'): Connection[] {
    const rows = new Map(this.repository.all().map((row) => [row.provider, row]));
    const connections: Connection[] = [];
    for (const provider of PROVIDERS) {
      const sandbox = this.config.upstreams[provider].sandbox;
      if (scope === 'real-api' && sandbox) continue;
      const row = rows.get(provider) ?? null;
      const common = { provider, sandbox, lastCheckedAt: iso(row?.lastCheckedAt), message: message(row, language) };
      if (this.config.envCredentials[provider]) {
        // Environment credentials win over the vault and cannot be edited from the setup page; their
        // switches can (kept on the row their first check made).
        connections.push({
          id: `env:${provider}`,
          status: row?.status ?? 'PAUSED',
          source: 'env',
          capabilities: capabilitiesOf(provider, row?.capabilities),
          configuredAt: null,
          ...common,
        });
      } else if (row?.vaultRef) {
        connections.push({
          id: `vault:${provider}`,
          status: row.status,
          source: 'vault',
          capabilities: capabilitiesOf(provider, row.capabilities),
          configuredAt: iso(row.updatedAt),
          ...common,
        });
      }
    }
    return connections;
  }

  /** One provider's connection, or null. */
  find(provider: Provider, language: Language = 'ko'): Connection | null {
    return this.list('all', language).find((c) => c.provider === provider) ?? null;
  }

  /**
   * The connectors a person can connect, with the fields each takes, its capabilities, where its
   * keys are issued and its connection if any. Connectors aimed at a sandbox appear only with `all`.
   */
  catalogue(scope: ConnectionScope, language: Language): CatalogueEntry[] {
    const connections = new Map(this.list('all', language).map((c) => [c.provider, c]));
    return PROVIDERS.filter((provider) => scope === 'all' || !this.config.upstreams[provider].sandbox).map(
      (provider) => {
        const spec = providerSpec(provider);
        return {
          provider,
          sandbox: this.config.upstreams[provider].sandbox,
          fields: spec.fields.map(({ name, secret, required, options }) => ({
            name,
            secret,
            required,
            ...(options ? { options: options.map((option) => option.value) } : {}),
          })),
          capabilities: Object.fromEntries(
            Object.entries(spec.capabilities).map(([name, capability]) => [name, { kind: capability.kind }]),
          ),
          keysPage: spec.keys.page,
          connection: connections.get(provider) ?? null,
        };
      },
    );
  }
}
