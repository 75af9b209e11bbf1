import { describe, expect, it } from 'vitest';
import { isBcryptSalt, signCommerce } from './sign.ts';

describe('signCommerce', () => {
  it('matches the official check value', () => {
    expect(signCommerce('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', 1643961623299)).toBe(
      'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
    );
  });

  it('changes with the timestamp', () => {
    expect(signCommerce('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', 1643961623300)).not.toBe(
      signCommerce('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', 1643961623299),
    );
  });

  it.each([
    ['$2a$10$abcdefghijklmnopqrstuv', true],
    ['$2b$10$abcdefghijklmnopqrstuv', true],
    ['plain-secret', false],
    ['$2a$10$short', false],
  ])('recognises %s as a bcrypt salt: %s', (secret, expected) => {
    expect(isBcryptSalt(secret)).toBe(expected);
  });
});
