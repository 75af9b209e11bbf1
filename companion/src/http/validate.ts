/**
 * Parses input with a contract schema, or throws ValidationError whose issues name the fields and
 * what is wrong, in words that never repeat what was sent (unknown keys are not named either).
 */
import { safeParse, type z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors/index.ts';

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown fields are not accepted';
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid entry';
    default:
      return issue.message.slice(0, 200);
  }
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : String(segment))).join('.');
}

export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.slice(0, 20).map((issue) => ({
    path: pathOf(issue),
    message: describe(issue),
  }));
  throw new ValidationError(issues);
}

/** A named path parameter as text ('' when absent; a repeated wildcard is not a name). */
export function pathParam(req: { params: Record<string, string | string[] | undefined> }, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}
