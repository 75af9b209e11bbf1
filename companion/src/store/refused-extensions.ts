/**
 * The last extension the companion refused because it did not know its id (a store build before
 * the companion knew the store's id, or a build of someone's own), kept so that `aigenc doctor`,
 * another process, can name it with the fix. Only the newest is kept; a refused extension asks
 * again every few seconds, so the same id is written at most once a minute, and any at most once a
 * second.
 */
import { EXTENSION_ID_FORM } from '@aigenc/shared/identity';
import type { Clock } from '../clock.ts';
import type { StateStore } from './state.ts';
import { stateKey } from './state-keys.ts';

const KEY = stateKey('companion', 'refused-extensions');
const SAME_ID_MS = 60_000;
/** Another id replaces the one kept at most this often: a local program cycling ids costs little. */
const ANY_ID_MS = 1_000;

export interface RefusedExtension {
  id: string;
  /** Epoch ms of the latest refusal written. */
  at: number;
}

export class RefusedExtensions {
  private written: RefusedExtension | null = null;

  constructor(
    private readonly state: StateStore,
    private readonly now: Clock,
  ) {}

  /** Keeps the refusal of `id`; true when it was written (not one of a burst). */
  note(id: string): boolean {
    const at = this.now();
    const previous = this.written;
    if (previous && at - previous.at < (previous.id === id ? SAME_ID_MS : ANY_ID_MS)) return false;
    this.written = { id, at };
    this.state.set(KEY, JSON.stringify(this.written));
    return true;
  }

  /** The newest refusal, or null (none, or a value this version cannot read). */
  last(): RefusedExtension | null {
    const raw = this.state.get(KEY);
    if (raw === null) return null;
    try {
      const value = JSON.parse(raw) as Partial<RefusedExtension>;
      return typeof value.id === 'string' && EXTENSION_ID_FORM.test(value.id) && Number.isFinite(value.at)
        ? { id: value.id, at: value.at as number }
        : null;
    } catch {
      return null;
    }
  }
}
