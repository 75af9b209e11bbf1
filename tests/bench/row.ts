/** One line of the bench's table: a figure, its value, its goal and whether the goal is met. */
export interface Row {
  figure: string;
  value: string;
  goal: string;
  /** null for a figure without a goal (a baseline, a figure shown for context). */
  met: boolean | null;
}

/**
 * How far a figure is from a goal of the form "≥ 0.8", "≤ 1.5" or "< 80": the figure's first number
 * against the goal's, in the figure's own terms ("0.09 short", "0.61 over"); empty when the goal is
 * met, has no such form, or the figure no number.
 */
export function gapOf(row: Row): string {
  if (row.met !== false) return '';
  const goal = /^(≥|>|≤|<)\s*([\d.]+)$/.exec(row.goal.trim());
  const value = /[\d.]+/.exec(row.value.replace(/,/g, ''));
  if (!goal || !value) return '';
  const bound = Number(goal[2]);
  const figure = Number(value[0]);
  const decimals = Math.max(2, (goal[2]!.split('.')[1] ?? '').length);
  return goal[1] === '≥' || goal[1] === '>'
    ? `${(bound - figure).toFixed(decimals)} short`
    : `${(figure - bound).toFixed(decimals)} over`;
}
