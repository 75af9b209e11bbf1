/**
 * What `aigenc doctor` concludes from what it found: each check ok, warn or fail, with the fix in
 * words (Korean and English). Pure: the facts are gathered in `facts.ts` and `connectors/vendor-clock.ts`, so every verdict is a
 * table test.
 *
 *   clockCheck([{ vendor: searchAdName, skewMs: 600_000 }])
 *   // → status 'fail': 시계가 네이버 검색광고보다 10분 빠릅니다. … 자동 시간 맞춤을 켜세요.
 */
import { koreanDaysUntil } from '@aigenc/shared/domain';
import type { Localized } from '@aigenc/shared/language';
import { fill } from '../../messages.ts';
import type { VendorClock } from '../../connectors/vendor-clock.ts';
import { DOCTOR_MESSAGES as M } from './messages.ts';

export type DoctorStatus = 'ok' | 'warn' | 'fail';
export type DoctorCheckId =
  'node' | 'data-dir' | 'port' | 'vault' | 'connections' | 'key-kinds' | 'extension' | 'clock';

export interface DoctorCheck {
  id: DoctorCheckId;
  status: DoctorStatus;
  message: Localized;
}

/** Node 20 runs but is end-of-life; below 20.19 the dependencies do not run at all. */
export function nodeCheck(version: string): DoctorCheck {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const shown = version.replace(/^v/, '');
  if (major < 20 || (major === 20 && minor < 19))
    return { id: 'node', status: 'fail', message: fill(M.nodeTooOld, { version: shown }) };
  if (major === 20) return { id: 'node', status: 'warn', message: fill(M.nodeOld, { version: shown }) };
  return { id: 'node', status: 'ok', message: fill(M.nodeOk, { version: shown }) };
}

export type DataDirFact =
  { path: string; writable: true; mode: number } | { path: string; writable: false; code: string };

export function dataDirCheck(fact: DataDirFact): DoctorCheck {
  if (!fact.writable)
    return { id: 'data-dir', status: 'fail', message: fill(M.dataDirUnusable, { path: fact.path, code: fact.code }) };
  // On Windows the mode bits say nothing about other users: only POSIX modes are judged.
  if ((fact.mode & 0o077) !== 0) {
    const mode = (fact.mode & 0o777).toString(8).padStart(3, '0');
    return { id: 'data-dir', status: 'warn', message: fill(M.dataDirOpen, { path: fact.path, mode }) };
  }
  return { id: 'data-dir', status: 'ok', message: fill(M.dataDirOk, { path: fact.path }) };
}

/** Who answers on the companion's port: nobody, this companion, or another program. */
export type PortFact = { port: number } & ({ state: 'free' } | { state: 'ours'; version: string } | { state: 'taken' });

export function portCheck(fact: PortFact): DoctorCheck {
  const { port } = fact;
  if (fact.state === 'ours')
    return { id: 'port', status: 'ok', message: fill(M.portOurs, { port, version: fact.version }) };
  if (fact.state === 'free') return { id: 'port', status: 'warn', message: fill(M.portFree, { port }) };
  return { id: 'port', status: 'fail', message: fill(M.portTaken, { port }) };
}

export function vaultCheck(fact: { ok: true; backend: string } | { ok: false; reason: Localized }): DoctorCheck {
  return fact.ok
    ? { id: 'vault', status: 'ok', message: fill(M.vaultOk, { backend: fact.backend }) }
    : { id: 'vault', status: 'fail', message: fill(M.vaultBroken, { reason: fact.reason }) };
}

/** A provider with keys, and what its last check found. */
export interface ConnectionFact {
  name: Localized;
  state: 'active' | 'failing' | 'unchecked' | 'paused';
}

const STATE_WORDS: Record<ConnectionFact['state'], Localized> = {
  active: M.stateActive,
  failing: M.stateFailing,
  unchecked: M.stateUnchecked,
  paused: M.statePaused,
};

/** Several texts joined with commas, each language on its own. */
function joined(items: readonly Localized[]): Localized {
  return {
    ko: items.map((item) => item.ko).join(', '),
    en: items.map((item) => item.en).join(', '),
  };
}

export function connectionsCheck(facts: readonly ConnectionFact[], port: number): DoctorCheck {
  if (facts.length === 0) return { id: 'connections', status: 'warn', message: fill(M.connectionsNone, { port }) };
  const list = joined(facts.map((f) => fill(M.connectionState, { name: f.name, state: STATE_WORDS[f.state] })));
  const failing = facts.some((f) => f.state === 'failing');
  return failing
    ? { id: 'connections', status: 'warn', message: fill(M.connectionsFailing, { list }) }
    : { id: 'connections', status: 'ok', message: fill(M.connectionsOk, { list }) };
}

/** A connection whose keys are of a kind no longer issued, with the last day they work. */
export interface RetiringFact {
  name: Localized;
  lastDay: string;
}

/**
 * Keys of a kind that stops working on a known day (Naver Developers keys for Search): a warning
 * with the days left while they work, a failure once they do not.
 */
export function keyKindsCheck(facts: readonly RetiringFact[], now: number): DoctorCheck {
  const first = [...facts].sort((a, b) => a.lastDay.localeCompare(b.lastDay))[0];
  if (!first) return { id: 'key-kinds', status: 'ok', message: M.keysCurrent };
  const days = koreanDaysUntil(first.lastDay, now);
  return days >= 0
    ? { id: 'key-kinds', status: 'warn', message: fill(M.keysRetiring, { name: first.name, day: first.lastDay, days }) }
    : { id: 'key-kinds', status: 'fail', message: fill(M.keysRetired, { name: first.name, day: first.lastDay }) };
}

/** "3 minutes ago", "2 days ago", in both languages. */
export function ago(ms: number): Localized {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return M.justNow;
  if (minutes < 60) return fill(M.minutesAgo, { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return fill(M.hoursAgo, { n: hours });
  return fill(M.daysAgo, { n: Math.round(hours / 24) });
}

/** A week without the extension calling is worth a look (it may be disabled or removed). */
const EXTENSION_STALE_MS = 7 * 86_400_000;

/**
 * `refused`: the newest extension refused for an id the companion does not know (and still does
 * not). Within the week and after the last call of a paired extension, it is what to fix first.
 */
export function extensionCheck(
  lastSeenAt: number | null,
  now: number,
  refused: { id: string; at: number } | null = null,
): DoctorCheck {
  if (refused && now - refused.at <= EXTENSION_STALE_MS && (lastSeenAt === null || refused.at > lastSeenAt)) {
    // The id comes from a request any local program can send without a token: it is something to
    // check on chrome://extensions, never handed over as a ready-made command that allows it.
    const message = fill(M.extensionRefused, { id: refused.id, ago: ago(now - refused.at) });
    return { id: 'extension', status: 'warn', message };
  }
  if (lastSeenAt === null) return { id: 'extension', status: 'warn', message: M.extensionNever };
  const since = now - lastSeenAt;
  return since > EXTENSION_STALE_MS
    ? { id: 'extension', status: 'warn', message: fill(M.extensionStale, { ago: ago(since) }) }
    : { id: 'extension', status: 'ok', message: fill(M.extensionSeen, { ago: ago(since) }) };
}

/** The local clock against one vendor's `Date` header (positive `skewMs`: the local clock is ahead). */
export type ClockFact = VendorClock;

/** Search Ad refuses a signature about a minute off; ten seconds is the first sign of drift. */
const CLOCK_FAIL_MS = 60_000;
const CLOCK_WARN_MS = 10_000;

export function clockCheck(facts: readonly ClockFact[]): DoctorCheck {
  const measured = facts.filter((f): f is Extract<ClockFact, { skewMs: number }> => 'skewMs' in f);
  if (measured.length === 0) {
    const reason = facts.map((f) => ('error' in f ? f.error : '')).find(Boolean) ?? M.noVendor;
    return { id: 'clock', status: 'warn', message: fill(M.clockUnknown, { reason }) };
  }
  // The vendor the clock is furthest from decides; a `Date` header has whole seconds.
  const worst = measured.reduce((a, b) => (Math.abs(b.skewMs) > Math.abs(a.skewMs) ? b : a));
  const vendors = worst.vendor;
  const direction = worst.skewMs > 0 ? M.ahead : M.behind;
  const off = Math.abs(worst.skewMs);
  if (off >= CLOCK_FAIL_MS) {
    const minutes = Math.round(off / 60_000);
    return { id: 'clock', status: 'fail', message: fill(M.clockOff, { minutes, direction, vendors }) };
  }
  if (off >= CLOCK_WARN_MS) {
    const seconds = Math.round(off / 1000);
    return { id: 'clock', status: 'warn', message: fill(M.clockDrifting, { seconds, direction, vendors }) };
  }
  const names = joined(measured.map((f) => f.vendor));
  return { id: 'clock', status: 'ok', message: fill(M.clockOk, { skew: Math.round(off / 1000), vendors: names }) };
}
