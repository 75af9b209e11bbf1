import { describe, expect, it } from 'vitest';
import { PairRequestSchema, formatPairingCode, normalizePairingCode } from './pairing.ts';

describe('normalizePairingCode', () => {
  it.each([
    ['ABCDE-FGHJK', 'ABCDEFGHJK'],
    ['abcde-fghjk', 'ABCDEFGHJK'],
    [' abcde fghjk ', 'ABCDEFGHJK'],
    ['0O1IL-22222', '0011122222'],
    ['', ''],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizePairingCode(input)).toBe(expected);
  });

  it('formats ten characters as two groups of five', () => {
    expect(formatPairingCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });
});

describe('PairRequestSchema', () => {
  it('accepts a code with an optional label', () => {
    expect(PairRequestSchema.parse({ code: 'ABCDE-FGHJK', label: ' Chrome ' })).toEqual({
      code: 'ABCDE-FGHJK',
      label: 'Chrome',
    });
  });

  it.each([[{}], [{ code: '' }], [{ code: 5 }], [{ code: 'x', extra: true }], [{ code: 'x'.repeat(33) }]])(
    'refuses %j',
    (input) => {
      expect(PairRequestSchema.safeParse(input).success).toBe(false);
    },
  );
});
