/**
 * The extension's pinned identity, known to both sides.
 *
 * The manifest of an unpacked build carries EXTENSION_PUBLIC_KEY, so Chrome derives the same id on
 * every machine. The Web Store build carries no key (the store refuses one) and gets its id from the
 * store at the first upload: STORE_EXTENSION_ID holds it from then on. The companion always allows
 * KNOWN_EXTENSION_ORIGINS. A test recomputes the pinned id from the key.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAskyyGdK1f6wB2ha7Et8dbntwtaZicynVcGe6JS+1LswarWBYC6tzz9KEl/eKk9QN3HnWRcUvRliqUR1gDvAtUvkJEBUwFa2t+CcZLDJNvuRR+uJa7gdchgoos+czAeUcRo0Au/uQjMSuhxToZBdKrRb+iYsrURy1Reap2Hk5VVV+1LRdjsrP3Qzbcfa286C9R4gejtNZ9YCq9ImP/q0hJ8bE/UFNPist7ztZb/L8wgoYsLISYeSCZmb2PRDn8/eLws3rCZwRxOYkrQ5uZDOpfONhheAJJ3LSweeS1z/bYiqVTRqhaYAli/g9kgiFrR+2JKYubtwvF46tKH0XFU9f1wIDAQAB';

export const EXTENSION_ID = 'iekgcaekdhflpfnikefalnohgnlkjopb';

export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/**
 * The listing's id in the Chrome Web Store, null until the store has given one. Set it once after
 * the first upload (the dashboard shows it), before publishing: a companion without it refuses the
 * store build, saying which id it does not know. `pnpm package` names it while it is null.
 */
export const STORE_EXTENSION_ID: string | null = null;

/** Chrome's form of an extension id: 32 letters a–p. */
export const EXTENSION_ID_FORM = /^[a-p]{32}$/;

/** The id in a well-formed `chrome-extension://<id>` origin, or null for any other origin. */
export function extensionIdOf(origin: string): string | null {
  const prefix = 'chrome-extension://';
  const id = origin.startsWith(prefix) ? origin.slice(prefix.length) : '';
  return EXTENSION_ID_FORM.test(id) ? id : null;
}

/** Every extension origin the companion allows without being told (AIGENC_EXTENSION_ORIGINS adds more). */
export const KNOWN_EXTENSION_ORIGINS: readonly string[] = [
  EXTENSION_ORIGIN,
  ...(STORE_EXTENSION_ID === null ? [] : [`chrome-extension://${STORE_EXTENSION_ID}`]),
];

/** The port the companion listens on when AIGENC_PORT is not set, and the extension's default. */
export const DEFAULT_COMPANION_PORT = 47_821;

/** The companion's only listening address: never `localhost`, which may resolve to ::1. */
export const COMPANION_HOST = '127.0.0.1';
