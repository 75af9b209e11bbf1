/**
 * A bulk job's words and answers as they are read: its message and each keyword's problems are
 * kept as codes and parameters, and put in words here, in the reader's language.
 */
import type { KeywordMetricsItem } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import { readProblem, type KeptProblem } from '../errors/problem.ts';
import { readWords } from '../messages.ts';
import type { JobRow } from '../store/job-store.ts';

/** What is saved per keyword: the answer, and its problems as codes (`readProblem` words them). */
export interface SavedItem {
  item: Omit<KeywordMetricsItem, 'error' | 'documentsError'>;
  error?: KeptProblem;
  documentsError?: KeptProblem;
}

/** A saved keyword as the wire carries it, its problems in the reader's language. */
export function wireItem({ item, error, documentsError }: SavedItem, language: Language): KeywordMetricsItem {
  return {
    ...item,
    ...(error ? { error: readProblem(error, language) } : {}),
    ...(documentsError ? { documentsError: readProblem(documentsError, language) } : {}),
  };
}

/** Why a job waits or failed, in the reader's language (null when there is nothing to say). */
export function jobMessage(job: JobRow, language: Language): string | null {
  return job.message ? readWords(job.message, language) : null;
}
