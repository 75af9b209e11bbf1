/**
 * Opens what every command needs, in order: config, the 0700 data directory, the log, the
 * database and the vault. Failures become messages a person can act on.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { PROVIDERS } from '@aigenc/shared/providers';
import { systemTime, type Time } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import { installEgress, type Egress } from './connectors/egress.ts';
import { Pacers } from './connectors/limits.ts';
import { TokenCache } from './connectors/token-cache.ts';
import { CompanionError, ConfigError } from './errors/index.ts';
import { CONFIG_MESSAGES } from './errors/messages.ts';
import { fill } from './messages.ts';
import { createLogger, type Logger } from './logger.ts';
import { openDatabase, type Db } from './store/db.ts';
import { ConnectionRepository } from './store/connections.ts';
import { ProbeRecords } from './store/probe-records.ts';
import { StateStore } from './store/state.ts';
import { ConnectorFactory } from './services/connector-factory.ts';
import { Vault } from './store/vault.ts';

export interface Runtime {
  /** The one clock of the process: everything below takes it from here. */
  time: Time;
  config: Config;
  logger: Logger;
  db: Db;
  vault: Vault;
  state: StateStore;
  /** Every query on the connections table. */
  repository: ConnectionRepository;
  /** When each key check and order probe last succeeded. */
  probes: ProbeRecords;
  dispatcher: Egress;
  connectors: ConnectorFactory;
  close(): void;
}

export interface RuntimeOptions {
  env?: NodeJS.ProcessEnv;
  /** Where human log lines go; null keeps them off the terminal (commands with their own output). */
  stdout?: NodeJS.WritableStream | null;
  /** The wall clock unless a test gives another. */
  time?: Time;
}

function prepareHome(home: string): void {
  // Everything the companion creates (database, WAL, logs, vault) is for this user only.
  process.umask(0o077);
  try {
    mkdirSync(home, { recursive: true, mode: 0o700 });
    chmodSync(home, 0o700);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new ConfigError(fill(CONFIG_MESSAGES.homeUnsecured, { home, code }), error);
  }
}

export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const config = loadConfig(options.env ?? process.env);
  prepareHome(config.home);
  let logger: Logger;
  let db: Db;
  try {
    logger = createLogger({
      home: config.home,
      level: config.logLevel,
      stdout: options.stdout === undefined ? process.stdout : options.stdout,
    });
    db = openDatabase(config.home);
  } catch (error) {
    // Our own refusals (a database from a newer AigenC) say what they are; the rest is the folder's.
    if (error instanceof CompanionError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    throw new ConfigError(fill(CONFIG_MESSAGES.homeUnusable, { home: config.home, code }), error);
  }
  const vault = await Vault.open({ home: config.home, mode: config.vault, envCredentials: config.envCredentials });
  logger.debug({ event: 'VAULT_OPENED', backend: vault.backend.kind }, 'vault opened');
  const providers = PROVIDERS;
  const dispatcher = installEgress({
    // Every official origin of a provider not aimed at a sandbox: all its key kinds' hosts.
    official: [
      ...new Set(
        providers
          .filter((p) => !config.upstreams[p].sandbox)
          .flatMap((p) => Object.values(config.upstreams[p].origins)),
      ),
    ],
    sandbox: providers.filter((p) => config.upstreams[p].sandbox).map((p) => config.upstreams[p].origin),
    logger,
  });
  const time = options.time ?? systemTime;
  const state = new StateStore(db, time.now);
  const repository = new ConnectionRepository(db, time.now);
  return {
    time,
    config,
    logger,
    db,
    vault,
    state,
    repository,
    probes: new ProbeRecords(state, time.now),
    dispatcher,
    connectors: new ConnectorFactory({
      config,
      vault,
      connections: repository,
      state,
      dispatcher,
      time,
      pacers: new Pacers(time),
      tokens: new TokenCache(),
    }),
    close: () => {
      if (db.open) db.close();
      logger.flush();
    },
  };
}
