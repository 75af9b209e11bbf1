import { describe, expect, it } from 'vitest';
import { csvCell, csvRows } from './csv.ts';

describe('csv', () => {
  it.each([
    ['캠핑의자', '"캠핑의자"'],
    ['쉼표, "따옴표"', '"쉼표, ""따옴표"""'],
    ['=1+1', `"'=1+1"`],
    ['-5', `"'-5"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    [null, '""'],
    [42, '"42"'],
    // A negative number is a number: only text that starts with "-" could be a formula.
    [-900, '"-900"'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('ends every row with CRLF', () => {
    expect(
      csvRows([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('"a","1"\r\n"b","2"\r\n');
  });
});
