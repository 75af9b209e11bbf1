import { describe, expect, it } from 'vitest';
import { searchAdSpacing } from './connector-factory.ts';

describe('searchAdSpacing', () => {
  it.each([
    [1000, 1100],
    [300, 330],
    [100, 130],
  ])('keeps calls for a limit of one per %i ms %i ms apart (10%, at least 30 ms above)', (limit, spacing) => {
    expect(searchAdSpacing(limit)).toBe(spacing);
  });
});
