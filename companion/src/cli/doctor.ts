/**
 * `aigenc doctor [--json]`: what could keep AigenC from working on this computer, each check ok,
 * warn or fail with the fix in words: Node, the data folder, the port, the vault, the connections,
 * the extension last seen (or refused for an id this companion does not know), and the clock
 * against the vendors'. Changes nothing; exit 0 when nothing fails, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { PROVIDERS, providerSpec } from '@aigenc/shared/providers';
import { loadConfig } from '../config.ts';
import { CompanionError, ConfigError } from '../errors/index.ts';
import type { Runtime } from '../runtime.ts';
import { openServices, type Services } from '../compose.ts';
import {
  clockCheck,
  connectionsCheck,
  dataDirCheck,
  extensionCheck,
  keyKindsCheck,
  nodeCheck,
  portCheck,
  vaultCheck,
  type ConnectionFact,
  type DoctorCheck,
  type RetiringFact,
} from '../services/doctor/checks.ts';
import { dataDirFact, portFact } from '../services/doctor/facts.ts';
import { clockFact, type ClockTarget } from '../connectors/vendor-clock.ts';
import { DOCTOR_MESSAGES } from '../services/doctor/messages.ts';
import { cliLanguage } from './output.ts';

const STATE: Record<string, ConnectionFact['state']> = {
  ACTIVE: 'active',
  ERROR: 'failing',
  PAUSED: 'paused',
  SETUP_REQUIRED: 'unchecked',
};
const MARK = { ok: '✓', warn: '!', fail: '✗' } as const;

/** The providers with keys (vault or environment), and what their last check found. */
function connections(runtime: Runtime): { facts: ConnectionFact[]; keyed: typeof PROVIDERS } {
  const keyed = PROVIDERS.filter((p) => runtime.config.envCredentials[p] || runtime.repository.vaultRef(p));
  const facts = keyed.map((p) => ({
    name: providerSpec(p).name,
    state: STATE[runtime.repository.find(p)?.status ?? 'SETUP_REQUIRED'] ?? 'unchecked',
  }));
  return { facts, keyed };
}

/** The connections whose keys are of a kind no longer issued (read from the vault or environment). */
async function retiringKeys(runtime: Runtime, keyed: typeof PROVIDERS): Promise<RetiringFact[]> {
  const facts: RetiringFact[] = [];
  for (const provider of keyed) {
    const { retiring } = providerSpec(provider).keys;
    const kindField = providerSpec(provider).originBy;
    if (!retiring || !kindField) continue;
    const credentials = (await runtime.connectors.credentials(provider)) as Record<string, unknown> | null;
    if (credentials?.[kindField] === retiring.kind)
      facts.push({ name: providerSpec(provider).name, lastDay: retiring.lastDay });
  }
  return facts;
}

async function withRuntime({ runtime, pairings, refusedExtensions }: Services, port: number): Promise<DoctorCheck[]> {
  const { facts, keyed } = connections(runtime);
  const seen = pairings
    .list()
    .map((p) => (p.lastUsedAt ? Date.parse(p.lastUsedAt) : null))
    .reduce<number | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  // A refusal of an id that has since been allowed (AIGENC_EXTENSION_ORIGINS) is no longer news.
  const refused = refusedExtensions.last();
  const stillRefused =
    refused && !runtime.config.extensionOrigins.includes(`chrome-extension://${refused.id}`) ? refused : null;
  // The vendors with keys; with none yet, Search Ad, the one a clock off matters most to.
  const asked = keyed.length > 0 ? keyed : (['naver-searchad'] as const);
  const targets: ClockTarget[] = asked.map((p) => ({
    provider: p,
    name: providerSpec(p).name,
    origin: runtime.config.upstreams[p].origin,
  }));
  const clocks = await Promise.all(targets.map((t) => clockFact(runtime.dispatcher, t, runtime.time.now)));
  return [
    vaultCheck({ ok: true, backend: runtime.vault.backend.kind }),
    connectionsCheck(facts, port),
    keyKindsCheck(await retiringKeys(runtime, keyed), runtime.time.now()),
    extensionCheck(seen, runtime.time.now(), stillRefused),
    clockCheck(clocks),
  ];
}

export async function doctor(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
  const language = cliLanguage(env);
  const config = loadConfig(env);
  const port = portCheck(await portFact(config.port));
  let rest: DoctorCheck[];
  let runtime: Runtime | null = null;
  try {
    const services = await openServices({ env, stdout: null });
    runtime = services.runtime;
    rest = await withRuntime(services, config.port);
  } catch (error) {
    if (!(error instanceof CompanionError)) throw error;
    // A data folder that cannot be opened is the data-dir check's to say; anything else is the vault.
    const reason = error.detail ?? { ko: error.message, en: error.message };
    rest = error instanceof ConfigError ? [] : [vaultCheck({ ok: false, reason })];
  } finally {
    runtime?.close();
  }
  const checks = [nodeCheck(process.version), dataDirCheck(dataDirFact(config.home)), port, ...rest];
  const failed = checks.some((c) => c.status === 'fail');
  if (values.json) {
    const out = checks.map((c) => ({ id: c.id, status: c.status, message: c.message[language] }));
    process.stdout.write(`${JSON.stringify({ ok: !failed, checks: out }, null, 2)}\n`);
  } else {
    const lines = checks.map((c) => `${MARK[c.status]} ${c.id.padEnd(11)} ${c.message[language]}`);
    const summary = failed ? DOCTOR_MESSAGES.summaryFailed : DOCTOR_MESSAGES.summaryOk;
    process.stdout.write(`${lines.join('\n')}\n${summary[language]}\n`);
  }
  return failed ? 1 : 0;
}
