import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from './documents.ts';
import { KEYWORD_COLUMNS, SEARCH_AD_COLUMNS, keywordCsv, keywordTsv } from './keyword-csv.ts';

const related = {
  keyword: '캠핑의자',
  searches: { pc: 10, mobile: 4_000, total: 4_010, pcBelow10: true, mobileBelow10: false },
  clicks: { pc: 0.4, mobile: 21.5 },
  ctr: { pc: 0.8, mobile: 1.1 },
  adDepth: 15,
  competition: 'high' as const,
};

describe('the keyword writer', () => {
  it('lists the document types in the one order, then saturation, grade and the problem', () => {
    expect(KEYWORD_COLUMNS.slice(-7)).toEqual([...DOCUMENT_TYPES, 'saturation', 'grade', 'error']);
  });

  it('keeps counts as numbers and says "< 10" in its own column, in CSV and TSV alike', () => {
    const csv = keywordCsv([related], { columns: SEARCH_AD_COLUMNS });
    expect(csv.startsWith('\uFEFF"keyword","pc","mobile","total","pc_below_10"')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      '"캠핑의자","10","4000","4010","true","false","high","0.4","21.5","0.8","1.1","15"',
    );
    expect(keywordTsv([related], SEARCH_AD_COLUMNS).split('\n')[1]).toBe(
      '캠핑의자\t10\t4000\t4010\ttrue\tfalse\thigh\t0.4\t21.5\t0.8\t1.1\t15',
    );
  });

  it('writes a metrics row whole, its documents by type, and a later page without header or BOM', () => {
    const row = {
      ...related,
      documents: { blog: 1200, cafearticle: null, webkr: 5, news: 0 },
      saturation: 0.3,
      grade: 'gold' as const,
    };
    const page = keywordCsv([row], { header: false, bom: false });
    expect(page.startsWith('"캠핑의자"')).toBe(true);
    expect(page.trimEnd().endsWith('"1200","","5","0","0.3","gold",""')).toBe(true);
  });
});
