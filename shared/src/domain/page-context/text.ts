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
