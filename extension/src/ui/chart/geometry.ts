/**
 * The geometry of the line chart, pure: "nice" bounds for the y axis (below zero too, for a day
 * whose cancels outweigh its orders), which points get a label on the x axis (months, or days),
 * and each series as an SVG path.
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

/** The y axis's lower bound: zero, or a round negative number under the least value. */
export function niceMin(min: number): number {
  return min >= 0 ? 0 : -niceMax(-min);
}

export function yAt(frame: Frame, value: number, max: number, min = 0): number {
  const inner = frame.height - frame.top - frame.bottom;
  return frame.top + inner - (inner * (value - min)) / (max - min);
}

export function linePath(frame: Frame, values: readonly number[], max: number, min = 0): string {
  return values
    .map(
      (v, i) =>
        `${i === 0 ? 'M' : 'L'}${xAt(frame, i, values.length).toFixed(1)},${yAt(frame, v, max, min).toFixed(1)}`,
    )
    .join('');
}

/** Which months get a label: every January, or every sixth month for short spans. */
export function labelledMonths(months: readonly string[]): number[] {
  const step = months.length > 48 ? 12 : months.length > 18 ? 6 : 3;
  return months.flatMap((m, i) => ((Number(m.slice(5, 7)) - 1) % step === 0 ? [i] : []));
}

/** Which of `count` days get a label: about six, evenly spaced, always the last. */
export function labelledDays(count: number): number[] {
  const step = Math.max(1, Math.ceil(count / 6));
  const labelled: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) labelled.unshift(i);
  return labelled;
}

/** The index nearest to an x position (for the tooltip and keyboard). */
export function nearestIndex(frame: Frame, x: number, count: number): number {
  const inner = frame.width - frame.left - frame.right;
  const index = Math.round(((x - frame.left) / inner) * (count - 1));
  return Math.min(count - 1, Math.max(0, index));
}
