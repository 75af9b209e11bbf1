/**
 * Every key the companion keeps in `runtime_state` and every budget's name in `counters`, made one
 * way: `<owner>:<what>[:<part>…]`, the owner a provider id (or `companion`), an account's id only as
 * its tag (a short keyed hash, never the id itself). Migration 11 moved the keys made before.
 */
import { createHash } from 'node:crypto';
import type { Provider } from '@aigenc/shared/providers';

export type StateOwner = Provider | 'companion';

export function stateKey(owner: StateOwner, what: string, ...parts: readonly string[]): string {
  return [owner, what, ...parts].join(':');
}

/** An account's id (a customer id, a client id, an access key) as it may appear in a key or a log. */
export function accountTag(id: string): string {
  return createHash('sha256').update(`aigenc account|${id}`, 'utf8').digest('base64url').slice(0, 16);
}
