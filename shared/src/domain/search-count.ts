/**
 * Naver's monthly search counts arrive as a number, the string "< 10" (or "<10"), or a string
 * with thousands separators ("18,000"). A "< 10" count is taken as 10 with a flag, so the figure
 * stays honest: the UI shows "< 10", formulas use 10.
 */

export interface SearchCount {
  count: number;
  below10: boolean;
}

export function parseSearchCount(value: number | string): SearchCount | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { count: value, below10: false } : null;
  const text = value.trim();
  if (/^<\s*10$/.test(text)) return { count: 10, below10: true };
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null;
  return { count: Number(text.replaceAll(',', '')), below10: false };
}
