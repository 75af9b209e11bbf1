/**
 * Builds connector clients from the credentials in force: the environment first, then the vault
 * entry of a connected service. A service with neither answers CONNECTION_NOT_CONFIGURED in words.
 */
import type { Provider } from '@aigenc/shared/contract';
import type { Config } from '../config.ts';
import type { Dispatcher } from '../connectors/egress.ts';
import { CoupangClient, type CoupangBudgets } from '../connectors/coupang-partners/client.ts';
import type { Time } from '../clock.ts';
import { spacingFor, type Pacers } from '../connectors/limits.ts';
import { PROVIDER_NAMES } from '../connectors/official-origins.ts';
import { CommerceClient, type TokenCache } from '../connectors/naver-commerce/client.ts';
import { NaverSearchClient } from '../connectors/naver-search/client.ts';
import { SearchAdClient } from '../connectors/naver-searchad/client.ts';
import { CompanionError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import type { StateStore } from '../store/state.ts';
import type { CredentialFields, Vault } from '../store/vault.ts';

export function notConfigured(provider: Provider): CompanionError {
  return new CompanionError('CONNECTION_NOT_CONFIGURED', {
    detail: {
      ko: `${PROVIDER_NAMES[provider].ko}가 아직 연결되지 않았습니다. 컴패니언 설정 페이지에서 키를 입력해 연결하세요.`,
      en: `${PROVIDER_NAMES[provider].en} is not connected yet: enter its keys on the companion setup page.`,
    },
  });
}

export interface ConnectorFactoryDeps {
  config: Pick<Config, 'upstreams' | 'searchKeyKind' | 'searchAdIntervalMs'>;
  vault: Vault;
  db: Db;
  state: StateStore;
  dispatcher: Dispatcher;
  time: Time;
  pacers: Pacers;
  tokens: TokenCache;
  coupangBudgets?: Partial<CoupangBudgets>;
}

export class ConnectorFactory {
  /** Clients are reused while the credentials in force stay the same (keyed by their digest). */
  private readonly clients = new Map<string, unknown>();

  constructor(private readonly deps: ConnectorFactoryDeps) {}

  private reuse<T>(provider: Provider, credentials: CredentialFields, build: () => T): T {
    const key = `${provider}:${this.deps.vault.digest(credentials)}`;
    let client = this.clients.get(key) as T | undefined;
    if (!client) {
      client = build();
      this.clients.set(key, client);
    }
    return client;
  }

  /** The credentials in force for a provider, or null. */
  async credentials(provider: Provider): Promise<CredentialFields | null> {
    const fromEnv = this.deps.vault.fromEnv(provider);
    if (fromEnv) return fromEnv;
    const row = this.deps.db.prepare('SELECT vault_ref FROM connections WHERE provider = ?').get(provider) as
      { vault_ref: string } | undefined;
    return row ? this.deps.vault.read(row.vault_ref) : null;
  }

  private async require(provider: Provider): Promise<CredentialFields> {
    const credentials = await this.credentials(provider);
    if (!credentials) throw notConfigured(provider);
    return credentials;
  }

  private origin(provider: Provider): string {
    return this.deps.config.upstreams[provider].origin;
  }

  async searchAd(): Promise<SearchAdClient> {
    const c = await this.require('naver-searchad');
    return this.reuse(
      'naver-searchad',
      c,
      () =>
        new SearchAdClient({
          origin: this.origin('naver-searchad'),
          credentials: {
            apiKey: c['apiKey'] ?? '',
            secretKey: c['secretKey'] ?? '',
            customerId: c['customerId'] ?? '',
          },
          dispatcher: this.deps.dispatcher,
          state: this.deps.state,
          time: this.deps.time,
          pacers: this.deps.pacers,
          intervalMs: spacingFor(this.deps.config.searchAdIntervalMs),
        }),
    );
  }

  /** Naver Search, or null when it is not connected (document counts are then unknown, not an error). */
  async search(): Promise<NaverSearchClient | null> {
    const c = await this.credentials('naver-search');
    if (!c) return null;
    return this.reuse(
      'naver-search',
      c,
      () =>
        new NaverSearchClient({
          origin: this.origin('naver-search'),
          kind: c['kind'] === 'apihub' || c['kind'] === 'legacy' ? c['kind'] : this.deps.config.searchKeyKind,
          credentials: { clientId: c['clientId'] ?? '', clientSecret: c['clientSecret'] ?? '' },
          dispatcher: this.deps.dispatcher,
          state: this.deps.state,
          time: this.deps.time,
          pacers: this.deps.pacers,
        }),
    );
  }

  async commerce(): Promise<CommerceClient> {
    const c = await this.require('naver-commerce');
    // Reused, so its token (valid for hours) is reused too.
    return this.reuse(
      'naver-commerce',
      c,
      () =>
        new CommerceClient({
          origin: this.origin('naver-commerce'),
          credentials: {
            clientId: c['clientId'] ?? '',
            clientSecret: c['clientSecret'] ?? '',
            ...(c['accountId'] ? { accountId: c['accountId'] } : {}),
          },
          dispatcher: this.deps.dispatcher,
          tokens: this.deps.tokens,
          time: this.deps.time,
          pacers: this.deps.pacers,
        }),
    );
  }

  async coupang(): Promise<{ client: CoupangClient; defaultSubId: string | undefined }> {
    const c = await this.require('coupang-partners');
    return {
      client: new CoupangClient({
        origin: this.origin('coupang-partners'),
        credentials: { accessKey: c['accessKey'] ?? '', secretKey: c['secretKey'] ?? '' },
        dispatcher: this.deps.dispatcher,
        state: this.deps.state,
        time: this.deps.time,
        ...(this.deps.coupangBudgets ? { budgets: this.deps.coupangBudgets } : {}),
      }),
      defaultSubId: c['subId'],
    };
  }
}
