import { describe, expect, it } from 'vitest';
import { DEFAULT_SATURATION } from '@aigenc/shared/domain';
import { formulaWords } from './settings.ts';

describe('formulaWords', () => {
  it('names the documents and thresholds in force, in the reader’s language', () => {
    expect(formulaWords(DEFAULT_SATURATION, 'ko')).toBe(
      '포화도 = 블로그 문서 수 ÷ 월간 검색수(PC+모바일). 황금 < 0.5, 은 < 1, 동 ≤ 3',
    );
    expect(formulaWords({ source: 'all', thresholds: { gold: 0.2, silver: 1, bronze: 4 } }, 'en')).toBe(
      'Saturation = blog + cafe + web + news documents ÷ monthly searches (PC + mobile). Gold < 0.2, silver < 1, bronze ≤ 4',
    );
  });
});
