/** Turning page text into a keyword: one line, folded spaces, at most 100 characters. */
import type { PageContext } from './types.ts';

export const MAX_CONTEXT_KEYWORD = 100;

export function tidy(text: string | null | undefined): string | null {
  if (!text) return null;
  const line = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!line) return null;
  return line.length > MAX_CONTEXT_KEYWORD ? line.slice(0, MAX_CONTEXT_KEYWORD).trim() : line;
}

/** A query parameter as the keyword (URLSearchParams already reads "+" as a space). */
export function queryParam(url: URL, name: string, source: string): PageContext | null {
  const keyword = tidy(url.searchParams.get(name));
  return keyword ? { kind: 'query', keyword, url: url.href, source } : null;
}

/**
 * A query parameter read from the raw address, for sites that still percent-encode EUC-KR (11st,
 * Gmarket, Auction and their older links): bytes that are valid UTF-8 are read as UTF-8, anything
 * else as EUC-KR. "+" is a space either way.
 */
export function rawQueryParam(url: URL, names: readonly string[]): string | null {
  for (const pair of url.search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (!names.includes(name) || at < 0) continue;
    const value = decodePercent(pair.slice(at + 1).replaceAll('+', ' '));
    if (value !== null && value.trim()) return value;
  }
  return null;
}

/** Percent-encoded text read as UTF-8 when its bytes are valid UTF-8, else as EUC-KR; null if neither. */
export function decodePercent(encoded: string): string | null {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const ch = encoded[i]!;
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(encoded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(ch));
    }
  }
  const data = new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      return new TextDecoder('euc-kr', { fatal: true }).decode(data);
    } catch {
      return null;
    }
  }
}

/** The keyword from a query parameter that may be EUC-KR (see rawQueryParam). */
export function legacyQueryParam(url: URL, names: readonly string[], source: string): PageContext | null {
  const keyword = tidy(rawQueryParam(url, names));
  return keyword ? { kind: 'query', keyword, url: url.href, source } : null;
}

/** The names Korean marketplaces and platforms put in their page titles, before or after the page's. */
const SITE_NAMES = [
  '네이버\\s*(?:쇼핑|블로그|카페|검색|스마트스토어|지식iN|플러스스토어)?',
  'NAVER',
  '쿠팡!?',
  'Coupang',
  'YouTube',
  '11번가',
  'G마켓',
  '지마켓',
  'Gmarket',
  '옥션',
  'Auction',
  'SSG\\.COM',
  '신세계몰',
  '무신사',
  'MUSINSA',
  '다나와',
  '(?:마켓|뷰티)?컬리',
  'Kurly',
  '롯데ON',
  '롯데온',
  'LOTTE\\s?ON',
  '올리브영',
  'OLIVE\\s?YOUNG',
  '티몬',
  'TMON',
  '위메프',
  'WeMakePrice',
  '29CM',
  '오늘의집',
  '에이블리',
  '지그재그',
  'W컨셉',
  '인터파크(?:\\s*쇼핑)?',
  '카카오(?:톡)?\\s*쇼핑(?:하기)?',
  '카카오(?:톡)?\\s*선물하기',
  '나무위키',
  '티스토리',
  'Tistory',
  '브런치(?:스토리)?',
  'Amazon\\.com',
  'Amazon',
  '아마존',
  'AliExpress',
  'Instagram',
  'TikTok',
  'Pinterest',
  'Google\\s*검색',
  'Daum\\s*(?:검색|카페|블로그)?',
  'Bing',
  'ZUM\\s*검색',
];
const NAME = `(?:${SITE_NAMES.join('|')})`;
const SEPARATOR = '(?:[-|:·–—]|::)';

/** Site names and decorations page titles carry around what the page is about. */
const TITLE_NOISE = [
  // "<page> - 11번가", "<page> | 29CM", "<page> : 네이버 쇼핑" (what follows the name goes too)
  new RegExp(`\\s*${SEPARATOR}\\s*${NAME}(\\s.*)?$`, 'iu'),
  // "G마켓 - <page>", "Amazon.com: <page>", "[롯데ON] <page>", "(티몬) <page>"
  new RegExp(`^\\s*${NAME}\\s*${SEPARATOR}\\s*`, 'iu'),
  new RegExp(`^\\s*[\\[(【]\\s*${NAME}\\s*[\\])】]\\s*`, 'iu'),
  /^\(\d+\)\s*/u,
  // A title that is only the site's name says nothing about the page.
  new RegExp(`^(${NAME}|Google|Daum)$`, 'iu'),
];

/**
 * Platforms whose titles end in the author's own name after a fixed mark (a Tistory blog's
 * "<post> :: <blog>", a Daum cafe's "<post> | <cafe>"): on their hosts that tail goes too.
 */
const HOST_TAILS: Array<[host: RegExp, tail: RegExp]> = [
  [/(?:^|\.)tistory\.com$/, /\s+::\s+.*$/u],
  [/^(?:m\.)?cafe\.daum\.net$/, /\s+\|\s+[^|]*$/u],
  // 무신사's product pages: "<product> - 사이즈 & 후기 | 무신사".
  [/^(?:www\.)?musinsa\.com$/, /\s+-\s+사이즈\s*&\s*후기$/u],
];

/**
 * Titles that name nothing a person would look up: an error page, a bare search page. Read from
 * the start, so a site's name after them (which this file does not know) does not hide them.
 */
const NOTHING = [
  /^(?:\d{3}\s*)?(?:not found|page not found|access denied|forbidden|bad request|(?:internal )?server error|service unavailable|error)\b/iu,
  /^\d{3}$/u,
  /^(?:오류가 발생|오류 페이지|에러 페이지|페이지를 찾을 수 없|요청하신 페이지|존재하지 않는 (?:페이지|상품)|접근(?:이)? (?:제한|거부)|잘못된 (?:요청|접근)|판매(?:가)? 종료된 상품)/u,
  /^(?:통합\s*)?검색(?:\s*결과)?(?:\s*[-|:·].*)?$/u,
  /^search(?:\s*results?)?(?:\s*[-|:·].*)?$/iu,
];

/** A site's home page (its title is the site's name and slogan, not a subject). */
export function isHomePage(url: URL): boolean {
  return url.search === '' && /^\/(?:(?:index|main|home|default)(?:\.\w{2,4})?\/?)?$/i.test(url.pathname);
}

/** A page title without the site's name and decorations; null when nothing is left. */
export function cleanTitle(title: string | null | undefined, host?: string): string | null {
  let text = tidy(title);
  if (!text) return null;
  for (let changed = true; changed;) {
    changed = false;
    for (const noise of TITLE_NOISE) {
      const next = text.replace(noise, '').trim();
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  for (const [hosts, tail] of HOST_TAILS) if (host && hosts.test(host)) text = text.replace(tail, '').trim();
  if (NOTHING.some((pattern) => pattern.test(text!))) return null;
  return text || null;
}
