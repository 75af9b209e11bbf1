import { describe, expect, it } from 'vitest';
import { parseKeywordList } from './keyword-list.ts';

describe('parseKeywordList', () => {
  it('takes one keyword a line, dropping blanks and repeats with a count', () => {
    expect(parseKeywordList('캠핑의자\n캠핑 의자\n\n  텐트  \n텐트\n')).toEqual({
      keywords: ['캠핑의자', '텐트'],
      duplicates: 2,
      blanks: 1,
      tooLong: [],
    });
  });

  it('reads the first column of a CSV or TSV, quotes and a header row included', () => {
    const csv = '\uFEFF"keyword","pc"\r\n"무선 이어폰, 블루투스",120\r\n"따옴표 ""큰"" 이름",3\r\n노트북\t50\r\n';
    expect(parseKeywordList(csv).keywords).toEqual(['무선 이어폰, 블루투스', '따옴표 "큰" 이름', '노트북']);
    expect(parseKeywordList('키워드\n텐트').keywords).toEqual(['텐트']);
    // A header only counts on the first line.
    expect(parseKeywordList('텐트\nkeyword').keywords).toEqual(['텐트', 'keyword']);
  });

  it('leaves out comments and keywords over the length limit, naming the first few', () => {
    const list = parseKeywordList(`# 내 목록\n${'가'.repeat(101)}\n러그`);
    expect(list.keywords).toEqual(['러그']);
    expect(list.tooLong).toEqual(['가'.repeat(30)]);
  });

  it('handles old Mac line ends and an empty text', () => {
    expect(parseKeywordList('a\rb').keywords).toEqual(['a', 'b']);
    expect(parseKeywordList('')).toEqual({ keywords: [], duplicates: 0, blanks: 0, tooLong: [] });
  });
});
