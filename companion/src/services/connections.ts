/**
 * Connections: which official APIs are connected, from the environment or the vault, with their
 * capabilities. Answers never include a credential, digest or vault reference.
 */
import {
  CREDENTIAL_FIELDS,
  KEYS_PAGES,
  type CatalogueEntry,
  type Connection,
  type ConnectionScope,
  type ConnectionStatus,
  type Provider,
} from '@aigenc/shared/contract';
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
  vault_ref: string;
  settings: string;
  /** When the keys were last saved (status checks and capability changes leave it alone). */
  updated_at: number;
  last_checked_at: number | null;
  message: string | null;
}

/** Messages are kept in both languages (JSON); older rows may hold plain text. */
function message(row: ConnectionRow | undefined, language: 'ko' | 'en'): string | null {
  if (!row?.message) return null;
  try {
    const parsed = JSON.parse(row.message) as Partial<Record<'ko' | 'en', string>>;
    return parsed[language] ?? parsed.en ?? null;
  } catch {
    return row.message;
  }
}

const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : null);

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

  list(scope: ConnectionScope, language: 'ko' | 'en' = 'ko'): Connection[] {
    const rows = new Map(
      (
        this.db
          .prepare(
            'SELECT provider, status, vault_ref, settings, updated_at, last_checked_at, message FROM connections',
          )
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
          lastCheckedAt: iso(row?.last_checked_at),
          message: message(row, language),
          configuredAt: null,
        });
      } else if (row?.vault_ref) {
        const settings = JSON.parse(row.settings) as { capabilities?: Record<string, boolean> };
        connections.push({
          id: `vault:${provider}`,
          provider,
          status: row.status,
          sandbox,
          source: 'vault',
          capabilities: defaultCapabilities(provider, settings.capabilities),
          lastCheckedAt: iso(row.last_checked_at),
          message: message(row, language),
          configuredAt: iso(row.updated_at),
        });
      }
    }
    return connections;
  }

  /**
   * The connectors a person can connect, with the fields each takes, its capabilities, where its
   * keys are issued and its connection if any. Connectors aimed at a sandbox appear only with `all`.
   */
  catalogue(scope: ConnectionScope, language: 'ko' | 'en'): CatalogueEntry[] {
    const connections = new Map(this.list('all', language).map((c) => [c.provider, c]));
    return PROVIDERS.filter((provider) => scope === 'all' || !this.config.upstreams[provider].sandbox).map(
      (provider) => ({
        provider,
        sandbox: this.config.upstreams[provider].sandbox,
        fields: CREDENTIAL_FIELDS[provider].map(({ options, ...field }) => ({
          ...field,
          ...(options ? { options: [...options] } : {}),
        })),
        capabilities: Object.fromEntries(
          Object.entries(CAPABILITY_CATALOGUE[provider]).map(([name, spec]) => [name, { kind: spec.kind }]),
        ),
        keysPage: KEYS_PAGES[provider],
        connection: connections.get(provider) ?? null,
      }),
    );
  }
}
