/**
 * What the extension keeps: the companion port and the bearer token from pairing, in
 * `storage.local` (never synced). Nothing else about the user is stored.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_COMPANION_PORT } from '@aigenc/shared/identity';

export const companionPortItem = storage.defineItem<number>('local:companionPort', {
  fallback: DEFAULT_COMPANION_PORT,
});

export const companionTokenItem = storage.defineItem<string | null>('local:companionToken', {
  fallback: null,
});
