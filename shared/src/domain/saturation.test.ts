import { describe, expect, it } from 'vitest';
import { DEFAULT_SATURATION, documentCount, grade, saturation } from './saturation.ts';

describe('saturation', () => {
  it('divides documents by total monthly searches', () => {
    expect(saturation(123_456, 17_160)).toBe(7.19);
    expect(saturation(0, 100)).toBe(0);
  });

  it('is null when either side is unknown or there are no searches', () => {
    expect(saturation(null, 100)).toBeNull();
    expect(saturation(100, null)).toBeNull();
    expect(saturation(100, 0)).toBeNull();
  });

  it.each([
    [0.1, 'gold'],
    [0.49, 'gold'],
    [0.5, 'silver'],
    [0.99, 'silver'],
    [1, 'bronze'],
    [3, 'bronze'],
    [3.01, 'none'],
    [null, null],
  ])('grades %s as %s with the default thresholds', (value, expected) => {
    expect(grade(value, DEFAULT_SATURATION.thresholds)).toBe(expected);
  });

  it('adds up the configured source, and is unknown when a type is', () => {
    const docs = { blog: 100, cafearticle: 50, webkr: 20, news: 5 };
    expect(documentCount(docs, 'blog')).toBe(100);
    expect(documentCount(docs, 'blog+cafe')).toBe(150);
    expect(documentCount(docs, 'all')).toBe(175);
    expect(documentCount({ ...docs, cafearticle: null }, 'blog+cafe')).toBeNull();
  });
});
