/**
 * For tests: a sandbox, an egress dispatcher that allows exactly its origins, and a temporary
 * database for budgets and cooldowns. Real HTTP on loopback, no mocks of our own code. Time is a
 * manual clock shared by the clients and the emulated vendors: pacing and budgets are waited out
 * on it at once, and every test starts at the same instant (`HARNESS_EPOCH`), whatever the date.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Egress } from '../src/connectors/egress.ts';
import { createEgressDispatcher } from '../src/connectors/egress.ts';
import { openDatabase, type Db } from '../src/store/db.ts';
import { StateStore } from '../src/store/state.ts';
import { Pacers } from '../src/connectors/limits.ts';
import { manualTime, silentLogger, tempHome, type ManualTime } from './support.ts';
import { startSandbox, type RunningSandbox, type SandboxApi, type SandboxOptions } from '../src/sandbox/server.ts';
import type { FaultKind } from '../src/sandbox/wire.ts';
import { credentialSchema, type Credentials, type Provider } from '@aigenc/shared/providers';
import type { ConnectorDefinition, ConnectorSettings } from '../src/connectors/connector.ts';
import { TokenCache } from '../src/connectors/token-cache.ts';
import { DEMO_CREDENTIALS } from '../src/sandbox/credentials.ts';

/** 2026-11-23 10:00 KST, a Monday: far from any KST day boundary, on a whole second. */
export const HARNESS_EPOCH = Date.UTC(2026, 10, 23, 1, 0, 0);

export interface Harness {
  sandbox: RunningSandbox;
  /** The clock of this harness's clients and sandbox; reset to HARNESS_EPOCH after each test. */
  time: ManualTime;
  /** Pacers on that clock, new for each test. */
  pacers: Pacers;
  dispatcher: Egress;
  state: StateStore;
  db: Db;
  /** Queues a fault on one emulated API. */
  fault(
    api: SandboxApi,
    kind: FaultKind,
    count?: number,
    extra?: { pathPrefix?: string; delayMs?: number },
  ): Promise<void>;
  stats(api: SandboxApi): Record<string, number>;
  /**
   * A connector's client built the way the product builds it (through its definition), on this
   * harness's sandbox, clock, pacers and state; the demo keys unless others are given.
   */
  connect<P extends Provider, C>(
    definition: ConnectorDefinition<P, C>,
    options?: { credentials?: Credentials<P>; settings?: Partial<ConnectorSettings> },
  ): C;
  /** Marks `used` calls of a budget spent in the window `now` falls in (a quota nearly used up). */
  spend(name: string, windowKey: string, used: number, expiresAt: number): void;
}

/** Where each provider's emulator listens in the sandbox. */
const SANDBOX_API: Record<Provider, SandboxApi> = {
  'naver-searchad': 'searchad',
  'naver-search': 'search',
  'naver-commerce': 'commerce',
  'coupang-partners': 'coupang',
};

/** Empties every table the migrations made, read from the schema: a table added later is emptied too. */
export function clearTables(db: Db): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const keys = db.pragma('foreign_keys', { simple: true }) as number;
  // Off while emptying (it cannot change inside a transaction), so the order of tables does not matter.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const { name } of tables) db.exec(`DELETE FROM "${name.replaceAll('"', '""')}"`);
    })();
  } finally {
    db.pragma(`foreign_keys = ${keys ? 'ON' : 'OFF'}`);
  }
}

export function useSandbox(options: SandboxOptions = {}): () => Harness {
  let harness: Harness | undefined;
  let cleanup: () => void = () => undefined;
  const time = manualTime(HARNESS_EPOCH);
  let pacers = new Pacers(time);
  let tokens = new TokenCache();
  beforeAll(async () => {
    const sandbox = await startSandbox({ now: time.now, ...options });
    const home = tempHome();
    const db = openDatabase(home.dir);
    cleanup = () => {
      db.close();
      home.cleanup();
    };
    const dispatcher = createEgressDispatcher({
      official: [],
      sandbox: Object.values(sandbox.urls),
      logger: silentLogger(),
    });
    // Made now, as the connector factory does before any client: pacing tests time calls, not loading.
    await dispatcher.get();
    harness = {
      sandbox,
      time,
      get pacers() {
        return pacers;
      },
      dispatcher,
      db,
      state: new StateStore(db, time.now),
      fault: (api, kind, count = 1, extra = {}) => {
        sandbox.states[api].inject({ kind, count, ...extra });
        return Promise.resolve();
      },
      stats: (api) => ({ ...sandbox.states[api].stats }),
      connect(definition, options = {}) {
        const origin = sandbox.urls[SANDBOX_API[definition.provider]];
        // The demo keys as the vault would hold them: parsed by the provider's schema (its defaults filled in).
        const credentials =
          options.credentials ?? credentialSchema(definition.provider).parse(DEMO_CREDENTIALS[definition.provider]);
        return definition.create(credentials, {
          origin: () => origin,
          dispatcher,
          state: harness!.state,
          time,
          pacers,
          tokens,
          settings: { searchAdIntervalMs: null, ...options.settings },
        });
      },
      spend(name, windowKey, used, expiresAt) {
        db.prepare(
          `INSERT INTO counters (name, bucket, count, expires_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (name, bucket) DO UPDATE SET count = excluded.count`,
        ).run(name, windowKey, used, expiresAt);
      },
    };
  });
  afterEach(() => {
    if (!harness) return;
    for (const state of Object.values(harness.sandbox.states)) state.reset();
    time.set(HARNESS_EPOCH);
    time.slept.length = 0;
    pacers = new Pacers(time);
    tokens = new TokenCache();
    clearTables(harness.db);
  });
  afterAll(async () => {
    await harness?.sandbox.close();
    cleanup();
  });
  return () => {
    if (!harness) throw new Error('sandbox not started');
    return harness;
  };
}
