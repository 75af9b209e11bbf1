/**
 * Connections: which official APIs are connected, from the environment or the vault, with their
 * capabilities. Answers never include a credential, digest or vault reference.
 */
import type { Connection, ConnectionScope, ConnectionStatus, Provider } from '@aigenc/shared/contract';
import type { Config } from '../config.ts';
import type { Db } from '../store/db.ts';

export interface CapabilitySpec {
  kind: 'read' | 'write';
  /** Write capabilities start off and are enabled one at a time, after a read-only probe. */
  defaultEnabled: boolean;
}

export const CAPABILITY_CATALOGUE: Readonly<Record<Provider, Readonly<Record<string, CapabilitySpec>>>> = {
  'naver-searchad': { keywordStats: { kind: 'read', defaultEnabled: true } },
  'naver-search': { documentCounts: { kind: 'read', defaultEnabled: true } },
  'naver-commerce': {
    orderChanges: { kind: 'read', defaultEnabled: true },
    orderConfirmation: { kind: 'write', defaultEnabled: false },
    shippingInvoice: { kind: 'write', defaultEnabled: false },
    csAnswers: { kind: 'write', defaultEnabled: false },
    stockSync: { kind: 'write', defaultEnabled: false },
  },
  'coupang-partners': {
    deeplinks: { kind: 'read', defaultEnabled: true },
    productSearch: { kind: 'read', defaultEnabled: true },
  },
};

export const PROVIDERS = Object.keys(CAPABILITY_CATALOGUE) as Provider[];

interface ConnectionRow {
  provider: Provider;
  status: ConnectionStatus;
  settings: string;
  last_checked_at: number | null;
  message: string | null;
}

function defaultCapabilities(provider: Provider, overrides: Record<string, boolean> = {}): Connection['capabilities'] {
  const result: Connection['capabilities'] = {};
  for (const [name, spec] of Object.entries(CAPABILITY_CATALOGUE[provider])) {
    result[name] = { kind: spec.kind, enabled: overrides[name] ?? spec.defaultEnabled };
  }
  return result;
}

export class ConnectionService {
  constructor(
    private readonly config: Pick<Config, 'envCredentials' | 'upstreams'>,
    private readonly db: Db,
  ) {}

  list(scope: ConnectionScope): Connection[] {
    const rows = new Map(
      (
        this.db
          .prepare('SELECT provider, status, settings, last_checked_at, message FROM connections')
          .all() as ConnectionRow[]
      ).map((row) => [row.provider, row]),
    );
    const connections: Connection[] = [];
    for (const provider of PROVIDERS) {
      const sandbox = this.config.upstreams[provider].sandbox;
      if (scope === 'real-api' && sandbox) continue;
      const row = rows.get(provider);
      if (this.config.envCredentials[provider]) {
        // Environment credentials win over the vault and cannot be edited from the setup page.
        connections.push({
          id: `env:${provider}`,
          provider,
          status: row?.status ?? 'PAUSED',
          sandbox,
          source: 'env',
          capabilities: defaultCapabilities(provider),
          lastCheckedAt: row?.last_checked_at ? new Date(row.last_checked_at).toISOString() : null,
          message: row?.message ?? null,
        });
      } else if (row) {
        const settings = JSON.parse(row.settings) as { capabilities?: Record<string, boolean> };
        connections.push({
          id: `vault:${provider}`,
          provider,
          status: row.status,
          sandbox,
          source: 'vault',
          capabilities: defaultCapabilities(provider, settings.capabilities),
          lastCheckedAt: row.last_checked_at ? new Date(row.last_checked_at).toISOString() : null,
          message: row.message,
        });
      }
    }
    return connections;
  }
}
