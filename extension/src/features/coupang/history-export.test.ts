import { describe, expect, it } from 'vitest';
import { historyCsv } from './history-export.ts';

describe('historyCsv', () => {
  it('writes a BOM, a header and one formula-safe row per link', () => {
    const csv = historyCsv([
      {
        canonicalUrl: 'https://www.coupang.com/vp/products/1',
        subId: null,
        title: '=HYPERLINK("x") 의자',
        shortenUrl: 'https://link.coupang.com/a/abc',
        landingUrl: 'https://link.coupang.com/re/AFFSDP?pageKey=1',
        createdAt: '2026-11-23T00:00:00.000Z',
        usedAt: '2026-11-23T01:00:00.000Z',
      },
    ]);
    expect(csv.startsWith('\uFEFF"used_at","title"')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"") 의자","https://link.coupang.com/a/abc"`);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});
