import { describe, expect, it } from 'vitest';
import { compact, count } from './format.ts';

describe('numbers in Korean (the tests run with the Korean UI)', () => {
  it.each([
    [17_160, '1.7만'],
    [41_150, '4.1만'],
    [187_630, '18.8만'],
    [1_397_013, '139.7만'],
    [250_000_000, '2.5억'],
    [9_999, '9,999'],
    [0, '0'],
  ])('%i → %s', (value, text) => {
    expect(compact(value)).toBe(text);
  });

  it('keeps "< 10" and the dash', () => {
    expect(compact(10, true)).toBe('< 10');
    expect(compact(null)).toBe('–');
    expect(count(12_345)).toBe('12,345');
  });
});
