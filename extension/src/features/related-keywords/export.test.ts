import { describe, expect, it } from 'vitest';
import type { RelatedKeyword } from '@aigenc/shared/contract';
import { toCsv, toTsv } from './export.ts';

const item = (keyword: string, pcBelow10 = false): RelatedKeyword => ({
  keyword,
  searches: { pc: 10, mobile: 250, total: 260, pcBelow10, mobileBelow10: false },
  clicks: { pc: 1.5, mobile: 3 },
  ctr: { pc: 0.5, mobile: 1.2 },
  adDepth: 4,
  competition: 'medium',
});

describe('related keyword export', () => {
  it('writes TSV with a header, one line per keyword, "< 10" by the one rule (the figure and a flag)', () => {
    const lines = toTsv([item('캠핑의자', true), item('무선 이어폰')])
      .trimEnd()
      .split('\n');
    expect(lines[0]!.split('\t')[0]).toBe('keyword');
    expect(lines[0]!.split('\t').slice(4, 6)).toEqual(['pc_below_10', 'mobile_below_10']);
    expect(lines[1]!.split('\t').slice(0, 6)).toEqual(['캠핑의자', '10', '250', '260', 'true', 'false']);
    expect(lines).toHaveLength(3);
  });

  it('writes CSV Excel opens as UTF-8, with formula-like cells defused', () => {
    const csv = toCsv([item('=HYPERLINK("x")'), item('쉼표, "따옴표"')]);
    expect(csv.startsWith('\uFEFF"keyword"')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"쉼표, ""따옴표"""');
  });
});
