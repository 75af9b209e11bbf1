import { describe, expect, it } from 'vitest';
import { KeywordMetricsRequestSchema, PairRequestSchema } from '@aigenc/shared/contract';
import type { ValidationError } from '../errors/index.ts';
import { toProblem } from '../errors/problem.ts';
import { pickLanguage } from './language.ts';
import { parseInput } from './validate.ts';

function issuesOf(schema: Parameters<typeof parseInput>[0], input: unknown): ValidationError {
  try {
    parseInput(schema, input);
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('parseInput', () => {
  it('names the field and what is wrong', () => {
    const error = issuesOf(KeywordMetricsRequestSchema, { keywords: ['ok', '', 5] });
    expect(error.issues.map((i) => i.path)).toEqual(['keywords.[1]', 'keywords.[2]']);
  });

  it('never repeats what was sent, unknown field names included', () => {
    const canary = 'canary-key-9f8e7d';
    const error = issuesOf(PairRequestSchema, { code: 'x', [canary]: canary });
    const problem = JSON.stringify(toProblem(error, 'en'));
    expect(problem).not.toContain(canary);
    expect(problem).toContain('unknown fields');
  });
});

describe('pickLanguage', () => {
  it.each([
    [undefined, 'ko'],
    ['en-US,en;q=0.9', 'en'],
    ['ko-KR,ko;q=0.9,en;q=0.8', 'ko'],
    ['en;q=0.5,ko;q=0.8', 'ko'],
    ['fr-FR', 'ko'],
    ['fr,en;q=0.3', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});
