/**
 * The extension's pinned identity, known to both sides.
 *
 * The manifest carries EXTENSION_PUBLIC_KEY, so Chrome derives the same id on every machine; the
 * companion always allows EXTENSION_ORIGIN. A test recomputes the id from the key.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAskyyGdK1f6wB2ha7Et8dbntwtaZicynVcGe6JS+1LswarWBYC6tzz9KEl/eKk9QN3HnWRcUvRliqUR1gDvAtUvkJEBUwFa2t+CcZLDJNvuRR+uJa7gdchgoos+czAeUcRo0Au/uQjMSuhxToZBdKrRb+iYsrURy1Reap2Hk5VVV+1LRdjsrP3Qzbcfa286C9R4gejtNZ9YCq9ImP/q0hJ8bE/UFNPist7ztZb/L8wgoYsLISYeSCZmb2PRDn8/eLws3rCZwRxOYkrQ5uZDOpfONhheAJJ3LSweeS1z/bYiqVTRqhaYAli/g9kgiFrR+2JKYubtwvF46tKH0XFU9f1wIDAQAB';

export const EXTENSION_ID = 'iekgcaekdhflpfnikefalnohgnlkjopb';

export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/** The port the companion listens on when AIGENC_PORT is not set, and the extension's default. */
export const DEFAULT_COMPANION_PORT = 47_821;

/** The companion's only listening address: never `localhost`, which may resolve to ::1. */
export const COMPANION_HOST = '127.0.0.1';
