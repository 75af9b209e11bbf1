import { describe, expect, it } from 'vitest';
import { coupangTitle, linkText, rememberSubId } from './link-text.ts';

const base = {
  link: 'https://link.coupang.com/a/abc123',
  title: '캠핑의자 [특가] <접이식>',
  disclosure: '대가성 문구',
};

describe('linkText', () => {
  it('gives the link alone', () => {
    expect(linkText('link', base)).toBe('https://link.coupang.com/a/abc123');
  });

  it('adds the disclosure on its own line, unless it is off', () => {
    expect(linkText('link-disclosure', base)).toBe('https://link.coupang.com/a/abc123\n대가성 문구');
    expect(linkText('link-disclosure', { ...base, disclosure: null })).toBe('https://link.coupang.com/a/abc123');
  });

  it('writes Markdown with the title escaped', () => {
    expect(linkText('markdown', base)).toBe(
      '[캠핑의자 \\[특가\\] <접이식>](https://link.coupang.com/a/abc123)\n\n대가성 문구',
    );
  });

  it('writes HTML with a sponsored link and everything escaped', () => {
    const html = linkText('html', { ...base, title: '"큰" 의자 & <b>' });
    expect(html).toBe(
      '<a href="https://link.coupang.com/a/abc123" target="_blank" rel="sponsored noopener">&#34;큰&#34; 의자 &#38; &#60;b&#62;</a>\n<p>대가성 문구</p>',
    );
  });

  it('falls back to the link as the label when there is no title', () => {
    expect(linkText('markdown', { ...base, title: ' ', disclosure: null })).toBe(
      '[https://link.coupang.com/a/abc123](https://link.coupang.com/a/abc123)',
    );
  });
});

describe('coupangTitle', () => {
  it.each([
    ['코멧 캠핑의자 - 쿠팡!', '코멧 캠핑의자'],
    ['코멧 캠핑의자 | 쿠팡', '코멧 캠핑의자'],
    ['쿠팡 없는 제목', '쿠팡 없는 제목'],
    [undefined, ''],
  ])('%s → %s', (input, expected) => {
    expect(coupangTitle(input)).toBe(expected);
  });
});

describe('rememberSubId', () => {
  it('puts the one just used first, once, and keeps ten', () => {
    expect(rememberSubId(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(rememberSubId(['a'], null)).toEqual(['a']);
    expect(
      rememberSubId(
        Array.from({ length: 10 }, (_, i) => `s${i}`),
        'new',
      ),
    ).toHaveLength(10);
  });
});
