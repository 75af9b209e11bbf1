/** What a page is about, as the popup needs it: a kind, the keyword to look up, where it came from. */

export type PageKind = 'query' | 'product' | 'coupang-page' | 'text' | 'title' | 'unknown';

export interface PageContext {
  kind: PageKind;
  /** The keyword to look up, or null: the popup then asks for one. */
  keyword: string | null;
  url: string | null;
  /** Which reader recognised the page, e.g. "naver-search", "selection". */
  source: string;
}

export interface PageInput {
  url?: string | undefined;
  title?: string | undefined;
  selection?: string | undefined;
}

/** A site family's reader: what it makes of a URL it knows, or null for anything else. */
export type PageReader = (url: URL, input: PageInput) => PageContext | null;
