/**
 * Page context → keyword. The selection wins; then the site family readers, in order, and the
 * generic search reader behind them; then the page title without its site name; else the keyword is null and the popup asks for one. Pure: the popup passes in URL, title and selection.
 *
 *   pageContext({ url: 'https://search.naver.com/search.naver?query=%EC%BA%A0%ED%95%91' })
 *   // → { kind: 'query', keyword: '캠핑', source: 'naver-search', url: ... }
 */
import { readCoupang } from './coupang.ts';
import { readAnySearch } from './generic.ts';
import { read11st, readAuction, readDanawa, readGmarket, readKurly, readMusinsa, readSsg } from './marketplaces.ts';
import { readNaver } from './naver.ts';
import { readDaum, readDcInside, readDuckDuckGo, readGoogle, readKakaoMap, readYouTube } from './search-engines.ts';
import { cleanTitle, isHomePage, tidy } from './text.ts';
import type { PageContext, PageInput, PageReader } from './types.ts';

export type { PageContext, PageInput, PageKind } from './types.ts';
export { tidy } from './text.ts';

const READERS: readonly PageReader[] = [
  readNaver,
  readCoupang,
  readGoogle,
  readDaum,
  readYouTube,
  readDuckDuckGo,
  readKakaoMap,
  readDcInside,
  read11st,
  readGmarket,
  readAuction,
  readSsg,
  readMusinsa,
  readDanawa,
  readKurly,
  // Last: any other search page, by the parameter names search pages use.
  readAnySearch,
];

export function pageContext(input: PageInput): PageContext {
  let url: URL | null = null;
  try {
    url = input.url ? new URL(input.url) : null;
  } catch {
    url = null;
  }
  const selection = tidy(input.selection);
  if (selection) return { kind: 'text', keyword: selection, url: url?.href ?? null, source: 'selection' };
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
    for (const read of READERS) {
      const context = read(url, input);
      if (context) return context;
    }
  }
  // Else what the page is called, without the site's name: a starting point the person can edit.
  // A site's home page is called by the site's name and slogan: nothing to look up.
  const title =
    url && (url.protocol === 'https:' || url.protocol === 'http:') && !isHomePage(url)
      ? cleanTitle(input.title, url.hostname)
      : null;
  if (title) return { kind: 'title', keyword: title, url: url!.href, source: 'title' };
  return { kind: 'unknown', keyword: null, url: url?.href ?? null, source: 'none' };
}
