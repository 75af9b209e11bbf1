import { describe, expect, it } from 'vitest';
import { maskedName } from './mask.ts';

describe('maskedName', () => {
  it.each([
    ['김민수', '김*수'],
    ['이준', '이*'],
    ['남궁민수', '남**수'],
    ['Kim', 'K*m'],
    ['홍', '*'],
    ['  ', ''],
  ])('%s → %s', (name, masked) => {
    expect(maskedName(name)).toBe(masked);
  });
});
