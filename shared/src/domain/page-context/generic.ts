/**
 * The reader behind the site readers: most search pages carry the query in a parameter with one
 * of a handful of names, and hashtag and map pages in the path. With it, "any search page" is
 * read, not only the sites listed. Parameters are read as UTF-8, else EUC-KR (text.ts).
 *
 * A name that only search pages use (`search_query`, `searchTerm`, `sword` ...) is read anywhere;
 * a common one (`q`, `query`, `keyword`, `k` ...) only where the host or the path says search, so
 * that `?q=` on an ordinary page is not taken for a query.
 */
import { decodePercent, rawQueryParam, tidy } from './text.ts';
import type { PageContext, PageReader } from './types.ts';

/** Names no page but a search uses for its query. */
const SEARCH_ONLY = [
  'search_query',
  'searchTerm',
  'SearchText',
  'searchKeyword',
  'searchWord',
  'sword',
  'kwd',
  'query_text',
  '_nkw',
  'search_key',
];
/** Names a search uses, and other pages sometimes too. */
const COMMON = ['query', 'q', 'keyword', 'keywords', 'k', 'wd', 'word', 'search', 'term', 'text', 'p', 'qt'];

/** A host or path that says the page is a search. */
const SEARCH_HOST = /^(msearch\.|search\.|s\.|find\.|maps?\.)/;
const SEARCH_PATH = /(^|\/)(search|searches|s|find|results?|srch|explore|tags?)(\/|$|\.|_)|search/i;

/** Hashtag and map pages: the keyword is a path segment. */
const PATH_PATTERNS: ReadonlyArray<{ host: RegExp; path: RegExp; source: string }> = [
  { host: /(^|\.)instagram\.com$/, path: /^\/explore\/tags\/([^/]+)/, source: 'instagram-tag' },
  { host: /(^|\.)tiktok\.com$/, path: /^\/tag\/([^/]+)/, source: 'tiktok-tag' },
  { host: /(^|\.)(x|twitter)\.com$/, path: /^\/hashtag\/([^/]+)/, source: 'x-hashtag' },
  { host: /(^|\.)facebook\.com$/, path: /^\/hashtag\/([^/]+)/, source: 'facebook-hashtag' },
  { host: /(^|\.)youtube\.com$/, path: /^\/hashtag\/([^/]+)/, source: 'youtube-hashtag' },
  { host: /(^|\.)threads\.(net|com)$/, path: /^\/tag\/([^/]+)/, source: 'threads-tag' },
  { host: /^(m\.)?map\.naver\.com$/, path: /^\/(?:p|v5)\/search\/([^/]+)/, source: 'naver-map' },
  { host: /^(www\.)?google\.[a-z.]+$/, path: /^\/maps\/search\/([^/]+)/, source: 'google-maps' },
];

/** The keyword as a person typed it: a hashtag without its "#". */
function keywordOf(text: string | null): string | null {
  return tidy(text?.replace(/^\s*#+/, '') ?? null);
}

function fromPath(url: URL): PageContext | null {
  for (const { host, path, source } of PATH_PATTERNS) {
    if (!host.test(url.hostname)) continue;
    const match = path.exec(url.pathname);
    if (!match) continue;
    const keyword = keywordOf(decodePercent(match[1]!.replaceAll('+', ' ')));
    if (keyword) return { kind: 'query', keyword, url: url.href, source };
  }
  return null;
}

/** The site's own name for `source`: "www.lotteon.com" → "lotteon", "oliveyoung.co.kr" → "oliveyoung". */
function siteName(host: string): string {
  const labels = host.split('.');
  const second = new Set(['co', 'com', 'net', 'org', 'or', 'ne', 'go', 'ac']);
  const at = labels.length >= 3 && second.has(labels.at(-2)!) ? labels.length - 3 : labels.length - 2;
  return labels[Math.max(0, at)]!;
}

export const readAnySearch: PageReader = (url) => {
  const byPath = fromPath(url);
  if (byPath) return byPath;
  const searchy = SEARCH_HOST.test(url.hostname) || SEARCH_PATH.test(url.pathname);
  const names = searchy ? [...SEARCH_ONLY, ...COMMON] : SEARCH_ONLY;
  for (const name of names) {
    const keyword = keywordOf(rawQueryParam(url, [name]));
    // A bare number under a common name is a page or an id (`p=2`), not a query.
    if (keyword && !(COMMON.includes(name) && /^\d+$/.test(keyword)))
      return { kind: 'query', keyword, url: url.href, source: `search:${siteName(url.hostname)}` };
  }
  return null;
};
