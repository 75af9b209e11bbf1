/**
 * A bulk job's keywords as CSV for a spreadsheet, through the shared keyword writer (the popup's
 * exports use the same): `aigenc keywords --csv` and a job's `results?format=csv` write the same
 * columns, each keyword's problem in the reader's language.
 */
import type { Problem } from '@aigenc/shared/contract';
import { keywordCsv } from '@aigenc/shared/domain';
import type { Language } from '@aigenc/shared/language';
import { readProblem } from '../errors/problem.ts';
import type { SavedItem } from './job-results.ts';

/** A problem on one line: what to do, then its code (and the vendor's). */
export function problemLine(problem: Problem): string {
  return `${problem.detail} [${problem.code}${problem.upstreamCode ? ` ${problem.upstreamCode}` : ''}]`;
}

/** The rows as CSV; `withBom` for a file's start (a later page of the same file goes without). */
export function metricsCsv(items: readonly SavedItem[], language: Language, withBom = true): string {
  const rows = items.map(({ item, error }) => ({
    ...item,
    ...(error ? { error: problemLine(readProblem(error, language)) } : {}),
  }));
  return keywordCsv(rows, { bom: withBom });
}
