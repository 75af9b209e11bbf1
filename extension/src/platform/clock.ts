/**
 * The extension's one reading of the wall clock. Pure code takes `now` as an argument; the
 * components and handlers at the edge read it here, so a test can give any instant.
 */
export function wallClock(): number {
  return Date.now();
}
