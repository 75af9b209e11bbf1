/**
 * For tests: a sandbox, an egress dispatcher that allows exactly its origins, and a temporary
 * database for budgets and cooldowns. Real HTTP on loopback, no mocks of our own code.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Dispatcher } from 'undici';
import { createEgressDispatcher } from '../connectors/egress.ts';
import { openDatabase, type Db } from '../store/db.ts';
import { StateStore } from '../store/state.ts';
import { silentLogger, tempHome } from '../test-support.ts';
import { startSandbox, type RunningSandbox, type SandboxApi, type SandboxOptions } from './server.ts';
import type { FaultKind } from './wire.ts';

export interface Harness {
  sandbox: RunningSandbox;
  dispatcher: Dispatcher;
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
}

export function useSandbox(options: SandboxOptions = {}): () => Harness {
  let harness: Harness | undefined;
  let cleanup: () => void = () => undefined;
  beforeAll(async () => {
    const sandbox = await startSandbox(options);
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
    harness = {
      sandbox,
      dispatcher,
      db,
      state: new StateStore(db),
      fault: (api, kind, count = 1, extra = {}) => {
        sandbox.states[api].inject({ kind, count, ...extra });
        return Promise.resolve();
      },
      stats: (api) => ({ ...sandbox.states[api].stats }),
    };
  });
  afterEach(() => {
    if (!harness) return;
    for (const state of Object.values(harness.sandbox.states)) state.reset();
    harness.db.exec(
      'DELETE FROM counters; DELETE FROM runtime_state; DELETE FROM keyword_metrics; DELETE FROM keyword_documents; DELETE FROM keyword_related; DELETE FROM coupang_links; DELETE FROM coupang_link_history; DELETE FROM coupang_products;',
    );
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
