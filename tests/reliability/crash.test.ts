/**
 * Killed mid-write, twenty times: the companion is SIGKILLed at a seeded random moment 0.3–1.3 s
 * into each round while links, connections (vault), settings and pairing codes are being written,
 * then restarted on the same data directory. Each time the database opens, and everything that
 * was answered as saved is still there; the vault entry in use still decrypts. The seed is
 * printed; `AIGENC_TEST_SEED` repeats a run. A read-only data directory is a clear error.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SATURATION } from '@aigenc/shared/domain';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { DEMO_CREDENTIALS, sandboxOverrides, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { REPO_ROOT, runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { seededRandom, type Random } from '../support/seeded.ts';
import { setupHeaders } from '../support/setup-session.ts';

const TOKEN = 'crash-token-0123456789abcdefghijklmnopqrstu';
const api = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
const KILLS = 20;
/** When in each round the kill lands, in ms after the writers start. */
const KILL_AFTER_MS = { min: 300, max: 1_300 } as const;

let sandbox: RunningSandbox;
let env: Record<string, string>;
const home = mkdtempSync(join(tmpdir(), 'aigenc-crash-'));

beforeAll(async () => {
  sandbox = await startSandbox({ coupang: { deeplinksPerMinute: 10_000 } });
  env = {
    ...sandboxOverrides(sandbox.urls),
    AIGENC_API_TOKEN: TOKEN,
    AIGENC_LOG_LEVEL: 'warn',
  };
});
afterAll(async () => {
  await sandbox.close();
  rmSync(home, { recursive: true, force: true });
});

interface Saved {
  links: Set<string>;
  subId: string | null;
  /** The last value answered as saved, and those sent after it (one may have landed unanswered). */
  gold: number | null;
  goldInFlight: number[];
  code: string | null;
}

/** Writes as fast as answers come, recording what was answered as saved, until the process dies. */
async function writeUntilKilled(
  companion: CompanionProcess,
  round: number,
  saved: Saved,
  random: Random,
): Promise<void> {
  const setup = { ...(await setupHeaders(companion.port)), 'content-type': 'application/json' };
  const keys = DEMO_CREDENTIALS['coupang-partners'];
  let n = 0;
  const alive = () => companion.child.exitCode === null && companion.child.signalCode === null;
  const loops = [
    async () => {
      while (alive()) {
        const urls = Array.from(
          { length: 20 },
          (_, i) => `https://www.coupang.com/vp/products/${round * 100_000 + n * 20 + i + 1}`,
        );
        n++;
        const answer = await call(companion.port, '/api/v1/coupang/deeplinks', {
          method: 'POST',
          json: { urls },
          headers: api,
        });
        if (answer.status === 200) for (const url of urls) saved.links.add(url);
      }
    },
    async () => {
      for (let i = 0; alive(); i++) {
        const subId = `r${round}s${i}`;
        const answer = await call(companion.port, '/setup/api/connections/coupang-partners', {
          method: 'PUT',
          json: { ...keys, subId },
          headers: setup,
        });
        if (answer.status === 200) saved.subId = subId;
      }
    },
    async () => {
      for (let i = 1; alive(); i++) {
        const gold = Math.round((0.1 + ((round * 7 + i) % 30) / 100) * 100) / 100;
        saved.goldInFlight.push(gold);
        const answer = await call(companion.port, '/api/v1/settings/saturation', {
          method: 'PUT',
          json: { source: 'blog', thresholds: { gold, silver: 1, bronze: 3 } },
          headers: api,
        });
        if (answer.status === 200) {
          saved.gold = gold;
          saved.goldInFlight = [];
        }
      }
    },
    async () => {
      while (alive()) {
        const answer = await call(companion.port, '/setup/api/pairing-code', {
          method: 'POST',
          json: {},
          headers: setup,
        });
        if (answer.status === 201) saved.code = answer.json<{ code: string }>().code;
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  ];
  const killer = new Promise<void>((resolve) =>
    setTimeout(
      () => {
        companion.child.kill('SIGKILL');
        resolve();
      },
      random.between(KILL_AFTER_MS.min, KILL_AFTER_MS.max),
    ),
  );
  await Promise.all([killer, ...loops.map((loop) => loop().catch(() => undefined))]);
  await companion.stop();
}

describe('SIGKILL during writes', () => {
  it(`loses nothing answered as saved, ${KILLS} times over`, async () => {
    const random = seededRandom('crash test kill times');
    const saved: Saved = { links: new Set(), subId: null, gold: null, goldInFlight: [], code: null };
    // How many rounds found each kind of write from the rounds before it (checked at the end).
    const verified = { links: 0, gold: 0, keys: 0 };
    for (let round = 0; round < KILLS; round++) {
      const companion = await startCompanion({ env, home });
      const setup = await setupHeaders(companion.port);

      // Everything answered before the last kill is still there.
      const history = await call(companion.port, '/api/v1/coupang/history?limit=1000', { headers: api });
      const kept = new Set(history.json<{ items: { canonicalUrl: string }[] }>().items.map((i) => i.canonicalUrl));
      expect(
        [...saved.links].filter((url) => !kept.has(url)),
        `round ${round}`,
      ).toEqual([]);
      if (saved.links.size > 0) verified.links++;

      // The last value answered as saved, or one sent after it whose answer the kill swallowed.
      const settings = await call(companion.port, '/api/v1/settings', { headers: api });
      const gold = settings.json<{ saturation: { thresholds: { gold: number } } }>().saturation.thresholds.gold;
      expect([saved.gold ?? DEFAULT_SATURATION.thresholds.gold, ...saved.goldInFlight], `round ${round}`).toContain(
        gold,
      );
      if (saved.gold !== null) verified.gold++;

      if (saved.subId !== null) {
        verified.keys++;
        const validated = await call(companion.port, '/setup/api/connections/coupang-partners/validate', {
          method: 'POST',
          json: {},
          headers: { ...setup, 'content-type': 'application/json' },
        });
        // The vault entry in use decrypts and its keys work.
        expect(validated.json<{ status: string }>().status, `round ${round}`).toBe('ACTIVE');
      }
      await writeUntilKilled(companion, round, saved, random);
    }

    // Finally: the database passes SQLite's own integrity check, and the last code still pairs.
    const check = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import Database from 'better-sqlite3'; const db = new Database(${JSON.stringify(join(home, 'aigenc.db'))}); console.log(db.pragma('integrity_check', { simple: true }));`,
      ],
      { cwd: join(REPO_ROOT, 'companion'), encoding: 'utf8' },
    );
    expect(check.stdout.trim()).toBe('ok');
    const last = await startCompanion({ env, home });
    try {
      // The rounds really wrote: links (one vendor call a second), keys, settings.
      // The rounds really wrote (links at one vendor call a second, keys, settings, codes), and
      // all but the first few rounds had each kind to check from the rounds before.
      expect(saved.links.size).toBeGreaterThanOrEqual(20);
      expect(saved.code).not.toBeNull();
      for (const [kind, rounds] of Object.entries(verified)) expect(rounds, kind).toBeGreaterThanOrEqual(KILLS - 3);
      const paired = await call(last.port, '/api/v1/pair', { method: 'POST', json: { code: saved.code } });
      // Used or superseded codes are refused; a code answered as issued is never corrupt (401 or 201, not 500).
      expect([201, 401]).toContain(paired.status);
    } finally {
      await last.stop();
    }
  });
});

describe('a data directory that cannot be written', () => {
  it('stops with a clear message, not a crash trace', async () => {
    if (process.getuid?.() === 0) {
      // root ignores file modes; a path under a regular file cannot be created by anyone.
      const run = await runAigencAsync(['serve'], join('/dev/null', 'aigenc-home'), { AIGENC_PORT: '0' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/AIGENC_HOME/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      return;
    }
    const locked = mkdtempSync(join(tmpdir(), 'aigenc-ro-'));
    chmodSync(locked, 0o500);
    try {
      const run = await runAigencAsync(['serve'], join(locked, 'home'), { AIGENC_PORT: '0' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/AIGENC_HOME/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      chmodSync(locked, 0o700);
      rmSync(locked, { recursive: true, force: true });
    }
  });
});
