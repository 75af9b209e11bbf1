/** Field rules several providers share (the shapes of ids and secrets as the vendors issue them). */
import * as z from 'zod/mini';

export const Secret = z
  .string()
  .check(z.trim(), z.minLength(1, 'required'), z.maxLength(512, 'at most 512 characters'));
export const Id = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200, 'at most 200 characters'));
