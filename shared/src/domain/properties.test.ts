/**
 * Property tests of the parsers every page and request goes through: whatever the input, they
 * answer (never throw), and what they answer keeps its promises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCoupangUrl } from './coupang-url.ts';
import { csvRows } from './csv.ts';
import { cleanKeyword, normalizeKeyword } from './keyword.ts';
import { pageContext } from './page-context/index.ts';
import { rawQueryParam } from './page-context/text.ts';

const RUNS = { numRuns: 2_000 };

/** Addresses that look like the real thing often enough to reach the deep branches. */
const address = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://', '', 'HTTPS://', 'javascript:', 'https://user@'),
      fc.constantFrom(
        'www.coupang.com',
        'm.coupang.com',
        'coupang.com',
        'link.coupang.com',
        'pages.coupang.com',
        'cart.coupang.com',
        'coupa.ng',
        'coupang.com.evil.example',
        'search.naver.com',
        'search.11st.co.kr',
        'browse.gmarket.co.kr',
        'smartstore.naver.com',
      ),
      fc.constantFrom(
        '/vp/products/',
        '/vm/products/',
        '/np/search',
        '/np/coupangglobal',
        '/np/mycoupang',
        '/re/AFFSDP',
        '/a/',
        '/search.naver',
        '/Search.tmall',
        '/',
      ),
      fc.string(),
      fc.constantFrom('?', '?q=', '?query=', '?kwd=', '?pageKey=', '#', ''),
      fc.oneof(fc.string(), fc.stringMatching(/^(%[0-9A-Fa-f]{2}|\+|[a-z0-9])*$/)),
    )
    .map((parts) => parts.join('')),
  fc.string(),
);

describe('canonicalCoupangUrl', () => {
  it('never throws; an accepted page is an https Coupang shopping address that canonicalises to itself', () => {
    fc.assert(
      fc.property(address, (input) => {
        const page = canonicalCoupangUrl(input);
        if (!page.ok) return;
        expect(page.url).toMatch(/^https:\/\/(?:www|m|pages)\.coupang\.com\//);
        expect(new URL(page.url).hash).toBe('');
        expect(canonicalCoupangUrl(page.url)).toEqual(page);
      }),
      RUNS,
    );
  });
});

describe('pageContext', () => {
  it('never throws, and a keyword is one line of at most 100 characters', () => {
    fc.assert(
      fc.property(address, fc.option(fc.string()), fc.option(fc.string()), (url, title, selection) => {
        const context = pageContext({ url, title: title ?? undefined, selection: selection ?? undefined });
        if (context.keyword === null) return;
        expect(context.keyword.length).toBeLessThanOrEqual(100);
        expect(context.keyword).not.toMatch(/[\r\n]/);
        expect(context.keyword).toBe(context.keyword.trim());
      }),
      RUNS,
    );
  });

  it('reads any percent-encoded query in UTF-8 or EUC-KR, or nothing, never garbage bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const encoded = [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
        const value = rawQueryParam(new URL(`https://search.11st.co.kr/Search.tmall?kwd=${encoded}`), ['kwd']);
        if (value !== null) expect(value).not.toContain('\uFFFD');
      }),
      RUNS,
    );
  });
});

describe('keywords and CSV', () => {
  it('normalising is idempotent and never longer than the cleaned keyword', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeKeyword(text);
        expect(normalizeKeyword(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(cleanKeyword(text).length);
      }),
      RUNS,
    );
  });

  it('no CSV cell can start a formula, and every row has its cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const csv = csvRows(rows);
          for (const cell of csv.match(/"(?:[^"]|"")*"/g) ?? []) expect(cell).not.toMatch(/^"[=+\-@\t\r]/);
          expect(csv.endsWith('\r\n')).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
