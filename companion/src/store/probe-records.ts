/**
 * When a probe last succeeded, per provider and per key set (by keyed digest): the key check that
 * turns a connection ACTIVE, and the read-only order walk that write capabilities wait for. New
 * keys have a new digest, so they start unproven.
 */
import type { CapabilityProbe, Provider } from '@aigenc/shared/providers';
import type { Clock } from '../clock.ts';
import type { StateStore } from './state.ts';
import { stateKey } from './state-keys.ts';

/** The state keys, as earlier versions wrote them (`<provider>:auth-ok:<digest>`). */
const KEY_PART: Record<CapabilityProbe, string> = {
  'key-check': 'auth-ok',
  'order-probe': 'orders-ok',
  'trend-check': 'trend-ok',
  'shopping-check': 'shopping-ok',
};

export class ProbeRecords {
  constructor(
    private readonly state: StateStore,
    private readonly now: Clock,
  ) {}

  private key(provider: Provider, probe: CapabilityProbe, digest: string): string {
    return stateKey(provider, KEY_PART[probe], digest);
  }

  /** Records a success now; returns its time as ISO. */
  record(provider: Provider, probe: CapabilityProbe, digest: string): string {
    const at = new Date(this.now()).toISOString();
    this.state.set(this.key(provider, probe, digest), at);
    return at;
  }

  /** When the probe last succeeded for these keys (ISO), or null. */
  succeededAt(provider: Provider, probe: CapabilityProbe, digest: string): string | null {
    return this.state.get(this.key(provider, probe, digest));
  }
}
