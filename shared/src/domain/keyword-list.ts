/**
 * A pasted or dropped keyword list (text or CSV, one keyword a line) as the keywords to look up:
 * the first column of a CSV or tab-separated line, quotes taken off, a header row ("keyword",
 * "키워드") and "#" comments left out, spaces tidied; blanks and repeats (after normalisation:
 * "캠핑 의자" and "캠핑의자" are one keyword for Search Ad) dropped and counted.
 *
 *   parseKeywordList('키워드\n캠핑의자\n캠핑 의자\n\n텐트')
 *   // { keywords: ['캠핑의자', '텐트'], duplicates: 1, blanks: 1, tooLong: [] }
 */
import { cleanKeyword, normalizeKeyword } from './keyword.ts';

export interface KeywordList {
  keywords: string[];
  duplicates: number;
  blanks: number;
  /** Lines longer than `maxLength` characters, left out (the first few, for the message). */
  tooLong: string[];
}

const HEADERS = new Set(['keyword', 'keywords', '키워드', '검색어']);

/** The first cell of a line: up to the first tab, or the first comma outside quotes. */
function firstCell(line: string): string {
  const tab = line.indexOf('\t');
  const head = tab === -1 ? line : line.slice(0, tab);
  if (!head.startsWith('"')) {
    const comma = head.indexOf(',');
    return comma === -1 ? head : head.slice(0, comma);
  }
  let cell = '';
  for (let i = 1; i < head.length; i++) {
    if (head[i] === '"') {
      if (head[i + 1] === '"') {
        cell += '"';
        i++;
      } else break;
    } else cell += head[i];
  }
  return cell;
}

export function parseKeywordList(text: string, maxLength = 100): KeywordList {
  const seen = new Set<string>();
  const result: KeywordList = { keywords: [], duplicates: 0, blanks: 0, tooLong: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const keyword = cleanKeyword(firstCell(line));
    if (index === 0 && HEADERS.has(keyword.toLowerCase())) return;
    if (keyword.startsWith('#')) return;
    if (!keyword) {
      // A last empty line (a file's final newline) is not a blank the user made.
      if (index < lines.length - 1 || line !== '') result.blanks++;
      return;
    }
    if (keyword.length > maxLength) {
      if (result.tooLong.length < 3) result.tooLong.push(keyword.slice(0, 30));
      return;
    }
    const normalized = normalizeKeyword(keyword);
    if (seen.has(normalized)) {
      result.duplicates++;
      return;
    }
    seen.add(normalized);
    result.keywords.push(keyword);
  });
  return result;
}
