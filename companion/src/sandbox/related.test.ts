import { describe, expect, it } from 'vitest';
import { related } from './related.ts';

describe('the sandbox keyword tool’s related keywords', () => {
  it('gives a known hint its family first and never the hint itself', () => {
    const list = related('캠핑의자', 40);
    expect(list).toHaveLength(40);
    expect(list).not.toContain('캠핑의자');
    expect(list[0]!.startsWith('캠핑')).toBe(true);
  });

  it('answers as many as the real tool does, all distinct, the long tail naming the hint', () => {
    for (const hint of ['캠핑의자', '어디에도없는말']) {
      const list = related(hint, 1_000);
      expect(list).toHaveLength(1_000);
      expect(new Set(list).size).toBe(1_000);
      expect(list.slice(-10).every((k) => k.includes(hint))).toBe(true);
    }
  });

  it('gives an unknown hint its own variants at the head', () => {
    expect(related('어디에도없는말', 3)).toEqual(['어디에도없는말추천', '어디에도없는말가격', '어디에도없는말후기']);
  });
});
