import { describe, expect, it } from 'vitest';
import { shoppingCategoryOf } from './shopping-address.ts';
import { SHOPPING_TOP_CATEGORIES, shoppingPeriod, topCategory } from './shopping.ts';

describe('Naver Shopping categories', () => {
  it.each([
    ['https://search.shopping.naver.com/search/all?query=x&catId=50000805', '50000805'],
    ['https://search.shopping.naver.com/category/category.nhn?cat_id=50000007', '50000007'],
    ['https://msearch.shopping.naver.com/search/all?query=x&catId=50000805%2050000806', '50000805'],
    ['https://shopping.naver.com/home?cat_id=50000000', '50000000'],
    ['https://search.shopping.naver.com/ns/search?query=x', null],
    ['https://search.shopping.naver.com/search/all?catId=abc', null],
    ['https://search.shopping.naver.com/search/all?catId=5000%3Cb%3E', null],
    ['https://shopping.naver.com.evil.example/?cat_id=50000000', null],
    ['http://search.shopping.naver.com/search/all?catId=50000805', null],
    ['https://www.coupang.com/np/categories/186764?cat_id=50000000', null],
    ['not an address', null],
    [null, null],
  ])('reads %s as %s', (address, expected) => {
    expect(shoppingCategoryOf(address)).toBe(expected);
  });

  it('names the top level and nothing deeper', () => {
    expect(topCategory('50000007')?.name.ko).toBe('스포츠/레저');
    expect(topCategory('50000805')).toBeNull();
    expect(new Set(SHOPPING_TOP_CATEGORIES.map((c) => c.id)).size).toBe(SHOPPING_TOP_CATEGORIES.length);
  });
});

describe('shoppingPeriod', () => {
  it.each([
    ['2026-12-06', 3, '2026-09-01', '2026-11-30'],
    ['2026-01-01', 1, '2025-12-01', '2025-12-31'],
    ['2026-03-31', 1, '2026-02-01', '2026-02-28'],
    ['2028-03-15', 1, '2028-02-01', '2028-02-29'],
    ['2026-12-06', 36, '2023-12-01', '2026-11-30'],
    ['2018-01-10', 12, '2017-08-01', '2017-12-31'],
  ])('%s, %i months → %s to %s', (today, months, from, to) => {
    expect(shoppingPeriod(today, months)).toEqual({ from, to });
  });
});
