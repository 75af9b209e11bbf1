import { describe, expect, it } from 'vitest';
import { decodeList } from './read-file.ts';

describe('decodeList', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const text = '키워드\n캠핑의자\n';
    expect(decodeList(new TextEncoder().encode(text))).toBe(text);
    expect(decodeList(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('falls back to EUC-KR, as Korean Excel saves CSV', () => {
    // "캠핑의자" in EUC-KR (CP949).
    const bytes = new Uint8Array([0xc4, 0xb7, 0xc7, 0xce, 0xc0, 0xc7, 0xc0, 0xda, 0x0a]);
    expect(decodeList(bytes)).toBe('캠핑의자\n');
  });
});
