/** Growth between two memory readings as a row's value: the growth first (the goal's figure), then both. */
export function growthValue(before: number, after: number): string {
  const growth = after - before;
  return `${growth >= 0 ? '' : '−'}${Math.abs(growth).toFixed(1)} (${before.toFixed(1)} → ${after.toFixed(1)})`;
}
