/**
 * The connection lifecycle behind the setup page: connect (vault entry and connection in one step,
 * PAUSED until validated), validate with a read-only probe (ACTIVE, or ERROR with the vendor's
 * reason), rotate keys (a keyed digest tells "same keys as before"), disconnect (the vault entry is
 * destroyed), and write capabilities that open one at a time, only after a read-only order probe.
 * Every change goes to the audit log; none of it ever records a key.
 *
 *   setup.connect('coupang-partners', { accessKey, secretKey })  // → PAUSED
 *   await setup.validate('coupang-partners')                      // → ACTIVE or ERROR
 */
import type { Connection, OrderChangesSummary, Provider } from '@aigenc/shared/contract';
import type { Clock } from '../clock.ts';
import { CompanionError, type Localized } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { AuditLog } from '../store/audit-log.ts';
import type { Db } from '../store/db.ts';
import type { StateStore } from '../store/state.ts';
import type { CredentialFields, Vault } from '../store/vault.ts';
import { CommerceProbe, probePeriod } from './commerce-probe.ts';
import type { ConnectorFactory } from './connector-factory.ts';
import { CAPABILITY_CATALOGUE, type ConnectionService } from './connections.ts';

/** The page the Coupang probe links: the home page, the most harmless link there is. */
const COUPANG_PROBE_URL = 'https://www.coupang.com/';

interface Row {
  vault_ref: string;
  credential_digest: string;
  settings: string;
  status: string;
}

interface Settings {
  capabilities?: Record<string, boolean>;
}

export interface ConnectionSetupDeps {
  db: Db;
  vault: Vault;
  connectors: ConnectorFactory;
  connections: ConnectionService;
  state: StateStore;
  audit: AuditLog;
  logger: Logger;
  now: Clock;
}

function fromEnv(): CompanionError {
  return new CompanionError('CONNECTION_FROM_ENV');
}

function probeRequired(detail: Localized): CompanionError {
  return new CompanionError('PROBE_REQUIRED', { detail });
}

export class ConnectionSetup {
  private readonly now: Clock;

  constructor(private readonly deps: ConnectionSetupDeps) {
    this.now = deps.now;
  }

  private row(provider: Provider): Row | undefined {
    return this.deps.db
      .prepare('SELECT vault_ref, credential_digest, settings, status FROM connections WHERE provider = ?')
      .get(provider) as Row | undefined;
  }

  private connection(provider: Provider, language: 'ko' | 'en'): Connection {
    const found = this.deps.connections.list('all', language).find((c) => c.provider === provider);
    if (!found) throw new CompanionError('NOT_FOUND');
    return found;
  }

  private setStatus(provider: Provider, status: 'ACTIVE' | 'ERROR' | 'PAUSED', message: Localized | null): void {
    const now = this.now();
    const updated = this.deps.db
      .prepare('UPDATE connections SET status = ?, message = ?, last_checked_at = ? WHERE provider = ?')
      .run(status, message ? JSON.stringify(message) : null, now, provider);
    if (updated.changes === 0) {
      // An environment connection has no vault entry; its row only records what validation found.
      this.deps.db
        .prepare(
          `INSERT INTO connections (provider, status, vault_ref, credential_digest, settings, created_at, updated_at,
             last_checked_at, message) VALUES (?, ?, '', '', '{}', ?, ?, ?, ?)`,
        )
        .run(provider, status, now, now, now, message ? JSON.stringify(message) : null);
    }
  }

  /**
   * Stores the keys in the vault and the connection in one step. New or different keys leave the
   * connection PAUSED until validated, with every write capability off again; the same keys as
   * before change nothing.
   */
  async connect(
    provider: Provider,
    fields: CredentialFields,
    language: 'ko' | 'en',
  ): Promise<Connection & { keysUnchanged: boolean }> {
    if (this.deps.vault.fromEnv(provider)) throw fromEnv();
    const digest = this.deps.vault.digest(fields);
    const existing = this.row(provider);
    if (existing?.credential_digest === digest) {
      this.deps.audit.record('connection.keys-unchanged', provider);
      return { ...this.connection(provider, language), keysUnchanged: true };
    }
    const { ref } = await this.deps.vault.put(provider, fields);
    const now = this.now();
    try {
      this.deps.db
        .prepare(
          `INSERT INTO connections (provider, status, vault_ref, credential_digest, settings, created_at, updated_at)
           VALUES (?, 'PAUSED', ?, ?, '{}', ?, ?)
           ON CONFLICT (provider) DO UPDATE SET status = 'PAUSED', vault_ref = excluded.vault_ref,
             credential_digest = excluded.credential_digest, settings = '{}', updated_at = excluded.updated_at,
             last_checked_at = NULL, message = NULL`,
        )
        .run(provider, ref, digest, now, now);
    } catch (error) {
      await this.deps.vault.destroy(ref);
      throw error;
    }
    // The old keys are destroyed only once the new ones are in place.
    if (existing?.vault_ref) await this.deps.vault.destroy(existing.vault_ref);
    this.deps.audit.record(existing ? 'connection.keys-rotated' : 'connection.created', provider, { status: 'PAUSED' });
    this.deps.logger.info({ event: 'CONNECTION_SAVED', provider, rotated: Boolean(existing) }, 'connection saved');
    return { ...this.connection(provider, language), keysUnchanged: false };
  }

  /** The read-only probe for a connector; ACTIVE on success, ERROR with the reason otherwise. */
  async validate(provider: Provider, language: 'ko' | 'en'): Promise<Connection> {
    const credentials = await this.deps.connectors.credentials(provider);
    if (!credentials) throw new CompanionError('NOT_FOUND');
    try {
      await this.probe(provider, credentials);
      this.setStatus(provider, 'ACTIVE', null);
      this.deps.audit.record('connection.validated', provider, { status: 'ACTIVE' });
    } catch (error) {
      if (!(error instanceof CompanionError)) throw error;
      const detail = error.detail ?? { ko: error.code, en: error.code };
      this.setStatus(provider, 'ERROR', detail);
      this.deps.audit.record('connection.validated', provider, { status: 'ERROR', code: error.code });
    }
    return this.connection(provider, language);
  }

  private async probe(provider: Provider, credentials: CredentialFields): Promise<void> {
    const { connectors } = this.deps;
    switch (provider) {
      case 'naver-searchad':
        await (await connectors.searchAd()).keywordTool(['캠핑']);
        return;
      case 'naver-search': {
        const client = await connectors.search();
        if (!client) throw new CompanionError('NOT_FOUND');
        await client.total('blog', '네이버');
        return;
      }
      case 'naver-commerce':
        // Token only: no order API is called to validate.
        await new CommerceProbe(
          await connectors.commerce(),
          this.deps.state,
          this.deps.vault.digest(credentials),
          this.now,
        ).authOnly();
        return;
      case 'coupang-partners': {
        const { client } = await connectors.coupang();
        await client.deeplinks([COUPANG_PROBE_URL]);
        return;
      }
    }
  }

  /** Disconnects: the connection goes and its vault entry is destroyed. */
  async disconnect(provider: Provider): Promise<void> {
    if (this.deps.vault.fromEnv(provider)) throw fromEnv();
    const existing = this.row(provider);
    if (!existing) throw new CompanionError('NOT_FOUND');
    this.deps.db.prepare('DELETE FROM connections WHERE provider = ?').run(provider);
    if (existing.vault_ref) await this.deps.vault.destroy(existing.vault_ref);
    this.deps.audit.record('connection.disconnected', provider);
    this.deps.logger.info({ event: 'CONNECTION_REMOVED', provider }, 'connection removed');
  }

  private async commerceProbe(): Promise<{ probe: CommerceProbe }> {
    const credentials = await this.deps.connectors.credentials('naver-commerce');
    if (!credentials) throw new CompanionError('NOT_FOUND');
    const client = await this.deps.connectors.commerce();
    return { probe: new CommerceProbe(client, this.deps.state, this.deps.vault.digest(credentials), this.now) };
  }

  /** The period of an order walk from its query (`to` defaults to now), refused in words when wrong. */
  period(fromIso: string, toIso: string | undefined): { from: number; to: number } {
    return probePeriod(fromIso, toIso, this.now());
  }

  /** The read-only order walk for the commerce connection, required before any write opens. */
  async orderProbe(from: number, to: number, expected?: number): Promise<OrderChangesSummary> {
    const { probe } = await this.commerceProbe();
    if (!probe.authenticatedAt()) {
      throw probeRequired({
        ko: '먼저 연결을 확인(토큰 발급)하세요. 그 전에는 주문 정보를 읽지 않습니다.',
        en: 'Validate the connection (token only) first: no order data is read before that.',
      });
    }
    const summary = await probe.orderChanges(from, to, expected);
    this.deps.audit.record('commerce.order-probe', 'naver-commerce', {
      count: summary.count,
      duplicates: summary.duplicates,
      matches: summary.reconciliation?.matches ?? null,
    });
    return summary;
  }

  /** Turns one capability on or off. Writes open only after a read-only order probe of these keys. */
  async setCapability(provider: Provider, name: string, enabled: boolean, language: 'ko' | 'en'): Promise<Connection> {
    const spec = CAPABILITY_CATALOGUE[provider][name];
    if (!spec) throw new CompanionError('NOT_FOUND');
    if (this.deps.vault.fromEnv(provider)) throw fromEnv();
    const row = this.row(provider);
    if (!row?.vault_ref) throw new CompanionError('NOT_FOUND');
    if (enabled && spec.kind === 'write') {
      if (row.status !== 'ACTIVE') {
        throw probeRequired({
          ko: '연결을 먼저 확인해 "연결됨" 상태로 만드세요.',
          en: 'Validate the connection first, so that it is active.',
        });
      }
      if (!(await this.commerceProbe()).probe.ordersReadAt()) {
        throw probeRequired({
          ko: '쓰기 기능은 읽기 전용 주문 조회가 한 번 성공한 뒤에 하나씩 켤 수 있습니다.',
          en: 'Write capabilities can be turned on, one at a time, only after a read-only order probe succeeded.',
        });
      }
    }
    const settings = JSON.parse(row.settings) as Settings;
    const capabilities = { ...settings.capabilities, [name]: enabled };
    this.deps.db
      .prepare('UPDATE connections SET settings = ? WHERE provider = ?')
      .run(JSON.stringify({ ...settings, capabilities }), provider);
    this.deps.audit.record(enabled ? 'capability.enabled' : 'capability.disabled', provider, {
      capability: name,
      kind: spec.kind,
    });
    return this.connection(provider, language);
  }

  /** The gate every write call passes: refused with CAPABILITY_DISABLED unless switched on. */
  assertEnabled(provider: Provider, name: string): void {
    const connection = this.deps.connections.list('all', 'en').find((c) => c.provider === provider);
    if (!connection?.capabilities[name]?.enabled) {
      throw new CompanionError('CAPABILITY_DISABLED', {
        detail: {
          ko: `"${name}" 기능이 꺼져 있어 실행하지 않았습니다. 설정 페이지에서 켤 수 있습니다.`,
          en: `"${name}" is switched off, so nothing was done: it can be switched on on the setup page.`,
        },
      });
    }
  }
}
