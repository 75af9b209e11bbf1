import { describe, expect, it } from 'vitest';
import { parseKeywordTool } from './parse.ts';

const row = {
  relKeyword: '무선이어폰',
  monthlyPcQcCnt: 2460,
  monthlyMobileQcCnt: 14700,
  monthlyAvePcClkCnt: 15.9,
  monthlyAveMobileClkCnt: 25.5,
  monthlyAvePcCtr: 0.69,
  monthlyAveMobileCtr: 0.19,
  plAvgDepth: 15,
  compIdx: '높음',
};

describe('parseKeywordTool', () => {
  it('reads the mixed wire types', () => {
    const parsed = parseKeywordTool({
      keywordList: [
        row,
        { ...row, relKeyword: 'A', monthlyPcQcCnt: '< 10', monthlyMobileQcCnt: '<10', compIdx: '낮음' },
        { ...row, relKeyword: 'B', monthlyPcQcCnt: '18,000', monthlyAvePcCtr: '2.86', compIdx: '중간' },
      ],
    });
    expect(parsed?.items.map((i) => [i.keyword, i.pc, i.mobile.below10, i.ctr.pc, i.competition])).toEqual([
      ['무선이어폰', { count: 2460, below10: false }, false, 0.69, 'high'],
      ['A', { count: 10, below10: true }, true, 0.69, 'low'],
      ['B', { count: 18000, below10: false }, false, 2.86, 'medium'],
    ]);
  });

  it('skips a malformed row instead of failing the answer', () => {
    const parsed = parseKeywordTool({ keywordList: [row, { ...row, monthlyPcQcCnt: 'lots' }, { relKeyword: 'x' }] });
    expect(parsed?.items).toHaveLength(1);
    expect(parsed?.skipped).toBe(2);
  });

  it('accepts an empty list and refuses a body without one', () => {
    expect(parseKeywordTool({ keywordList: [] })).toEqual({ items: [], skipped: 0 });
    expect(parseKeywordTool({ list: [] })).toBeNull();
    expect(parseKeywordTool('<html>')).toBeNull();
  });
});
