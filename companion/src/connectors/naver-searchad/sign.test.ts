import { describe, expect, it } from 'vitest';
import { signSearchAd } from './sign.ts';

describe('signSearchAd', () => {
  it('matches the spec check value', () => {
    expect(signSearchAd('test-secret-key', '1457082455307', 'GET', '/keywordstool')).toBe(
      'rqcD0TSxOGlGiqQe4+a7xN6cumVIvz8MfB7PR0EQR6Q=',
    );
  });

  it('signs the bare path: a query string changes the signature', () => {
    expect(signSearchAd('test-secret-key', '1457082455307', 'GET', '/keywordstool?hintKeywords=x')).not.toBe(
      'rqcD0TSxOGlGiqQe4+a7xN6cumVIvz8MfB7PR0EQR6Q=',
    );
  });
});
