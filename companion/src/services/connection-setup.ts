/**
 * The connection lifecycle behind the setup page: connect (vault entry and connection in one step,
 * PAUSED until validated), validate with the connector's read-only key check (ACTIVE, or ERROR with
 * the vendor's reason), rotate keys (a keyed digest tells "same keys as before"), disconnect (the
 * vault entry is destroyed), and write capabilities that open one at a time, only after their
 * read-only probe. Every change goes to the audit log; none of it ever records a key.
 *
 *   setup.connect(provider, { accessKey, secretKey })  // → PAUSED
 *   await setup.validate(provider)                      // → ACTIVE or ERROR
 */
import type { AuditEntry, Connection, OrderChangesSummary } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import { providerSpec, type Credentials, type Provider } from '@aigenc/shared/providers';
import type { Clock } from '../clock.ts';
import { commerceConnector } from '../connectors/naver-commerce/connector.ts';
import { CompanionError, type Localized } from '../errors/index.ts';
import { SERVICE_MESSAGES } from './messages.ts';
import type { Logger } from '../logger.ts';
import type { AuditLog } from '../store/audit-log.ts';
import type { ConnectionRepository } from '../store/connections.ts';
import type { ProbeRecords } from '../store/probe-records.ts';
import type { Vault } from '../store/vault.ts';
import { CommerceProbe, probePeriod } from './commerce-probe.ts';
import type { ConnectorFactory } from './connector-factory.ts';
import type { ConnectionService } from './connections.ts';
import { detailOf } from '../errors/problem.ts';
import { fill, storedWords } from '../messages.ts';

export interface ConnectionSetupDeps {
  vault: Vault;
  connectors: ConnectorFactory;
  connections: ConnectionService;
  repository: ConnectionRepository;
  probes: ProbeRecords;
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

  private connection(provider: Provider, language: Language): Connection {
    const found = this.deps.connections.find(provider, language);
    if (!found) throw new CompanionError('NOT_FOUND');
    return found;
  }

  /**
   * Stores the keys in the vault and the connection in one step. New or different keys leave the
   * connection PAUSED until validated, with every write capability off again; the same keys as
   * before change nothing.
   */
  async connect<P extends Provider>(
    provider: P,
    fields: Credentials<P>,
    language: Language,
  ): Promise<Connection & { keysUnchanged: boolean }> {
    if (this.deps.vault.fromEnv(provider)) throw fromEnv();
    const digest = this.deps.vault.digest(fields);
    const existing = this.deps.repository.find(provider);
    if (existing?.credentialDigest === digest) {
      this.deps.audit.record('connection.keys-unchanged', provider);
      return { ...this.connection(provider, language), keysUnchanged: true };
    }
    const { ref } = await this.deps.vault.put(provider, fields);
    try {
      this.deps.repository.saveKeys(provider, ref, digest);
    } catch (error) {
      await this.deps.vault.destroy(ref);
      throw error;
    }
    // The old keys are destroyed only once the new ones are in place.
    if (existing?.vaultRef) await this.deps.vault.destroy(existing.vaultRef);
    this.deps.audit.record(existing ? 'connection.keys-rotated' : 'connection.created', provider, { status: 'PAUSED' });
    this.deps.logger.info({ event: 'CONNECTION_SAVED', provider, rotated: Boolean(existing) }, 'connection saved');
    return { ...this.connection(provider, language), keysUnchanged: false };
  }

  /** The connector's read-only key check; ACTIVE on success, ERROR with the reason otherwise. */
  async validate(provider: Provider, language: Language): Promise<Connection> {
    const credentials = await this.deps.connectors.credentials(provider);
    if (!credentials) throw new CompanionError('NOT_FOUND');
    try {
      await this.deps.connectors.checkKeys(provider);
      const digest = this.deps.vault.digest(credentials);
      this.deps.probes.record(provider, 'key-check', digest);
      this.deps.repository.recordCheck(provider, 'ACTIVE', null);
      const message = await this.checkCapabilities(provider, digest);
      if (message) this.deps.repository.recordCheck(provider, 'ACTIVE', storedWords(message));
      this.deps.audit.record('connection.validated', provider, { status: 'ACTIVE' });
    } catch (error) {
      if (!(error instanceof CompanionError)) throw error;
      this.deps.repository.recordCheck(provider, 'ERROR', storedWords(detailOf(error)));
      this.deps.audit.record('connection.validated', provider, { status: 'ERROR', code: error.code });
    }
    return this.connection(provider, language);
  }

  /**
   * The probes of capabilities served by connectors of their own (DataLab's trend and Shopping
   * Insight on Naver Search). One the keys cannot use is switched off, saying why; one that works is on again.
   * Returns what to say on the connection, or null when all is well.
   */
  private async checkCapabilities(provider: Provider, digest: string): Promise<Localized | null> {
    const spec = providerSpec(provider);
    const switched = { ...(this.deps.repository.find(provider)?.capabilities ?? {}) };
    let message: Localized | null = null;
    for (const { capability, error } of await this.deps.connectors.checkCapabilities(provider)) {
      const probe = spec.capabilities[capability]?.probe;
      if (!probe) continue;
      if (error === null) {
        this.deps.probes.record(provider, probe, digest);
        delete switched[capability];
      } else {
        if (error.code === 'UPSTREAM_AUTH_FAILED') switched[capability] = false;
        // Each capability the keys cannot use says so, in one message.
        const detail = error.detail ?? null;
        message =
          message && detail
            ? fill(SERVICE_MESSAGES.oneAfterOther, { first: message, second: detail })
            : (detail ?? message);
      }
    }
    this.deps.repository.setCapabilities(provider, switched);
    return message;
  }

  /** Disconnects: the connection goes and its vault entry is destroyed. */
  async disconnect(provider: Provider): Promise<void> {
    if (this.deps.vault.fromEnv(provider)) throw fromEnv();
    const existing = this.deps.repository.find(provider);
    if (!existing) throw new CompanionError('NOT_FOUND');
    this.deps.repository.remove(provider);
    if (existing.vaultRef) await this.deps.vault.destroy(existing.vaultRef);
    this.deps.audit.record('connection.disconnected', provider);
    this.deps.logger.info({ event: 'CONNECTION_REMOVED', provider }, 'connection removed');
  }

  private async commerceProbe(): Promise<CommerceProbe> {
    const credentials = await this.deps.connectors.credentials(commerceConnector.provider);
    if (!credentials) throw new CompanionError('NOT_FOUND');
    const client = await this.deps.connectors.client(commerceConnector);
    return new CommerceProbe(client, this.deps.probes, this.deps.vault.digest(credentials));
  }

  /** The period of an order walk from its query (`to` defaults to now), refused in words when wrong. */
  period(fromIso: string, toIso: string | undefined): { from: number; to: number } {
    return probePeriod(fromIso, toIso, this.now());
  }

  /** The read-only order walk for the commerce connection, required before any write opens. */
  async orderProbe(from: number, to: number, expected?: number): Promise<OrderChangesSummary> {
    const probe = await this.commerceProbe();
    if (!probe.authenticatedAt()) {
      throw probeRequired(SERVICE_MESSAGES.validateFirst);
    }
    const summary = await probe.orderChanges(from, to, expected);
    this.deps.audit.record('commerce.order-probe', commerceConnector.provider, {
      count: summary.count,
      duplicates: summary.duplicates,
      matches: summary.reconciliation?.matches ?? null,
    });
    return summary;
  }

  /**
   * Turns one capability on or off, for keys in the vault or from the environment (once checked).
   * Writes open only after a read-only order probe of these keys.
   */
  async setCapability(provider: Provider, name: string, enabled: boolean, language: Language): Promise<Connection> {
    const spec = providerSpec(provider).capabilities[name];
    if (!spec) throw new CompanionError('NOT_FOUND');
    // Keys from the environment cannot be edited here, but their switches can: the row their first
    // check made keeps them, and the write gate still asks for an order probe of the keys in force.
    const row = this.deps.repository.find(provider);
    if (!row || (!row.vaultRef && !this.deps.vault.fromEnv(provider))) throw new CompanionError('NOT_FOUND');
    if (enabled && spec.kind === 'write') {
      if (row.status !== 'ACTIVE') {
        throw probeRequired(SERVICE_MESSAGES.activeFirst);
      }
      const credentials = await this.deps.connectors.credentials(provider);
      const digest = credentials ? this.deps.vault.digest(credentials) : '';
      if (spec.probe === 'order-probe' && !this.deps.probes.succeededAt(provider, spec.probe, digest)) {
        throw probeRequired(SERVICE_MESSAGES.orderProbeFirst);
      }
    }
    this.deps.repository.setCapabilities(provider, { ...row.capabilities, [name]: enabled });
    this.deps.audit.record(enabled ? 'capability.enabled' : 'capability.disabled', provider, {
      capability: name,
      kind: spec.kind,
    });
    return this.connection(provider, language);
  }

  /** The newest entries of the audit log (what changed in the connections, never a key). */
  auditTrail(limit: number): AuditEntry[] {
    return this.deps.audit.recent(limit);
  }

  /**
   * The gate every write passes before any upstream call: the capability is switched on, and the
   * read-only probe it depends on has succeeded for the keys in force now (new keys start unproven).
   */
  async assertWritable(provider: Provider, name: string): Promise<void> {
    this.assertEnabled(provider, name);
    const probe = providerSpec(provider).capabilities[name]?.probe;
    if (!probe) return;
    const credentials = await this.deps.connectors.credentials(provider);
    const digest = credentials ? this.deps.vault.digest(credentials) : '';
    if (!this.deps.probes.succeededAt(provider, probe, digest)) throw probeRequired(SERVICE_MESSAGES.orderProbeFirst);
  }

  /** The gate every write call passes: refused with CAPABILITY_DISABLED unless switched on. */
  assertEnabled(provider: Provider, name: string): void {
    const connection = this.deps.connections.find(provider, 'en');
    if (!connection?.capabilities[name]?.enabled) {
      throw new CompanionError('CAPABILITY_DISABLED', {
        detail: fill(SERVICE_MESSAGES.capabilityOff, {
          capability: providerSpec(provider).capabilities[name]?.label ?? name,
        }),
      });
    }
  }
}
