/**
 * The geometry of the trend chart, pure: a "nice" upper bound and ticks for the y axis, the month
 * labels to print on the x axis, and each series as an SVG path.
 */

/** 1, 2 or 5 times a power of ten, at least `max` (so the ticks read as round numbers). */
export function niceMax(max: number): number {
  if (max <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max)!;
  return step * power;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function xAt(frame: Frame, index: number, count: number): number {
  const inner = frame.width - frame.left - frame.right;
  return frame.left + (count <= 1 ? inner / 2 : (inner * index) / (count - 1));
}

export function yAt(frame: Frame, value: number, max: number): number {
  const inner = frame.height - frame.top - frame.bottom;
  return frame.top + inner - (inner * value) / max;
}

export function linePath(frame: Frame, values: readonly number[], max: number): string {
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${xAt(frame, i, values.length).toFixed(1)},${yAt(frame, v, max).toFixed(1)}`)
    .join('');
}

/** Which months get a label: every January, or every sixth month for short spans. */
export function labelledMonths(months: readonly string[]): number[] {
  const step = months.length > 48 ? 12 : months.length > 18 ? 6 : 3;
  return months.flatMap((m, i) => ((Number(m.slice(5, 7)) - 1) % step === 0 ? [i] : []));
}

/** The index nearest to an x position (for the tooltip and keyboard). */
export function nearestIndex(frame: Frame, x: number, count: number): number {
  const inner = frame.width - frame.left - frame.right;
  const index = Math.round(((x - frame.left) / inner) * (count - 1));
  return Math.min(count - 1, Math.max(0, index));
}
