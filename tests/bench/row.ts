/** One line of the bench's table: a figure, its value, its goal and whether the goal is met. */
export interface Row {
  figure: string;
  value: string;
  goal: string;
  /** null for a figure without a goal (a baseline, a figure shown for context). */
  met: boolean | null;
}
