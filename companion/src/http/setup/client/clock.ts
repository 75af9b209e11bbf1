/** The setup page's one reading of the wall clock (countdowns, the default order period). */
export function wallClock(): number {
  return Date.now();
}
