import { describe, expect, it } from 'vitest';
import {
  EXTENSION_ID,
  EXTENSION_ORIGIN,
  EXTENSION_PUBLIC_KEY,
  KNOWN_EXTENSION_ORIGINS,
  STORE_EXTENSION_ID,
  extensionIdOf,
} from './identity.ts';

/** Chrome's rule: the id is the first 128 bits of SHA-256(public key DER), hex digits mapped to a–p. */
async function idFromKey(base64Der: string): Promise<string> {
  const der = Uint8Array.from(atob(base64Der), (ch) => ch.charCodeAt(0));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  return [...hash.slice(0, 16)]
    .flatMap((byte) => [byte >> 4, byte & 15])
    .map((nibble) => String.fromCharCode(97 + nibble))
    .join('');
}

describe('extension identity', () => {
  it('pins the id Chrome derives from the manifest key', async () => {
    expect(await idFromKey(EXTENSION_PUBLIC_KEY)).toBe(EXTENSION_ID);
    expect(EXTENSION_ORIGIN).toBe(`chrome-extension://${EXTENSION_ID}`);
  });

  it('allows the pinned id, and the store id once the store has given one', () => {
    expect(KNOWN_EXTENSION_ORIGINS[0]).toBe(EXTENSION_ORIGIN);
    if (STORE_EXTENSION_ID === null) expect(KNOWN_EXTENSION_ORIGINS).toHaveLength(1);
    else {
      expect(STORE_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
      expect(STORE_EXTENSION_ID).not.toBe(EXTENSION_ID);
      expect(KNOWN_EXTENSION_ORIGINS).toEqual([EXTENSION_ORIGIN, `chrome-extension://${STORE_EXTENSION_ID}`]);
    }
  });

  it.each([
    [EXTENSION_ORIGIN, EXTENSION_ID],
    [`chrome-extension://${'p'.repeat(32)}`, 'p'.repeat(32)],
    [`chrome-extension://${'q'.repeat(32)}`, null],
    [`chrome-extension://${'a'.repeat(31)}`, null],
    [`chrome-extension://${EXTENSION_ID}/`, null],
    [`CHROME-EXTENSION://${EXTENSION_ID}`, null],
    [`https://${EXTENSION_ID}`, null],
    ['null', null],
  ])('the extension id of %s is %s', (origin, id) => {
    expect(extensionIdOf(origin)).toBe(id);
  });
});
