import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.ts';
import { cleanKeyword, normalizeKeyword } from './keyword.ts';
import { parseSearchCount } from './search-count.ts';

describe('keywords', () => {
  it.each([
    ['무선 이어폰', '무선이어폰'],
    ['  무선   이어폰  ', '무선이어폰'],
    ['에어팟 pro 2', '에어팟PRO2'],
    ['iPhone\t15\n케이스', 'IPHONE15케이스'],
    ['캠핑의자', '캠핑의자'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeKeyword(input)).toBe(expected);
  });

  it('cleans for display without changing case', () => {
    expect(cleanKeyword('  에어팟   pro ')).toBe('에어팟 pro');
  });

  it('composes decomposed Hangul (NFD input from macOS) before comparing', () => {
    expect(normalizeKeyword('무선이어폰'.normalize('NFD'))).toBe('무선이어폰');
  });
});

describe('parseSearchCount', () => {
  it.each([
    [2460, { count: 2460, below10: false }],
    [0, { count: 0, below10: false }],
    ['< 10', { count: 10, below10: true }],
    ['<10', { count: 10, below10: true }],
    ['18,000', { count: 18000, below10: false }],
    ['1,234,567', { count: 1234567, below10: false }],
    ['340', { count: 340, below10: false }],
    ['', null],
    ['many', null],
    ['1,23', null],
    [-5, null],
    [Number.NaN, null],
  ])('reads %j', (input, expected) => {
    expect(parseSearchCount(input)).toEqual(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes what could open a tag, an entity or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;');
    expect(escapeHtml('캠핑의자 2개')).toBe('캠핑의자 2개');
  });
});
