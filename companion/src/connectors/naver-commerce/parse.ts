/** A vendor's 200 answer read in its shape: anything else is a malformed answer, never a guess. */
import type { z } from 'zod';
import { jsonValue, malformedResponse } from '../http-client.ts';
import { PROVIDER } from './provider.ts';

export function parseVendor<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  const parsed = schema.safeParse(jsonValue(text));
  if (!parsed.success) throw malformedResponse(PROVIDER);
  return parsed.data;
}
