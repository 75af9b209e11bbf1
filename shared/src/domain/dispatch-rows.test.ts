import { describe, expect, it } from 'vitest';
import { parseDispatchRows, splitCells } from './dispatch-rows.ts';

const COURIERS = [
  { code: 'CJGLS', name: 'CJ대한통운' },
  { code: 'HANJIN', name: '한진택배' },
];

describe('dispatch rows', () => {
  it('reads commas or tabs, quoted cells, a header, a BOM, courier names or codes', () => {
    const text =
      '\uFEFF상품주문번호,택배사,송장번호\r\n2026120412345678,CJ대한통운,6412-3456-7890\n\n"2026120412345679"\t한진 택배\t 5550001112 \n2026120412345680,hanjin,"55,5"';
    expect(parseDispatchRows(text, COURIERS)).toEqual([
      { line: 2, productOrderId: '2026120412345678', deliveryCompanyCode: 'CJGLS', trackingNumber: '6412-3456-7890' },
      { line: 4, productOrderId: '2026120412345679', deliveryCompanyCode: 'HANJIN', trackingNumber: '5550001112' },
      { line: 5, productOrderId: '2026120412345680', deliveryCompanyCode: 'HANJIN', trackingNumber: '55,5' },
    ]);
  });

  it('keeps what it cannot read as written, for the companion to refuse alone', () => {
    expect(parseDispatchRows('2026120412345678,우체국?,\n12', COURIERS)).toEqual([
      { line: 1, productOrderId: '2026120412345678', deliveryCompanyCode: '우체국?', trackingNumber: '' },
      { line: 2, productOrderId: '12', deliveryCompanyCode: '', trackingNumber: '' },
    ]);
  });

  it('splits a doubled quote inside a quoted cell', () => {
    expect(splitCells('"a ""b""",c')).toEqual(['a "b"', 'c']);
  });
});
