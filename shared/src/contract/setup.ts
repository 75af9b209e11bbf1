/** Names the setup page and the companion agree on. */

/** Header that carries the setup page's per-process CSRF token on every write. */
export const SETUP_CSRF_HEADER = 'x-aigenc-csrf';
